// `foi stats`: the period's cohort counted from the facts each case keeps in its memo.
import type { WorkflowExecutionInfo } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import { factsOf } from '../../client/facts';
import { computeStats, StatsCounter } from '../../client/stats';
import { formatStats } from '../../client/stats-format';
import type { CaseFacts } from '../../workflows/definitions';
import * as SA from '../../workflows/search-attributes';

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

describe('computeStats', () => {
  const s = computeStats(FACTS, '2018-04-01', '2018-06-30');

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

  test('counted a case at a time as the pages arrive: the same figures, and a copy each time', () => {
    const counter = new StatsCounter('2018-04-01', '2018-06-30');
    for (const f of FACTS.slice(0, 2)) counter.add(f);
    const early = counter.result();
    for (const f of FACTS.slice(2)) counter.add(f);
    expect(counter.result()).toEqual(s);
    expect(early).toMatchObject({ received: 2, answered: 2 });
    expect(early.outcomes.refused).toBe(1);
  });

  test('nothing answered: the share is null, not 0% or NaN', () => {
    expect(computeStats([], '2018-01-01', '2018-12-31').shareInTime).toBeNull();
  });
});

test('the report a manager reads', () => {
  const text = formatStats(computeStats(FACTS, '2018-04-01', '2018-06-30'), '2018-07-31');
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

describe('facts from a visibility record', () => {
  const sa = new TypedSearchAttributes([
    { key: SA.FoiReceivedDate, value: new Date('2018-05-29T00:00:00Z') },
    { key: SA.FoiPhase, value: 'in_progress' },
    { key: SA.FoiRegime, value: 'eir' },
  ]);

  test('the memo the workflow keeps', () => {
    const memo = answered({});
    const record = { memo: { facts: memo }, typedSearchAttributes: sa } as unknown as WorkflowExecutionInfo;
    expect(factsOf(record)).toEqual(memo);
  });

  test('a memo without the phase takes it from FoiPhase', () => {
    const { phase: _phase, ...memo } = answered({});
    const record = { memo: { facts: memo }, typedSearchAttributes: sa } as unknown as WorkflowExecutionInfo;
    expect(factsOf(record)).toEqual({ ...memo, phase: 'in_progress' });
  });

  test('search attributes when no memo was written yet', () => {
    const record = { typedSearchAttributes: sa } as unknown as WorkflowExecutionInfo;
    expect(factsOf(record)).toEqual({ receivedOn: '2018-05-29', regime: 'eir', phase: 'in_progress' });
  });
});
