// Working-day calendars for the CLI's own arithmetic (list's --due-within, working days
// left): the same engine and holiday data the workflows use, one calendar per regime.
import { buildHolidayTable, WorkingDayCalendar, yearOf, type IsoDate } from '../domain/calendar';
import { getRegime, isRegimeId, type RegimeId } from '../domain/regimes';

const cache = new Map<RegimeId, WorkingDayCalendar>();

/** The regime's calendar (FOIA's, which counts every part of the UK, for an unknown id). */
export function calendarFor(regime: string | undefined, today: IsoDate): WorkingDayCalendar {
  const id: RegimeId = regime && isRegimeId(regime) ? regime : 'foia';
  let cal = cache.get(id);
  if (!cal) {
    const year = yearOf(today);
    cal = WorkingDayCalendar.fromTable(buildHolidayTable(year - 1, year + 2), getRegime(id).divisions);
    cache.set(id, cal);
  }
  return cal;
}
