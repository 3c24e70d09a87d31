// How a deadline stands, in words (domain/lifecycle/deadline-wording.ts), the same for
// `foi status` and the web case page: windows the law counts in calendar days are shown in
// days; a deadline that had passed before a backdated case was entered says so; an answer
// says what happened, "answered on time, day 20 of 20". Dates from the example letter's
// case: received Tue 29 May 2018, due Tue 26 Jun 2018 (the 20th working day).
import { caseStatus, type CommandInput } from '../../domain/lifecycle';
import {
  answerTimingText,
  deadlineStandingText,
  type ShownDeadline,
} from '../../domain/lifecycle/deadline-wording';
import { ctxFor, openCase, run } from '../support/case-builder';
import { APPROVER, ncndResponse, OFFICER } from '../support/example-letter';

type Standing = Pick<ShownDeadline, 'due' | 'remind' | 'daysLeft' | 'countedIn'>;
const wd = (daysLeft: number, remind = true): Standing => ({
  due: '2018-06-26',
  remind,
  daysLeft,
  countedIn: 'working-days',
});
const days = (daysLeft: number, remind = true): Standing => ({
  ...wd(daysLeft, remind),
  countedIn: 'calendar-days',
});

test.each([
  [wd(4), undefined, '4 working days left'],
  [wd(1), undefined, '1 working day left'],
  [wd(0), undefined, 'due today'],
  [wd(0, false), undefined, 'ends today'],
  [wd(-2), undefined, '2 working days overdue'],
  [wd(-3, false), undefined, 'ended 3 working days ago'],
  [days(28), undefined, '28 days left'],
  [days(-1), undefined, '1 day overdue'],
  [days(-5, false), undefined, 'ended 5 days ago'],
  // Entered on Fri 27 Nov 2026, 2086 working days after 26 Jun 2018: not "2086 overdue".
  [wd(-2086), '2026-11-27', 'passed before the case was entered (Fri 27 Nov 2026): record what happened'],
  // A deadline that passed after the case was entered is overdue here.
  [wd(-2), '2018-06-01', '2 working days overdue'],
])('%o entered %s: %s', (d, enteredOn, text) => {
  expect(deadlineStandingText(d, enteredOn)).toBe(text);
});

test.each([
  [{ late: false, workingDaysTaken: 20, allowedWorkingDays: 20 }, 'answered on time, day 20 of 20'],
  [{ late: false, workingDaysTaken: 7, allowedWorkingDays: 20 }, 'answered on time, day 7 of 20'],
  [{ late: true, workingDaysTaken: 23, allowedWorkingDays: 20 }, 'answered late, day 23 of 20'],
])('%o: %s', (a, text) => {
  expect(answerTimingText(a)).toBe(text);
});

const draft: CommandInput[] = [
  { type: 'submitDraft', by: OFFICER, on: '2018-06-20' },
  { type: 'approve', by: APPROVER, on: '2018-06-21' },
];

test.each([
  // answered on, day taken: 26 Jun is working day 20; 27, 28, 29 Jun are 21, 22, 23.
  ['2018-06-26', false, 20],
  ['2018-06-29', true, 23],
])('the letter answered on %s, seen years later: late %s, day %s of 20', (on, late, day) => {
  const s = run(openCase(), '2026-11-27', ...draft, ncndResponse(OFFICER, on));
  const status = caseStatus(s, ctxFor('foia', '2026-11-27'));
  expect(status.responseDays).toEqual({ late, workingDaysTaken: day, allowedWorkingDays: 20 });
});

test('windows counted in calendar days are shown in days', () => {
  // A "2 months" review window from the response on Tue 26 Jun 2018 ends Sun 26 Aug 2018:
  // from Wed 27 Jun, 3 days of June, 31 of July and 26 of August: 60 days.
  const answered = run(
    openCase({ settings: { reviewRequestWindow: { unit: 'months', n: 2 } } }),
    '2018-06-27',
    ...draft,
    ncndResponse(OFFICER),
  );
  const window = caseStatus(answered, ctxFor('foia', '2018-06-27')).deadlines[0]!;
  expect([window.key, window.due, window.countedIn, window.daysLeft]).toEqual([
    'review-request-window',
    '2018-08-26',
    'calendar-days',
    60,
  ]);
  expect(deadlineStandingText(window)).toBe('60 days left');

  // A decision notice of Mon 1 Oct 2018: the ICO's 35 days to comply end Mon 5 Nov, the
  // 28 days to appeal Mon 29 Oct. On Mon 8 Oct: 28 and 21 days left (20 and 15 working days).
  const decided = run(
    answered,
    '2018-10-08',
    { type: 'requestReview', by: OFFICER, on: '2018-07-10' },
    { type: 'completeReview', by: OFFICER, on: '2018-07-31', result: 'upheld' },
    { type: 'icoComplaint', by: OFFICER, on: '2018-08-20', icoReference: 'FS50700000' },
    {
      type: 'icoDecision',
      by: OFFICER,
      on: '2018-10-01',
      noticeReference: 'FS50700000',
      result: 'complaint-upheld',
      steps: ['disclose'],
    },
  );
  const shown = caseStatus(decided, ctxFor('foia', '2018-10-08')).deadlines.map((d) => [
    d.key,
    d.due,
    deadlineStandingText(d),
    d.workingDaysLeft,
  ]);
  // Working days from Mon 8 Oct: 9-12 Oct (4), 15-19 (9), 22-26 (14), Mon 29 (15); then
  // 30 Oct - 2 Nov (19), Mon 5 Nov (20).
  expect(shown).toEqual([
    ['appeal-window', '2018-10-29', '21 days left', 15],
    ['compliance', '2018-11-05', '28 days left', 20],
  ]);
});
