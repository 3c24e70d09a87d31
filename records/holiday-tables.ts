// The bank-holiday table's versions in the records store: the one place the worker, the
// CLI and the web app read the table from at run time, whatever folder each runs in.
// The first read of an empty store seeds version 1 from the table shipped with the code.
import { parseProclamations, type Proclamations } from '../domain/calendar/proclamations-schema';
import type { RecordsDb } from './open-records';
import type { HolidayTablesTable } from './schema';

export interface HolidayVersion {
  version: number;
  proclamations: Proclamations;
  importedAt: string;
  importedBy: string;
  source: string;
  reason?: string;
  summary: string;
}

export interface HolidayImport {
  by: string;
  source: string;
  reason?: string;
  summary: string;
}

type Meta = Omit<HolidayTablesTable, 'proclamations'>;
const metaOf = (r: Meta): Omit<HolidayVersion, 'proclamations'> => ({
  version: r.version,
  importedAt: r.imported_at,
  importedBy: r.imported_by,
  source: r.source,
  reason: r.reason ?? undefined,
  summary: r.summary,
});
const versionOf = (r: HolidayTablesTable): HolidayVersion => ({
  ...metaOf(r),
  proclamations: parseProclamations(JSON.parse(r.proclamations)),
});

/** The newest version's number, or 0 for an empty store (one small query: the activity
 * asks at every call, so an import is seen at once). */
export async function latestHolidayVersion(db: RecordsDb): Promise<number> {
  const row = await db
    .selectFrom('holiday_tables')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

export async function readHolidayVersion(
  db: RecordsDb,
  version: number,
): Promise<HolidayVersion | undefined> {
  const row = await db
    .selectFrom('holiday_tables')
    .selectAll()
    .where('version', '=', version)
    .executeTakeFirst();
  return row && versionOf(row);
}

/** Adds a version after `after` (the one the import started from); false when another
 * import got there first, so two imports at once never silently drop one's changes. */
export async function saveHolidayVersion(
  db: RecordsDb,
  after: number,
  proclamations: Proclamations,
  meta: HolidayImport,
  now = new Date(),
): Promise<number | undefined> {
  const written = await db
    .insertInto('holiday_tables')
    .values({
      version: after + 1,
      proclamations: JSON.stringify(proclamations),
      imported_at: now.toISOString(),
      imported_by: meta.by,
      source: meta.source,
      reason: meta.reason ?? null,
      summary: meta.summary,
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .returning('version')
    .executeTakeFirst();
  return written?.version;
}

/** The table in force: the newest version, seeding version 1 from `seed` on first use. */
export async function currentHolidays(db: RecordsDb, seed: Proclamations): Promise<HolidayVersion> {
  const latest = await latestHolidayVersion(db);
  if (latest > 0) return (await readHolidayVersion(db, latest))!;
  await saveHolidayVersion(db, 0, seed, {
    by: 'system',
    source: 'the table shipped with this release',
    summary: `shipped table, confirmed through ${seed.confirmedThroughYear}`,
  });
  return (await readHolidayVersion(db, 1))!;
}

/** Every version, newest first, without their tables (for `foi holidays status`). */
export async function holidayHistory(
  db: RecordsDb,
  limit = 20,
): Promise<Omit<HolidayVersion, 'proclamations'>[]> {
  const rows = await db
    .selectFrom('holiday_tables')
    .select(['version', 'imported_at', 'imported_by', 'source', 'reason', 'summary'])
    .orderBy('version', 'desc')
    .limit(limit)
    .execute();
  return rows.map(metaOf);
}
