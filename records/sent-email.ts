// Which messages the mail relay accepted (migration 0005): the email activity's durable
// memory of a send, shared by every worker on the store.
import type { RecordsDb } from './open-records';

/** Kept long enough to outlast any retry of a send (the activity gives up after two days). */
export const SENT_EMAIL_KEPT_MS = 7 * 86_400_000;

/** Who accepted the message, if the relay accepted it before. */
export async function sentBefore(db: RecordsDb, messageId: string): Promise<string[] | undefined> {
  const row = await db
    .selectFrom('sent_email')
    .select('accepted')
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.accepted) as string[]) : undefined;
}

export async function recordSent(
  db: RecordsDb,
  messageId: string,
  accepted: string[],
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('sent_email')
    .values({ message_id: messageId, accepted: JSON.stringify(accepted), sent_at: now.toISOString() })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .execute();
}

/** Forgets sends older than SENT_EMAIL_KEPT_MS; returns how many went. */
export async function forgetOldSends(db: RecordsDb, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - SENT_EMAIL_KEPT_MS).toISOString();
  const result = await db.deleteFrom('sent_email').where('sent_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
