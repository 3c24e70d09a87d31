// Disposing of case records that have passed their date (domain/disposal.ts decides
// which). Each case is disposed of in one transaction with its line in the disposal log,
// and a case already in the log is never picked again, so a run that stops half-way, or
// runs twice, disposes of each record once.
import type { Transaction } from 'kysely';
import { addMonths, type IsoDate } from '../domain/calendar/dates';
import {
  disposalDecision,
  shortestYears,
  type DisposalAction,
  type DisposalCandidate,
  type DisposalRules,
  type DisposalRun,
} from '../domain/disposal';
import type { RecordsDb } from './open-records';
import type { RecordsDatabase } from './schema';

const PAGE = 500;

/** Cases that ended on or before `endedBy`, not yet disposed of, in reference order after `after`. */
async function candidates(db: RecordsDb, endedBy: IsoDate, after: string): Promise<DisposalCandidate[]> {
  const rows = await db
    .selectFrom('cases')
    .leftJoin('disposal_log', 'disposal_log.reference', 'cases.reference')
    .select([
      'cases.reference',
      'cases.regime',
      'cases.phase',
      'cases.ended_on',
      'cases.review_requested_on',
      'cases.review_completed_on',
      'cases.regulator_complaint_on',
      'cases.regulator_decided_on',
    ])
    .where('cases.ended_on', '<=', endedBy)
    .where('disposal_log.reference', 'is', null)
    .where('cases.reference', '>', after)
    .orderBy('cases.reference')
    .limit(PAGE)
    .execute();
  return rows.map((r) => ({
    reference: r.reference,
    regime: r.regime,
    phase: r.phase,
    endedOn: r.ended_on,
    reviewRequestedOn: r.review_requested_on,
    reviewCompletedOn: r.review_completed_on,
    regulatorComplaintOn: r.regulator_complaint_on,
    regulatorDecidedOn: r.regulator_decided_on,
  }));
}

/** The requester's details go once no remaining record points at them. */
async function dropRequesterIfUnused(tx: Transaction<RecordsDatabase>, id: string | null): Promise<void> {
  if (!id) return;
  const used = await tx
    .selectFrom('cases')
    .select('reference')
    .where('requester_id', '=', id)
    .executeTakeFirst();
  if (!used) await tx.deleteFrom('requesters').where('id', '=', id).execute();
}

async function disposeOne(
  db: RecordsDb,
  reference: string,
  action: DisposalAction,
  rule: string,
  today: IsoDate,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const logged = await tx
      .insertInto('disposal_log')
      .values({ reference, disposed_on: today, rule, action })
      .onConflict((oc) => oc.column('reference').doNothing())
      .returning('reference')
      .executeTakeFirst();
    if (!logged) return; // another run got there first
    const row = await tx
      .selectFrom('cases')
      .select('requester_id')
      .where('reference', '=', reference)
      .executeTakeFirst();
    await tx.deleteFrom('case_timeline').where('reference', '=', reference).execute();
    if (action === 'destroy') {
      await tx.deleteFrom('case_exemptions').where('reference', '=', reference).execute();
      await tx.deleteFrom('cases').where('reference', '=', reference).execute();
    } else {
      await tx
        .updateTable('cases')
        .set({
          summary: '[disposed of]',
          officer: null,
          approver: null,
          approved_by: null,
          requester_id: null,
          regulator_reference: null,
          end_reason: null, // free text; the phase keeps the category (withdrawn, lapsed, closed)
          updated_at: new Date().toISOString(),
        })
        .where('reference', '=', reference)
        .execute();
    }
    await dropRequesterIfUnused(tx, row?.requester_id ?? null);
  });
}

/** Disposes of every record due on `today`; `progress` is told after each page. */
export async function disposeDueRecords(
  db: RecordsDb,
  rules: DisposalRules,
  today: IsoDate,
  progress: (run: DisposalRun) => void = () => undefined,
): Promise<DisposalRun> {
  const run: DisposalRun = { disposed: 0, kept: 0, sample: [] };
  const endedBy = addMonths(today, -12 * shortestYears(rules));
  for (let after = ''; ;) {
    const page = await candidates(db, endedBy, after);
    for (const c of page) {
      const decision = disposalDecision(c, rules, today);
      if (!decision.dispose) {
        run.kept++;
        continue;
      }
      await disposeOne(db, c.reference, decision.action, decision.rule, today);
      run.disposed++;
      if (run.sample.length < 5) run.sample.push(c.reference);
    }
    progress(run);
    if (page.length < PAGE) return run;
    after = page[page.length - 1]!.reference;
  }
}
