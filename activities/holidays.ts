// Reference data enters workflows through this activity's result, never through code
// compiled into the workflow: a holiday proclaimed after a case opened reaches it by a
// refresh signal, and replaying old histories keeps giving the dates they gave. The table
// is read from the records store (records/holiday-tables.ts), where `foi holidays import`
// and the daily feed fetch write it, so the worker sees an import wherever it runs.
import { buildHolidayTableFrom, PROCLAMATIONS, type HolidayTable } from '../domain/calendar';
import { currentHolidays, latestHolidayVersion, type HolidayVersion } from '../records/holiday-tables';
import type { RecordsDb } from '../records/open-records';

/**
 * Every case asks for a table when it opens and again at each refresh, usually for the
 * same years: tables are kept per range while the store's version is unchanged (one small
 * query a call, so an import is seen at once).
 */
export function createHolidayActivities(db: RecordsDb) {
  let current: HolidayVersion | undefined;
  const tables = new Map<string, HolidayTable>();
  return {
    async loadHolidayTable(range: { fromYear: number; toYear: number }): Promise<HolidayTable> {
      const latest = await latestHolidayVersion(db);
      if (!current || current.version !== latest) {
        current = await currentHolidays(db, PROCLAMATIONS);
        tables.clear();
      }
      const key = `${range.fromYear}-${range.toYear}`;
      let table = tables.get(key);
      if (!table) {
        table = {
          ...buildHolidayTableFrom(current.proclamations, range.fromYear, range.toYear),
          version: current.version,
        };
        tables.set(key, table);
      }
      return table;
    },
  };
}
export type HolidayActivities = ReturnType<typeof createHolidayActivities>;
