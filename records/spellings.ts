// What a person typed, matched to what the store holds regardless of letter case
// (`foi2026/00002` is FOI2026/00002; `Jane.Smith@x` is jane.smith@x), and the references
// near a mistyped one, for "did you mean ...?" (issue 9 item 11).
import { sql } from 'kysely';
import type { RecordsDb } from './open-records';

/** The stored references equal to this one but for letter case. */
export async function referencesIgnoringCase(db: RecordsDb, reference: string): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('reference')
    .where(sql<string>`lower(reference)`, '=', reference.toLowerCase())
    .orderBy('reference')
    .execute();
  return rows.map((r) => r.reference);
}

/** Every spelling of this officer's address the store holds (the address as typed included). */
export async function officerSpellings(db: RecordsDb, officer: string): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('officer')
    .distinct()
    .where(sql<string>`lower(officer)`, '=', officer.toLowerCase())
    .execute();
  return [...new Set([officer, ...rows.map((r) => r.officer).filter((o): o is string => Boolean(o))])];
}

/** Edits (insert, delete, replace one character) from a to b: Levenshtein's distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Up to `limit` stored references within `maxEdits` of this one (letter case aside), nearest first. */
export async function nearReferences(
  db: RecordsDb,
  reference: string,
  maxEdits = 2,
  limit = 3,
): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('reference')
    .where(sql<number>`length(reference)`, '>=', reference.length - maxEdits)
    .where(sql<number>`length(reference)`, '<=', reference.length + maxEdits)
    .execute();
  const typed = reference.toLowerCase();
  return rows
    .map((r) => ({ reference: r.reference, edits: editDistance(typed, r.reference.toLowerCase()) }))
    .filter((r) => r.edits <= maxEdits)
    .sort((a, b) => a.edits - b.edits || a.reference.localeCompare(b.reference))
    .slice(0, limit)
    .map((r) => r.reference);
}
