// Reference data enters workflows through this activity's result, never through code
// compiled into the workflow: a holiday proclaimed after a case opened reaches it by a
// refresh signal, and replaying old histories keeps giving the dates they gave.
// The proclamations file is read from disk at each call, so `foi holidays import`
// followed by `foi holidays refresh` reaches open cases without restarting the worker.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildHolidayTableFrom,
  parseProclamations,
  type HolidayTable,
  type Proclamations,
} from '../domain/calendar';

export const PROCLAMATIONS_FILE = path.resolve(
  __dirname,
  '..',
  'domain',
  'calendar',
  'data',
  'proclamations.json',
);

/**
 * A loader of holiday tables from a proclamations file. Every case asks for a table when it
 * opens and again at each refresh, usually for the same years: tables are kept per range
 * while the file's text is unchanged (the file is small and read at every call, so an
 * import is seen at once).
 */
export function holidayTableLoader(file: string) {
  let text: string | undefined;
  let proclamations: Proclamations | undefined;
  const tables = new Map<string, HolidayTable>();
  return async function loadHolidayTable(range: { fromYear: number; toYear: number }): Promise<HolidayTable> {
    const now = fs.readFileSync(file, 'utf8');
    if (now !== text || !proclamations) {
      proclamations = parseProclamations(JSON.parse(now));
      text = now;
      tables.clear();
    }
    const key = `${range.fromYear}-${range.toYear}`;
    let table = tables.get(key);
    if (!table) tables.set(key, (table = buildHolidayTableFrom(proclamations, range.fromYear, range.toYear)));
    return table;
  };
}

export const loadHolidayTable = holidayTableLoader(PROCLAMATIONS_FILE);
