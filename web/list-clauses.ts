// Visibility queries the web pages need beyond `foi list`'s, built on its query (list-query.ts)
// so "overdue" and "due within 5 working days" mean the same thing in both.
import { addDays, type IsoDate, type WorkingDayCalendar } from '../domain/calendar';
import type { Phase } from '../domain/lifecycle/phases';
import type { ListFilters } from '../client/list-filters';
import { atMidnight, listQuery } from '../client/list-query';
import { AMBER_WORKING_DAYS } from '../client/rag';

export const NO_FILTERS: ListFilters = { overdue: false, phases: [], all: false };

export const openCases = (today: IsoDate, cal: WorkingDayCalendar, over: Partial<ListFilters> = {}): string =>
  listQuery({ ...NO_FILTERS, ...over }, today, cal);

export const inPhase = (today: IsoDate, cal: WorkingDayCalendar, phase: Phase): string =>
  openCases(today, cal, { phases: [phase] });

/** Due from today to the Sunday of this week (inclusive). */
export function dueThisWeek(today: IsoDate, cal: WorkingDayCalendar): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 Sunday
  const sunday = addDays(today, weekday === 0 ? 0 : 7 - weekday);
  return `${openCases(today, cal)} AND FoiDueDate >= ${atMidnight(today)} AND FoiDueDate < ${atMidnight(addDays(sunday, 1))}`;
}

/** Green: a deadline beyond the amber window. */
export function dueLater(today: IsoDate, cal: WorkingDayCalendar): string {
  return `${openCases(today, cal)} AND FoiDueDate >= ${atMidnight(addDays(cal.addWorkingDays(today, AMBER_WORKING_DAYS), 1))}`;
}
