// The CLI's way into the records store (FOI_RECORDS_URL; data/records.db by default),
// opened per command and only by commands that need it: the query builder and database
// drivers load on first use, so `foi due` and `--help` start without them.
import type * as OpenRecords from '../records/open-records';
import type * as PeriodStats from '../records/period-stats';
import type * as Spellings from '../records/spellings';
import type { RecordsDb } from '../records/open-records';
import { ConfigError } from '../config/config-error';
import { recordsLocation } from '../records/records-config';
import { CliError, UsageError } from './errors';

/* eslint-disable @typescript-eslint/no-require-imports -- deliberately lazy */
const openRecordsModule = () => require('../records/open-records') as typeof OpenRecords;
export const periodStatsModule = () => require('../records/period-stats') as typeof PeriodStats;
export const spellingsModule = () => require('../records/spellings') as typeof Spellings;
/* eslint-enable @typescript-eslint/no-require-imports */

export async function withRecords<T>(fn: (db: RecordsDb) => Promise<T>, env = process.env): Promise<T> {
  const { openRecords, RecordsUnavailable } = openRecordsModule();
  let db: RecordsDb;
  try {
    db = await openRecords(recordsLocation(env));
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    if (err instanceof RecordsUnavailable) throw new CliError(`cannot open the ${err.message}`);
    throw err;
  }
  try {
    return await fn(db);
  } finally {
    await db.destroy().catch(() => undefined);
  }
}
