// Easter Sunday in the Gregorian calendar (the "anonymous" algorithm published by Meeus,
// after Jones and Butcher). Good Friday and Easter Monday are counted from it.
import { dayNumberOf, type DayNumber } from './dates';

export function easterSunday(year: number): DayNumber {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearInCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRest = century % 4;
  const moonCorrection = Math.floor((century + 8) / 25);
  const g = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - g + 15) % 30;
  const i = Math.floor(yearInCentury / 4);
  const k = yearInCentury % 4;
  const weekdayShift = (32 + 2 * centuryRest + 2 * i - epact - k) % 7;
  const m = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const monthDay = epact + weekdayShift - 7 * m + 114;
  return dayNumberOf(year, Math.floor(monthDay / 31), (monthDay % 31) + 1);
}
