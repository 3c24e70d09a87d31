// The daily feed fetch's log: `foi holidays status` shows the last check and anything it
// found that a person must confirm (a cancelled or moved day is never applied by itself).
import type { RecordsDb } from './open-records';

export type FeedOutcome = 'nothing-new' | 'imported' | 'needs-a-person' | 'failed';

export interface FeedCheck {
  checkedAt: string;
  url: string;
  outcome: FeedOutcome;
  importedVersion?: number;
  pending: string[];
  error?: string;
}

export async function saveFeedCheck(db: RecordsDb, c: FeedCheck): Promise<void> {
  await db
    .insertInto('holiday_feed_checks')
    .values({
      checked_at: c.checkedAt,
      url: c.url,
      outcome: c.outcome,
      imported_version: c.importedVersion ?? null,
      pending: JSON.stringify(c.pending),
      error: c.error ?? null,
    })
    .onConflict((oc) => oc.column('checked_at').doNothing())
    .execute();
}

/** The newest check; or the newest successful one before an instant (a fetch compares
 * what it found with that, so a retry or a day's failure does not repeat an email). */
export async function lastFeedCheck(db: RecordsDb, before?: string): Promise<FeedCheck | undefined> {
  let q = db.selectFrom('holiday_feed_checks').selectAll();
  if (before) q = q.where('checked_at', '<', before).where('outcome', '!=', 'failed');
  const r = await q.orderBy('checked_at', 'desc').limit(1).executeTakeFirst();
  return (
    r && {
      checkedAt: r.checked_at,
      url: r.url,
      outcome: r.outcome as FeedOutcome,
      importedVersion: r.imported_version ?? undefined,
      pending: JSON.parse(r.pending) as string[],
      ...(r.error ? { error: r.error } : {}),
    }
  );
}
