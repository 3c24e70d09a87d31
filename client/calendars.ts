// Working-day calendars for the CLI's and the web app's own arithmetic (`foi due`, list's
// --due-within, working days left, the case page's explanation): the same engine the
// workflows use, with the holiday table in force in the records store once
// `useHolidaysInForce` has read it (the shipped table until then), one calendar per regime.
import {
  buildHolidayTableFrom,
  PROCLAMATIONS,
  WorkingDayCalendar,
  yearOf,
  type HolidayTable,
  type IsoDate,
  type Proclamations,
} from '../domain/calendar';
import { getRegime, isRegimeId, type RegimeId } from '../domain/regimes';
import { currentHolidays, latestHolidayVersion } from '../records/holiday-tables';
import type { RecordsDb } from '../records/open-records';

const cache = new Map<RegimeId, WorkingDayCalendar>();
let inForce: { proclamations: Proclamations; version?: number } = { proclamations: PROCLAMATIONS };

/** Reads the table version in force (one small query), loading it only when it changed. */
export async function useHolidaysInForce(db: RecordsDb): Promise<void> {
  const latest = await latestHolidayVersion(db);
  if (latest !== 0 && latest === inForce.version) return;
  const current = await currentHolidays(db, PROCLAMATIONS);
  inForce = { proclamations: current.proclamations, version: current.version };
  cache.clear();
}

/** The table in force for fromYear..toYear. */
export const holidayTable = (fromYear: number, toYear: number): HolidayTable => ({
  ...buildHolidayTableFrom(inForce.proclamations, fromYear, toYear),
  ...(inForce.version !== undefined ? { version: inForce.version } : {}),
});

/** The regime's calendar (FOIA's, which counts every part of the UK, for an unknown id). */
export function calendarFor(regime: string | undefined, today: IsoDate): WorkingDayCalendar {
  const id: RegimeId = regime && isRegimeId(regime) ? regime : 'foia';
  let cal = cache.get(id);
  if (!cal) {
    const year = yearOf(today);
    cal = WorkingDayCalendar.fromTable(holidayTable(year - 1, year + 2), getRegime(id).divisions);
    cache.set(id, cal);
  }
  return cal;
}
