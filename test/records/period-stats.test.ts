// `foi stats`: the period's cohort counted by SQL over the records store (SQLite here;
// test/records/store.test.ts holds the same queries to a model on PostgreSQL too), from a
// table of cases worked by hand.
import type { PeriodStats } from '../../domain/lifecycle/period-stats';
import { formatStats } from '../../client/stats-format';
import { saveCaseRecord } from '../../records/case-writes';
import { periodStats } from '../../records/period-stats';
import type { CaseRecord } from '../../domain/lifecycle/case-record';
import type { CaseFacts } from '../../workflows/definitions';
import { sqliteEngine } from './engines';
import { record } from './record-fixtures';

const engine = sqliteEngine();
afterAll(() => engine.close());

/** A fresh store holding these cases, and its statistics for the period. */
async function statsOf(facts: CaseFacts[], from: string, to: string): Promise<PeriodStats> {
  const db = await engine.fresh();
  for (const [i, f] of facts.entries()) {
    await saveCaseRecord(
      db,
      record({
        reference: `S/${i}`,
        regime: f.regime,
        receivedOn: f.receivedOn,
        phase: f.phase as CaseRecord['phase'],
        extended: f.extended ?? false,
        response: f.respondedOn
          ? {
              sentOn: f.respondedOn,
              outcome: f.outcome ?? 'disclosed-in-full',
              exemptions: (f.exemptions ?? []).map((section) => ({ section, kind: 'qualified' as const })),
              late: f.late ?? false,
              workingDaysTaken: f.workingDaysTaken ?? 20,
            }
          : undefined,
        review: f.reviewRequestedOn
          ? {
              requestedOn: f.reviewRequestedOn,
              due: f.reviewRequestedOn,
              result: f.reviewResult,
              late: f.reviewLate,
            }
          : undefined,
        regulator: f.icoComplaintOn
          ? { complaintOn: f.icoComplaintOn, reference: 'IC-1', decision: f.icoDecision }
          : undefined,
        timeline: [],
      }),
    );
  }
  return periodStats(db, { from, to });
}

const answered = (over: Partial<CaseFacts>): CaseFacts => ({
  receivedOn: '2018-05-29',
  regime: 'foia',
  phase: 'review_window',
  respondedOn: '2018-06-26',
  outcome: 'disclosed-in-full',
  late: false,
  extended: false,
  exemptions: [],
  ...over,
});

const FACTS: CaseFacts[] = [
  // The example letter: NCND, s24(2) and s31(3), reviewed (upheld), complained about.
  answered({
    outcome: 'neither-confirm-nor-deny',
    exemptions: ['s24(2)', 's31(3)'],
    phase: 'ico_complaint',
    reviewRequestedOn: '2018-07-10',
    reviewResult: 'upheld',
    icoComplaintOn: '2018-09-03',
    icoDecision: 'complaint-not-upheld',
  }),
  answered({ outcome: 'refused', exemptions: ['s31(3)', 's31(3)'], extended: true }),
  answered({ late: true, respondedOn: '2018-07-30', reviewRequestedOn: '2018-08-01' }),
  { receivedOn: '2018-06-01', regime: 'foia', phase: 'in_progress' },
  { receivedOn: '2018-06-02', regime: 'foia', phase: 'withdrawn' },
  // Outside the period: not counted.
  answered({ receivedOn: '2018-07-01', late: true }),
];

describe('foi stats from the records store', () => {
  let s: PeriodStats;
  beforeAll(async () => {
    s = await statsOf(FACTS, '2018-04-01', '2018-06-30');
  });

  test('received, answered, in time (with lawful extensions) and late', () => {
    expect(s).toMatchObject({
      received: 5,
      answered: 3,
      answeredInTime: 2,
      answeredInTimeAfterExtension: 1,
      answeredLate: 1,
      notYetAnswered: 1,
      endedWithoutResponse: { withdrawn: 1 },
    });
    expect(s.shareInTime).toBeCloseTo(2 / 3);
  });

  test('outcomes, and exemptions counted once per case', () => {
    expect(s.outcomes).toMatchObject({
      'neither-confirm-nor-deny': 1,
      refused: 1,
      'disclosed-in-full': 1,
      'not-held': 0,
    });
    expect(s.exemptionsCited).toEqual({ 's24(2)': 1, 's31(3)': 2 });
  });

  test('internal reviews and regulator complaints', () => {
    expect(s.internalReviews).toEqual({
      requested: 2,
      completed: 1,
      late: 0,
      pending: 1,
      results: { upheld: 1, 'partly-upheld': 0, overturned: 0 },
    });
    expect(s.regulatorComplaints).toMatchObject({ received: 1, decided: 1, pending: 0 });
    expect(s.regulatorComplaints.decisions['complaint-not-upheld']).toBe(1);
  });

  test('nothing answered: the share is null, not 0% or NaN', async () => {
    expect((await statsOf([], '2018-01-01', '2018-12-31')).shareInTime).toBeNull();
  });
});

test('the report a manager reads', async () => {
  const text = formatStats(await statsOf(FACTS, '2018-04-01', '2018-06-30'), '2018-07-31');
  expect(text.split('\n')[0]).toBe(
    'Requests received Sun 1 Apr 2018 to Sat 30 Jun 2018 (as of Tue 31 Jul 2018)',
  );
  expect(text).toMatch(/^received +5$/m);
  expect(text).toMatch(/^ {2}in time +2 \(66\.7% of answered\), 1 of them after a lawful extension$/m);
  expect(text).toMatch(/^ended unanswered +withdrawn 1$/m);
  expect(text).toContain('exemptions cited: s24(2) 1, s31(3) 2');
  expect(text).toContain(
    'internal reviews: 2 requested, 1 completed (upheld 1, partly-upheld 0, overturned 0), 0 late, 1 pending',
  );
});
