// When a case record is due for disposal, worked by hand: the rule's years after the day
// the case ended, per regime, never while a review or a complaint is open.
import {
  DEFAULT_DISPOSAL_RULES,
  disposalDecision,
  disposalDueOn,
  parseDisposalRules,
  type DisposalCandidate,
} from '../../domain/disposal';

test.each([
  ['2023-11-27', 3, '2026-11-27'],
  ['2024-02-29', 3, '2027-02-28'], // no 29 February in 2027: the anniversary is the 28th
  ['2024-02-29', 4, '2028-02-29'],
  ['2019-12-31', 6, '2025-12-31'],
])('a record that ended %s under a %d-year rule is due on %s', (ended, years, due) => {
  expect(disposalDueOn(ended, years)).toBe(due);
});

const ended = (over: Partial<DisposalCandidate> = {}): DisposalCandidate => ({
  reference: 'FOI/1',
  regime: 'foia',
  phase: 'closed',
  endedOn: '2023-11-27',
  reviewRequestedOn: null,
  reviewCompletedOn: null,
  regulatorComplaintOn: null,
  regulatorDecidedOn: null,
  ...over,
});
const rules = {
  default: { years: 3, action: 'destroy' as const },
  byRegime: { eir: { years: 6, action: 'anonymise' as const } },
};

test.each<[string, Partial<DisposalCandidate>, string, string | false]>([
  ['due on its day', {}, '2026-11-27', 'destroy'],
  ['a day early', {}, '2026-11-26', false],
  ['withdrawn, due', { phase: 'withdrawn' }, '2027-01-01', 'destroy'],
  ['lapsed, due', { phase: 'lapsed' }, '2027-01-01', 'destroy'],
  ['still open (no end)', { phase: 'ico_complaint', endedOn: null }, '2040-01-01', false],
  ['a live phase with an end date', { phase: 'internal_review' }, '2040-01-01', false],
  ['review requested, not answered', { reviewRequestedOn: '2023-12-01' }, '2040-01-01', false],
  [
    'review answered',
    { reviewRequestedOn: '2023-12-01', reviewCompletedOn: '2024-01-05' },
    '2026-11-27',
    'destroy',
  ],
  ['complaint undecided', { regulatorComplaintOn: '2024-02-01' }, '2040-01-01', false],
  [
    'complaint decided',
    { regulatorComplaintOn: '2024-02-01', regulatorDecidedOn: '2024-06-01' },
    '2026-11-27',
    'destroy',
  ],
  ['EIR: six years, anonymised', { regime: 'eir' }, '2029-11-27', 'anonymise'],
  ['EIR: not after three', { regime: 'eir' }, '2026-11-27', false],
])('%s', (_what, over, today, expected) => {
  const d = disposalDecision(ended(over), rules, today);
  expect(d.dispose ? d.action : false).toBe(expected);
});

test('the rule applied is written out in full for the disposal log', () => {
  const d = disposalDecision(ended(), DEFAULT_DISPOSAL_RULES, '2027-01-01');
  expect(d).toEqual({
    dispose: true,
    action: 'destroy',
    rule: 'foia: destroy 3 years after the case ended (ended 2023-11-27, due 2026-11-27)',
  });
});

test.each([
  ['3:destroy', { default: { years: 3, action: 'destroy' }, byRegime: {} }],
  [
    '7:anonymise, eir=6:destroy',
    { default: { years: 7, action: 'anonymise' }, byRegime: { eir: { years: 6, action: 'destroy' } } },
  ],
  [
    'foisa=5:destroy,default=4:destroy',
    { default: { years: 4, action: 'destroy' }, byRegime: { foisa: { years: 5, action: 'destroy' } } },
  ],
])('reads %p', (raw, expected) => {
  expect(parseDisposalRules(raw)).toEqual(expected);
});

test.each([
  ['3', /expected \[regime=\]years/],
  ['3:shred', /expected \[regime=\]years/],
  ['0:destroy', /at least a year/],
  ['gdpr=3:destroy', /unknown regime "gdpr"/],
])('refuses %p', (raw, message) => {
  const parsed = parseDisposalRules(raw);
  expect('error' in parsed && parsed.error).toMatch(message);
});
