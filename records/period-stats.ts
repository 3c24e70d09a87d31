// `foi stats` from the records store: SQL aggregates over the period's receipts, so the
// figures for a past quarter stay right after its workflows are gone and stay fast at
// 100,000 cases (one indexed range scan per query, nothing per case in Node).
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { IsoDate } from '../domain/calendar/dates';
import { emptyStats, withShareInTime, type PeriodStats } from '../domain/lifecycle/period-stats';
import { PRE_RESPONSE_PHASES } from '../domain/lifecycle/phases';
import type { RecordsDb } from './open-records';
import type { RecordsDatabase } from './schema';

export interface StatsFilter {
  from: IsoDate;
  to: IsoDate;
  regime?: string;
}

type Cases = SelectQueryBuilder<RecordsDatabase, 'cases', object>;

/** The period's cases: received in it, not voided. */
function cohort(db: RecordsDb, f: StatsFilter): Cases {
  let q = db
    .selectFrom('cases')
    .where('cases.received_on', '>=', f.from)
    .where('cases.received_on', '<=', f.to)
    .where('cases.voided', '=', 0);
  if (f.regime) q = q.where('cases.regime', '=', f.regime);
  return q;
}

const count = (condition: ReturnType<typeof sql>) =>
  sql<string | number | null>`sum(case when ${condition} then 1 else 0 end)`;
const n = (v: string | number | bigint | null | undefined): number => Number(v ?? 0);
const preResponse = (eb: ExpressionBuilder<RecordsDatabase, 'cases'>) =>
  eb('cases.phase', 'in', [...PRE_RESPONSE_PHASES]);

/** Rows of (key, count) for one grouping of the cohort. */
async function grouped(q: Cases, column: 'outcome' | 'phase' | 'review_result' | 'regulator_decision') {
  const rows = await q
    .select([`cases.${column} as key`, (eb) => eb.fn.countAll().as('n')])
    .where(`cases.${column}`, 'is not', null)
    .groupBy(`cases.${column}`)
    .execute();
  return rows.map((r) => ({ key: String(r.key), n: n(r.n as string | number) }));
}

export async function periodStats(db: RecordsDb, f: StatsFilter): Promise<PeriodStats> {
  const s = emptyStats(f.from, f.to);
  const answered = sql`cases.responded_on is not null`;
  const totals = await cohort(db, f)
    .select((eb) => [
      eb.fn.countAll().as('received'),
      count(answered).as('answered'),
      count(sql`${answered} and cases.answered_late = 1`).as('late'),
      count(sql`${answered} and coalesce(cases.answered_late, 0) = 0 and cases.extended = 1`).as(
        'inTimeExtended',
      ),
      count(sql`cases.responded_on is null and ${preResponse(eb)}`).as('notYet'),
      count(sql`cases.review_requested_on is not null`).as('reviews'),
      count(sql`cases.review_requested_on is not null and cases.review_result is not null`).as('reviewsDone'),
      count(
        sql`cases.review_requested_on is not null and cases.review_result is not null and cases.review_late = 1`,
      ).as('reviewsLate'),
      count(sql`cases.regulator_complaint_on is not null`).as('complaints'),
      count(sql`cases.regulator_complaint_on is not null and cases.regulator_decision is not null`).as(
        'decided',
      ),
    ])
    .executeTakeFirstOrThrow();
  s.received = n(totals.received as string | number);
  s.answered = n(totals.answered);
  s.answeredLate = n(totals.late);
  s.answeredInTime = s.answered - s.answeredLate;
  s.answeredInTimeAfterExtension = n(totals.inTimeExtended);
  s.notYetAnswered = n(totals.notYet);
  s.internalReviews.requested = n(totals.reviews);
  s.internalReviews.completed = n(totals.reviewsDone);
  s.internalReviews.late = n(totals.reviewsLate);
  s.internalReviews.pending = s.internalReviews.requested - s.internalReviews.completed;
  s.regulatorComplaints.received = n(totals.complaints);
  s.regulatorComplaints.decided = n(totals.decided);
  s.regulatorComplaints.pending = s.regulatorComplaints.received - s.regulatorComplaints.decided;

  const add = (into: Record<string, number>, rows: { key: string; n: number }[]) => {
    for (const r of rows) into[r.key] = (into[r.key] ?? 0) + r.n;
  };
  add(s.outcomes, await grouped(cohort(db, f).where('cases.responded_on', 'is not', null), 'outcome'));
  add(
    s.endedWithoutResponse,
    await grouped(
      cohort(db, f)
        .where('cases.responded_on', 'is', null)
        .where((eb) => eb.not(preResponse(eb))),
      'phase',
    ),
  );
  add(
    s.internalReviews.results,
    await grouped(cohort(db, f).where('cases.review_requested_on', 'is not', null), 'review_result'),
  );
  add(
    s.regulatorComplaints.decisions,
    await grouped(cohort(db, f).where('cases.regulator_complaint_on', 'is not', null), 'regulator_decision'),
  );
  const cited = await cohort(db, f)
    .innerJoin('case_exemptions', 'case_exemptions.reference', 'cases.reference')
    .where('cases.responded_on', 'is not', null)
    .select(['case_exemptions.section as section', (eb) => eb.fn.countAll().as('n')])
    .groupBy('case_exemptions.section')
    .execute();
  add(
    s.exemptionsCited,
    cited.map((r) => ({ key: r.section, n: n(r.n as string | number) })),
  );
  return withShareInTime(s);
}
