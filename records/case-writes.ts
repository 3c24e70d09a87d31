// Writing a case's record. Idempotent and order-proof: the case row is replaced only by a
// record at least as new (its event sequence), and each timeline line is stored once under
// its number, so a retried or replayed write never duplicates a line or brings back an
// older state.
import { sql } from 'kysely';
import type { CaseRecord } from '../domain/lifecycle/case-record';
import type { RecordsDb } from './open-records';
import type { CasesTable } from './schema';

const flag = (b: boolean | undefined): number | null => (b === undefined ? null : b ? 1 : 0);

function rowOf(r: CaseRecord, now: string): CasesTable {
  return {
    // A voided case (opened in error) stays for audit, out of lists and statistics.
    voided: r.phase === 'voided' ? 1 : 0,
    reference: r.reference,
    workflow_id: r.workflowId,
    seq: r.seq,
    regime: r.regime,
    received_on: r.receivedOn,
    received_at: r.receivedAt ?? null,
    channel: r.channel ?? null,
    summary: r.summary,
    question_count: r.questionCount,
    officer: r.officer ?? null,
    approver: r.approver ?? null,
    approved_by: r.approvedBy ?? null,
    requester_id: r.requesterId ?? null,
    phase: r.phase,
    primary_due: r.primaryDue ?? null,
    listed_due: r.listedDue ?? null,
    response_due: r.responseDue ?? null,
    deadlines: JSON.stringify(r.deadlines),
    extended: r.extended ? 1 : 0,
    responded_on: r.response?.sentOn ?? null,
    outcome: r.response?.outcome ?? null,
    answered_late: flag(r.response?.late),
    working_days_taken: r.response?.workingDaysTaken ?? null,
    review_requested_on: r.review?.requestedOn ?? null,
    review_due: r.review?.due ?? null,
    review_completed_on: r.review?.completedOn ?? null,
    review_result: r.review?.result ?? null,
    review_late: flag(r.review?.late),
    regulator_complaint_on: r.regulator?.complaintOn ?? null,
    regulator_reference: r.regulator?.reference ?? null,
    regulator_decision: r.regulator?.decision ?? null,
    regulator_decided_on: r.regulator?.decidedOn ?? null,
    ended_on: r.endedOn ?? null,
    end_reason: r.endReason ?? null,
    updated_at: now,
  };
}

/** Stores the first record of a case about to open; false when the reference is taken
 * (by a case of any age: the store keeps them after Temporal has deleted them). */
export async function reserveCaseRecord(
  db: RecordsDb,
  record: CaseRecord,
  now = new Date(),
): Promise<boolean> {
  const written = await db
    .insertInto('cases')
    .values(rowOf(record, now.toISOString()))
    .onConflict((oc) => oc.column('reference').doNothing())
    .returning('reference')
    .executeTakeFirst();
  return written !== undefined;
}

/** Takes back a reservation whose case did not start (its record is still the first one). */
export async function releaseCaseRecord(db: RecordsDb, reference: string): Promise<void> {
  await db.deleteFrom('cases').where('reference', '=', reference).where('seq', '=', 0).execute();
}

/** True once the record has been disposed of (records/disposal.ts): nothing writes it again. */
export async function isDisposed(db: Pick<RecordsDb, 'selectFrom'>, reference: string): Promise<boolean> {
  const row = await db
    .selectFrom('disposal_log')
    .select('reference')
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row !== undefined;
}

/** Stores a case's record; returns false when the store already had a newer one, or the
 * record was disposed of (a late write, or a rebuild, never brings it back). */
export async function saveCaseRecord(db: RecordsDb, record: CaseRecord, now = new Date()): Promise<boolean> {
  const row = rowOf(record, now.toISOString());
  return db.transaction().execute(async (tx) => {
    if (await isDisposed(tx, record.reference)) return false;
    const { reference: _key, requester_id: _requester, ...changes } = row;
    const written = await tx
      .insertInto('cases')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('reference')
          .doUpdateSet({
            ...changes,
            // A record without the requester (rebuilt from an old case) keeps the link it had.
            requester_id: sql<string | null>`coalesce(excluded.requester_id, cases.requester_id)`,
          })
          .where('cases.seq', '<=', record.seq),
      )
      .returning('seq')
      .executeTakeFirst();
    if (written) {
      await tx.deleteFrom('case_exemptions').where('reference', '=', record.reference).execute();
      const cited = new Map((record.response?.exemptions ?? []).map((e) => [e.section, e.kind]));
      if (cited.size > 0)
        await tx
          .insertInto('case_exemptions')
          .values([...cited].map(([section, kind]) => ({ reference: record.reference, section, kind })))
          .execute();
    }
    if (record.timeline.length > 0)
      await tx
        .insertInto('case_timeline')
        .values(
          record.timeline.map((t) => ({
            reference: record.reference,
            seq: t.seq,
            on_date: t.on,
            by_who: t.by,
            type: t.type,
            text: t.text,
          })),
        )
        .onConflict((oc) => oc.columns(['reference', 'seq']).doNothing())
        .execute();
    return written !== undefined;
  });
}
