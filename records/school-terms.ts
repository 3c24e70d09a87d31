// A school's term dates in the records store: each import a new numbered version (the
// worker reads the newest through an activity; `foi school-terms status` lists them).
// An empty table means no term dates: schools' cases then count 20 working days.
import { parseSchoolTerms, type SchoolTerms } from '../domain/calendar/school-terms';
import type { RecordsDb } from './open-records';

export interface SchoolTermsVersion extends Required<SchoolTerms> {
  importedAt: string;
  importedBy: string;
  source: string;
}

/** The newest version (or version `version`), or undefined when there is none. */
export async function currentSchoolTerms(
  db: RecordsDb,
  version?: number,
): Promise<SchoolTermsVersion | undefined> {
  let q = db.selectFrom('school_terms').selectAll();
  if (version !== undefined) q = q.where('version', '=', version);
  const row = await q.orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (!row) return undefined;
  return {
    version: row.version,
    // Checked again on the way out, so a hand-edited row cannot reach a deadline unchecked.
    terms: parseSchoolTerms({ terms: JSON.parse(row.terms) }),
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    source: row.source,
  };
}

/** Saves checked terms as the version after the newest; returns its number. */
export async function saveSchoolTerms(
  db: RecordsDb,
  terms: SchoolTerms['terms'],
  meta: { by: string; source: string },
  now = new Date(),
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('school_terms')
      .select((eb) => eb.fn.max('version').as('v'))
      .executeTakeFirst();
    const version = Number(row?.v ?? 0) + 1;
    await tx
      .insertInto('school_terms')
      .values({
        version,
        terms: JSON.stringify(terms),
        imported_at: now.toISOString(),
        imported_by: meta.by,
        source: meta.source,
      })
      .execute();
    return version;
  });
}
