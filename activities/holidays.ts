// Reference data enters workflows through this activity's result, never through code
// compiled into the workflow: a holiday proclaimed after a case opened reaches it by a
// refresh signal, and replaying old histories keeps giving the dates they gave.
// The proclamations file is read from disk at each call, so `foi holidays import`
// followed by `foi holidays refresh` reaches open cases without restarting the worker.
import fs from 'node:fs';
import path from 'node:path';
import { buildHolidayTableFrom, parseProclamations, type HolidayTable } from '../domain/calendar';

export const PROCLAMATIONS_FILE = path.resolve(
  __dirname,
  '..',
  'domain',
  'calendar',
  'data',
  'proclamations.json',
);

export async function loadHolidayTable(range: { fromYear: number; toYear: number }): Promise<HolidayTable> {
  const proclamations = parseProclamations(JSON.parse(fs.readFileSync(PROCLAMATIONS_FILE, 'utf8')));
  return buildHolidayTableFrom(proclamations, range.fromYear, range.toYear);
}
