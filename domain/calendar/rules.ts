// The recurring bank holidays of each part of the UK, as rules that work for any year.
// Source: Banking and Financial Dealings Act 1971 (BFDA) Sch 1 (para 1 England and Wales,
// para 2 Scotland, para 3 Northern Ireland), the days appointed every year by royal
// proclamation under BFDA s1(3) (New Year's Day in England and Wales and Northern
// Ireland, the early May holiday, 12 July, substitute days), and Christmas Day and Good
// Friday, which are common-law holidays named directly in FOIA s10(6) and FOISA s73.
// Checked year by year against the GOV.UK feed (test/unit/calendar/feed.test.ts).
// Years before 1978 get the modern rules: no FOI deadline falls before 2005.
import { dayNumberOf, daysInMonth, weekdayOfDayNumber, type DayNumber } from './dates';
import type { Division } from './divisions';
import { easterSunday } from './easter';

type When =
  /** A date of the year; at a weekend it moves to a substitute day (see placeSubstitutes). */
  | { fixed: readonly [month: number, day: number] }
  /** Days after (negative: before) Easter Sunday. */
  | { easter: number }
  | { monday: 'first' | 'last'; month: number };

export interface HolidayRule {
  title: string;
  divisions: readonly Division[];
  when: When;
  /** First year the rule applies. */
  since?: number;
}

const ALL: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const EW_NI: readonly Division[] = ['england-and-wales', 'northern-ireland'];

export const HOLIDAY_RULES: readonly HolidayRule[] = [
  // Scotland: BFDA Sch 1 para 2; England and Wales, Northern Ireland: proclaimed yearly since 1974.
  { title: "New Year's Day", divisions: ALL, when: { fixed: [1, 1] } },
  // BFDA Sch 1 para 2 (Scotland only).
  { title: '2nd January', divisions: ['scotland'], when: { fixed: [1, 2] } },
  // BFDA Sch 1 para 3 (Northern Ireland only).
  { title: "St Patrick's Day", divisions: ['northern-ireland'], when: { fixed: [3, 17] } },
  // Common law in England and Wales and Northern Ireland (FOIA s10(6) names it); BFDA Sch 1 para 2 in Scotland.
  { title: 'Good Friday', divisions: ALL, when: { easter: -2 } },
  // BFDA Sch 1 paras 1 and 3; not a bank holiday in Scotland.
  { title: 'Easter Monday', divisions: EW_NI, when: { easter: 1 } },
  // Proclaimed every year since 1978 (BFDA s1(3)).
  { title: 'Early May bank holiday', divisions: ALL, when: { monday: 'first', month: 5 }, since: 1978 },
  // BFDA Sch 1 paras 1 and 3 (last Monday in May); proclaimed in Scotland.
  { title: 'Spring bank holiday', divisions: ALL, when: { monday: 'last', month: 5 } },
  // Proclaimed every year in Northern Ireland (BFDA s1(3)).
  {
    title: "Battle of the Boyne (Orangemen's Day)",
    divisions: ['northern-ireland'],
    when: { fixed: [7, 12] },
  },
  // BFDA Sch 1 para 2: first Monday in August in Scotland.
  { title: 'Summer bank holiday', divisions: ['scotland'], when: { monday: 'first', month: 8 } },
  // BFDA Sch 1 paras 1 and 3: last Monday in August.
  { title: 'Summer bank holiday', divisions: EW_NI, when: { monday: 'last', month: 8 } },
  // BFDA Sch 1 para 2 as amended by the St Andrew's Day Bank Holiday (Scotland) Act 2007.
  { title: "St Andrew's Day", divisions: ['scotland'], when: { fixed: [11, 30] }, since: 2007 },
  // Common law (FOIA s10(6), FOISA s73 name it); BFDA Sch 1 para 2 in Scotland.
  { title: 'Christmas Day', divisions: ALL, when: { fixed: [12, 25] } },
  // BFDA Sch 1 paras 1 and 3 (26 December); proclaimed in Scotland.
  { title: 'Boxing Day', divisions: ALL, when: { fixed: [12, 26] } },
];

export interface HolidayDraft {
  day: DayNumber;
  title: string;
  notes?: string;
}

function isWeekend(day: DayNumber): boolean {
  const w = weekdayOfDayNumber(day);
  return w === 0 || w === 6;
}

function mondayOf(year: number, month: number, which: 'first' | 'last'): DayNumber {
  if (which === 'first') {
    const first = dayNumberOf(year, month, 1);
    return first + ((8 - weekdayOfDayNumber(first)) % 7);
  }
  const last = dayNumberOf(year, month, daysInMonth(year, month));
  return last - ((weekdayOfDayNumber(last) + 6) % 7);
}

/**
 * The rule-generated holidays of one division in one year, in date order.
 *
 * Substitute days (BFDA Sch 1 for 26 Dec, 1 and 2 Jan in Scotland, 17 Mar; royal
 * proclamation for the rest, as GOV.UK lists them): a fixed-date holiday that falls on a
 * Saturday or Sunday is kept on the next weekday that is not already a holiday, taking
 * the weekend holidays in date order after every weekday holiday is placed. So Christmas
 * on a Saturday gives Mon 27 and Tue 28 (Boxing Day); Christmas on a Sunday gives Boxing
 * Day on Mon 26 and Christmas on Tue 27; in Scotland 1 Jan on a Sunday gives 2 Jan on
 * Monday and New Year's Day on Tuesday 3 Jan.
 */
export function ruleHolidays(year: number, division: Division): HolidayDraft[] {
  const placed: HolidayDraft[] = [];
  const atWeekend: HolidayDraft[] = [];
  const easter = easterSunday(year);
  for (const rule of HOLIDAY_RULES) {
    if (!rule.divisions.includes(division) || (rule.since !== undefined && year < rule.since)) continue;
    const w = rule.when;
    if ('easter' in w) placed.push({ day: easter + w.easter, title: rule.title });
    else if ('monday' in w) placed.push({ day: mondayOf(year, w.month, w.monday), title: rule.title });
    else {
      const day = dayNumberOf(year, w.fixed[0], w.fixed[1]);
      (isWeekend(day) ? atWeekend : placed).push({ day, title: rule.title });
    }
  }
  const taken = new Set(placed.map((h) => h.day));
  atWeekend.sort((a, b) => a.day - b.day);
  for (const h of atWeekend) {
    let day = h.day + 1;
    while (isWeekend(day) || taken.has(day)) day++;
    taken.add(day);
    placed.push({ day, title: h.title, notes: 'Substitute day' });
  }
  return placed.sort((a, b) => a.day - b.day);
}
