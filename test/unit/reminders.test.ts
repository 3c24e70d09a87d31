// The reminder plan for the example letter (due Tue 26 Jun 2018; BST, so 09:00 London is
// 08:00 UTC). Working days counted back from 26 Jun: 25, 22, 21, 20, 19 (5), 18, 15, 14,
// 13, 12 (10). Overdue: 27 Jun (1st), then every 5 WD: 4 Jul (6th), 11 Jul (11th; the
// 12 Jul NI holiday comes after it).
import fc from 'fast-check';
import { remindersBetween, nextReminder } from '../../domain/lifecycle';
import { APPROVER, ctxFor, OFFICER, openCase, run } from '../support/case-builder';

const at = (iso: string) => Date.parse(iso);

test('the default schedule around the response deadline', () => {
  const s = openCase();
  const plan = remindersBetween(
    s,
    ctxFor('foia', '2018-05-29'),
    at('2018-05-29T12:00:00Z'),
    at('2018-07-12T00:00:00Z'),
  );
  expect(
    plan.map((r) => [
      new Date(r.at).toISOString(),
      r.kind,
      r.workingDaysLeft,
      r.to.map((t) => ('address' in t ? t.address : t.role)),
    ]),
  ).toEqual([
    ['2018-06-12T08:00:00.000Z', 'deadline-approaching', 10, [OFFICER]],
    ['2018-06-19T08:00:00.000Z', 'deadline-approaching', 5, [OFFICER]],
    ['2018-06-22T08:00:00.000Z', 'deadline-approaching', 2, [OFFICER]],
    ['2018-06-26T08:00:00.000Z', 'due-today', 0, [OFFICER]],
    ['2018-06-27T08:00:00.000Z', 'overdue', -1, [OFFICER, 'manager']],
    ['2018-07-04T08:00:00.000Z', 'escalation', -6, ['head-of-service', 'manager']],
    ['2018-07-11T08:00:00.000Z', 'escalation', -11, ['head-of-service', 'manager']],
  ]);
});

test('an authority schedule and time of day are honoured', () => {
  const s = openCase({
    settings: {
      reminders: { beforeDue: [3], dueDay: false, timeOfDay: '07:30', escalateEveryWorkingDays: 10 },
    },
  });
  const plan = remindersBetween(
    s,
    ctxFor('foia', '2018-05-29'),
    at('2018-05-29T12:00:00Z'),
    at('2018-07-12T00:00:00Z'),
  );
  // 3 WD before 26 Jun: 25, 22, 21 → 21 Jun; overdue 27 Jun; +10 WD: 28, 29, 2-6 Jul, 9, 10, 11 → 11 Jul.
  expect(plan.map((r) => [new Date(r.at).toISOString(), r.kind])).toEqual([
    ['2018-06-21T06:30:00.000Z', 'deadline-approaching'],
    ['2018-06-27T06:30:00.000Z', 'overdue'],
    ['2018-07-11T06:30:00.000Z', 'escalation'],
  ]);
});

test('a waiting draft reminds the approver every 2 working days; approval stops it', () => {
  const waiting = run(openCase(), '2018-06-18', { type: 'submitDraft', by: OFFICER, on: '2018-06-18' });
  const next = nextReminder(waiting, ctxFor('foia', '2018-06-18'), at('2018-06-18T12:00:00Z'));
  // Officer's 5-WD reminder is 19 Jun; the approver's first is 20 Jun (18 + 2 WD).
  expect(next).toMatchObject({ kind: 'deadline-approaching', date: '2018-06-19' });
  const approverPlan = remindersBetween(
    waiting,
    ctxFor('foia', '2018-06-18'),
    at('2018-06-18T12:00:00Z'),
    at('2018-06-23T00:00:00Z'),
  ).filter((r) => r.kind === 'approval-waiting');
  expect(approverPlan.map((r) => [r.date, r.to])).toEqual([
    ['2018-06-20', [{ role: 'approver', address: APPROVER }]],
    ['2018-06-22', [{ role: 'approver', address: APPROVER }]],
  ]);
  const approved = run(waiting, '2018-06-19', { type: 'approve', by: APPROVER, on: '2018-06-19' });
  expect(
    remindersBetween(
      approved,
      ctxFor('foia', '2018-06-19'),
      at('2018-06-19T12:00:00Z'),
      at('2018-06-23T00:00:00Z'),
    ).map((r) => r.kind),
  ).toEqual(['deadline-approaching']);
});

test('no reminder while the clock is stopped, and none once the response is sent', () => {
  const stopped = run(openCase(), '2018-05-31', {
    type: 'requestClarification',
    by: OFFICER,
    on: '2018-05-31',
    question: 'Which years?',
  });
  expect(nextReminder(stopped, ctxFor('foia', '2018-05-31'), at('2018-05-31T12:00:00Z'))).toBeUndefined();
});

// nextReminder plans escalations only as far as the first one after its instant's day (the
// rest come later). Property: it is always the first of the whole year's plan.
test('nextReminder is the first reminder of the full plan a year ahead, at any instant', () => {
  const open = openCase();
  const drafted = run(openCase(), '2018-06-18', { type: 'submitDraft', by: OFFICER, on: '2018-06-18' });
  const ctx = ctxFor('foia', '2018-05-29');
  const from = at('2018-05-29T00:00:00Z');
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 420 * 24 * 60 }), fc.boolean(), (minutes, withDraft) => {
      const s = withDraft ? drafted : open;
      const t = from + minutes * 60_000;
      const whole = remindersBetween(s, ctx, t, t + 400 * 86_400_000);
      expect(nextReminder(s, ctx, t)).toEqual(whole[0]);
    }),
    { numRuns: 300 },
  );
});
