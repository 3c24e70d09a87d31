// Shared by the calendar tests: where the repo and the official feed are, and the
// calendars the regimes use.
import fs from 'node:fs';
import path from 'node:path';
import { buildHolidayTable, DIVISIONS, WorkingDayCalendar, type Division } from '../../../domain/calendar';

/** The repo root: the nearest folder above this file with the project's package.json. */
export const REPO_ROOT = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'foi-temporal') return dir;
  }
  throw new Error(`no foi-temporal package.json above ${__dirname}`);
})();

/** The official GOV.UK feed for 2012-2028, as the project was given it (a copy is kept in
 * the repo so that any clone can run the check). */
export const FEED_FILE = path.join(REPO_ROOT, 'test', 'fixtures', 'uk-bank-holidays.json');

const table = buildHolidayTable(2005, 2030);
/** FOIA and EIR: holidays of any part of the UK (s10(6), reg 2). */
export const uk = WorkingDayCalendar.fromTable(table, DIVISIONS);
/** FOISA: Scotland (s73). */
export const scotland = WorkingDayCalendar.fromTable(table, ['scotland']);
/** The common mistake the design warns about: England and Wales only. */
export const englandOnly = WorkingDayCalendar.fromTable(table, ['england-and-wales'] as Division[]);
