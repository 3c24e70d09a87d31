// The records store's activities: the workflow writes its case's record at every change
// (run as a local activity: one marker in the history, no task round trip). The write is
// idempotent and order-proof (records/case-writes.ts), so a retry or a replay is harmless.
import type { CaseRecord } from '../domain/lifecycle/case-record';
import { saveCaseRecord } from '../records/case-writes';
import type { RecordsDb } from '../records/open-records';
import { findRequester } from '../records/requesters';
import { forgetOldSends, recordSent, sentBefore } from '../records/sent-email';
import type { SentLog } from './email/send';

export function createRecordsActivities(db: RecordsDb) {
  return {
    async recordCase(record: CaseRecord): Promise<void> {
      await saveCaseRecord(db, record);
    },
  };
}
export type RecordsActivities = ReturnType<typeof createRecordsActivities>;

/** The email activity's way to the requester's name and email, never through the workflow. */
export const requesterLookup = (db: RecordsDb) => async (id: string) => {
  const r = await findRequester(db, id);
  return r && { name: r.name, email: r.email };
};

/** The email activity's durable memory of sends (records/sent-email.ts), pruned hourly. */
export function sentEmailLog(db: RecordsDb): SentLog {
  let prunedAt = 0;
  return {
    get: (messageId) => sentBefore(db, messageId),
    async add(messageId, accepted) {
      await recordSent(db, messageId, accepted);
      if (Date.now() - prunedAt < 3_600_000) return;
      prunedAt = Date.now();
      // Housekeeping: a failure here is not the send's concern (the next hour tries again).
      await forgetOldSends(db).catch(() => undefined);
    },
  };
}
