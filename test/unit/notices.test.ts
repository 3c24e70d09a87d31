// Who is told at once, and what (issue 9 item 10). Dates worked by hand for the letter's
// case: received Tue 29 May 2018 (day 0), response due Tue 26 Jun 2018.
//   On Thu 31 May: 2 working days gone (30, 31 May); 18 left: Fri 1 Jun (1), 4-8 Jun (6),
//   11-15 (11), 18-22 (16), 25-26 (18).
//   On Thu 28 Jun: 2 working days overdue (27, 28 Jun).
import { openingNotices, stepNotices } from '../../domain/lifecycle/notices';
import { APPROVER, ctxFor, OFFICER, openCase, run } from '../support/case-builder';

const NEW_OFFICER = 'new.officer@police.example.gov.uk';

test.each([
  [
    'an officer named, in time: the receipt, with the date received and the days gone',
    {},
    '2018-05-31',
    [
      {
        kind: 'receipt-confirmation',
        key: 'receipt',
        to: [{ role: 'officer', address: OFFICER }],
        what: 'response',
        due: '2018-06-26',
        workingDaysLeft: 18,
        received: { on: '2018-05-29', workingDaysGone: 2 },
      },
    ],
  ],
  [
    'an officer named, entered after the deadline: overdue at once',
    {},
    '2018-06-28',
    [
      {
        kind: 'overdue',
        key: 'receipt:overdue',
        to: [{ role: 'officer', address: OFFICER }],
        what: 'response',
        due: '2018-06-26',
        workingDaysLeft: -2,
      },
    ],
  ],
  [
    'no officer: the manager',
    { officer: undefined },
    '2018-05-31',
    [
      {
        kind: 'case-unassigned',
        key: 'receipt:unassigned',
        to: [{ role: 'manager' }],
        what: 'response',
        due: '2018-06-26',
        workingDaysLeft: 18,
      },
    ],
  ],
])('opening, %s', (_what, over, today, expected) => {
  expect(openingNotices(openCase(over), ctxFor('foia', today))).toEqual(expected);
});

test('an assignment tells the new officer (overdue already: the overdue notice), a draft its approver', () => {
  const before = openCase();
  const after = run(
    before,
    '2018-06-28',
    { type: 'assign', by: APPROVER, on: '2018-06-28', officer: NEW_OFFICER },
    { type: 'submitDraft', by: NEW_OFFICER, on: '2018-06-28' },
  );
  expect(stepNotices(after, after.events.slice(1), 1, ctxFor('foia', '2018-06-28'), '2018-05-29')).toEqual([
    {
      kind: 'overdue',
      key: 'assigned:1:overdue',
      to: [{ role: 'officer', address: NEW_OFFICER }],
      what: 'response',
      due: '2018-06-26',
      workingDaysLeft: -2,
    },
    {
      kind: 'approval-waiting',
      key: 'approval:2018-06-28:submitted:2',
      to: [{ role: 'approver', address: APPROVER }],
      what: 'approval of the draft response',
      due: '2018-06-26',
      workingDaysLeft: -2,
    },
  ]);
});

test('the same officer assigned again (another approver) is not told twice', () => {
  const after = run(openCase(), '2018-05-31', {
    type: 'assign',
    by: APPROVER,
    on: '2018-05-31',
    officer: OFFICER.toUpperCase(),
    approver: NEW_OFFICER,
  });
  expect(stepNotices(after, after.events.slice(1), 1, ctxFor('foia', '2018-05-31'), '2018-05-29')).toEqual(
    [],
  );
});

test('steps dated before the case was entered here (a migrated case) tell nobody', () => {
  const after = run(
    openCase(),
    '2026-11-26',
    { type: 'assign', by: APPROVER, on: '2018-06-01', officer: NEW_OFFICER },
    { type: 'submitDraft', by: NEW_OFFICER, on: '2018-06-20' },
  );
  // Entered on 26 Nov 2026: both steps are history.
  expect(stepNotices(after, after.events.slice(1), 1, ctxFor('foia', '2026-11-26'), '2026-11-26')).toEqual(
    [],
  );
  // Entered on 20 Jun 2018: the draft of that day reaches its approver; the assignment of 1 Jun does not.
  expect(
    stepNotices(after, after.events.slice(1), 1, ctxFor('foia', '2018-06-20'), '2018-06-20').map(
      (n) => n.kind,
    ),
  ).toEqual(['approval-waiting']);
});
