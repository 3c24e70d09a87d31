// What people type for a phase, a regime or a reference, and what the CLI takes it to mean
// (issue 9 item 11). Pure: no server.
import { phaseNamed, regimeNamed } from '../../client/typed-names';
import { editDistance } from '../../records/spellings';

test.each([
  ['in_progress', 'in_progress'],
  ['in progress', 'in_progress'], // the label status prints
  ['In-Progress', 'in_progress'],
  ['draft awaiting approval', 'awaiting_approval'],
  ['responded; internal review window open', 'review_window'],
  ['awaiting clarification (clock stopped)', 'awaiting_clarification'],
  ['closed', 'closed'],
  ['in limbo', 'in limbo'], // neither: passed on for the option's own error
])('--phase %j means %j', (typed, phase) => {
  expect(phaseNamed(typed)).toBe(phase);
});

test.each([
  ['foia', 'foia'],
  ['FOIA', 'foia'],
  ['Freedom of Information Act 2000', 'foia'], // the first line of status
  ['freedom of information (scotland) act 2002', 'foisa'],
  ['Environmental Information Regulations 2004', 'eir'],
  ['foia schools', 'foia-schools'],
  ['gdpr', 'gdpr'],
])('--regime %j means %j', (typed, regime) => {
  expect(regimeNamed(typed)).toBe(regime);
});

test.each([
  ['foi2026/00020', 'foi2026/00002', 2], // two characters swapped: two replacements
  ['foi2026/0002', 'foi2026/00002', 1], // a digit left out
  ['foi2026/00002', 'foi2026/00002', 0],
  // 'xyz9' to 'foi2026': 3 inserted, 4 replaced; '/' kept; '1' to '00002': 4 inserted, 1 replaced.
  ['xyz9/1', 'foi2026/00002', 12],
])('%j and %j are %i edits apart', (a, b, edits) => {
  expect(editDistance(a, b)).toBe(edits);
  expect(editDistance(b, a)).toBe(edits);
});
