// Reading a case's record back: what `foi status` and the web app show of a case whose
// workflow has closed and been deleted by Temporal's retention.
import type { Deadline } from '../domain/lifecycle/case-deadlines';
import type { TimelineEntry } from '../domain/lifecycle/view';
import type { RecordsDb } from './open-records';
import type { CasesTable } from './schema';

export interface StoredCase {
  row: CasesTable;
  deadlines: Pick<Deadline, 'key' | 'label' | 'due'>[];
  exemptions: { section: string; kind: string }[];
  timeline: TimelineEntry[];
}

export async function referenceExists(db: RecordsDb, reference: string): Promise<boolean> {
  const row = await db
    .selectFrom('cases')
    .select('reference')
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row !== undefined;
}

export async function readCase(db: RecordsDb, reference: string): Promise<StoredCase | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('reference', '=', reference).executeTakeFirst();
  if (!row) return undefined;
  const exemptions = await db
    .selectFrom('case_exemptions')
    .select(['section', 'kind'])
    .where('reference', '=', reference)
    .orderBy('section')
    .execute();
  const lines = await db
    .selectFrom('case_timeline')
    .selectAll()
    .where('reference', '=', reference)
    .orderBy('seq')
    .execute();
  return {
    row,
    deadlines: JSON.parse(row.deadlines) as StoredCase['deadlines'],
    exemptions,
    timeline: lines.map((l) => ({
      on: l.on_date,
      by: l.by_who,
      type: l.type as TimelineEntry['type'],
      text: l.text,
    })),
  };
}

/** The summaries of the given cases (lists show them beside what visibility gives). */
export async function summariesOf(db: RecordsDb, references: string[]): Promise<Map<string, string>> {
  if (references.length === 0) return new Map();
  const rows = await db
    .selectFrom('cases')
    .select(['reference', 'summary'])
    .where('reference', 'in', references)
    .execute();
  return new Map(rows.map((r) => [r.reference, r.summary]));
}
