// Case records for the store's tests, and the memo facts the same case would carry, so the
// SQL statistics can be held to the counter over memos.
import fc from 'fast-check';
import type { CaseRecord } from '../../domain/lifecycle/case-record';
import { DECISION_RESULTS, OUTCOMES, REVIEW_RESULTS } from '../../domain/lifecycle/outcomes';
import { PHASES } from '../../domain/lifecycle/phases';
import type { CaseFacts } from '../../workflows/definitions';

export const record = (over: Partial<CaseRecord> = {}): CaseRecord => ({
  reference: 'FOI2018/02892',
  workflowId: 'foi-FOI2018/02892',
  seq: 1,
  regime: 'foia',
  receivedOn: '2018-05-29',
  summary: 'Speed camera locations',
  questionCount: 0,
  phase: 'in_progress',
  deadlines: [{ key: 'response', label: 'response due', due: '2018-06-26' }],
  extended: false,
  timeline: [
    {
      seq: 0,
      on: '2018-05-29',
      by: 'officer@example.gov.uk',
      type: 'opened',
      text: 'request received (FOIA)',
    },
  ],
  ...over,
});

export const factsOfRecord = (r: CaseRecord): CaseFacts => ({
  receivedOn: r.receivedOn,
  regime: r.regime,
  phase: r.phase,
  respondedOn: r.response?.sentOn,
  outcome: r.response?.outcome,
  late: r.response?.late,
  workingDaysTaken: r.response?.workingDaysTaken,
  extended: r.extended,
  exemptions: r.response?.exemptions.map((e) => e.section),
  reviewRequestedOn: r.review?.requestedOn,
  reviewResult: r.review?.result,
  reviewLate: r.review?.late,
  icoComplaintOn: r.regulator?.complaintOn,
  icoDecision: r.regulator?.decision,
});

const day = fc
  .integer({ min: 0, max: 700 })
  .map((n) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Any mix of answered, pending, reviewed and complained-about cases. */
export const arbitraryRecords = fc
  .array(
    fc.record({
      regime: fc.constantFrom('foia', 'eir', 'foisa'),
      receivedOn: day,
      phase: fc.constantFrom(...PHASES),
      extended: fc.boolean(),
      response: maybe(
        fc.record({
          sentOn: day,
          outcome: fc.constantFrom(...OUTCOMES),
          exemptions: fc.uniqueArray(fc.constantFrom('s21', 's24(2)', 's31(3)', 's40(2)', 'reg 12(5)(b)'), {
            maxLength: 3,
          }),
          late: fc.boolean(),
          workingDaysTaken: fc.integer({ min: 1, max: 60 }),
        }),
      ),
      review: maybe(
        fc.record({
          requestedOn: day,
          due: day,
          result: maybe(fc.constantFrom(...REVIEW_RESULTS)),
          late: maybe(fc.boolean()),
        }),
      ),
      regulator: maybe(
        fc.record({
          complaintOn: day,
          reference: fc.constant('IC-1'),
          decision: maybe(fc.constantFrom(...DECISION_RESULTS)),
        }),
      ),
    }),
    { maxLength: 40 },
  )
  .map((cases) =>
    cases.map((c, i) =>
      record({
        reference: `FOI/${i}`,
        workflowId: `foi-FOI/${i}`,
        regime: c.regime,
        receivedOn: c.receivedOn,
        phase: c.phase,
        extended: c.extended,
        response: c.response && {
          ...c.response,
          exemptions: c.response.exemptions.map((section) => ({ section, kind: 'qualified' as const })),
        },
        review: c.review,
        regulator: c.regulator,
        timeline: [],
      }),
    ),
  );
