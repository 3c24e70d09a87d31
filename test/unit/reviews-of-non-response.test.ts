// Reviews of a failure to respond, FOISA's window for requiring a
// review (s20(5)), an application to the Scottish Information Commissioner only after a review
// (s47(1)) and the six months after a review never answered (s47(4)(b)), and a receipt date
// in the future refused at opening. Every expected date is worked by hand below.
//
// Calendar facts used (FOIA and EIR skip the bank holidays of every part of the UK, s10(6) /
// reg 2; FOISA only Scotland's, s73):
//   2018: 12 Jul (Thu) Battle of the Boyne, Northern Ireland; 6 Aug (Mon) Scotland's Summer
//         bank holiday; 27 Aug (Mon) Summer bank holiday elsewhere.
//   2024: 2 Jan (Tue) Scotland; 18 Mar (Mon) St Patrick's Day substitute, Northern Ireland
//         (17 Mar is a Sunday); 29 Mar Good Friday (everywhere); 1 Apr Easter Monday (not in
//         Scotland). February 2024 has 29 days and no holiday anywhere.
// The FOISA/FOIA/EIR cases of 2024 are received Wed 3 Jan 2024 (day 0), so the 20th working
// day is Wed 31 Jan in every regime: 4-5 Jan (2), 8-12 (7), 15-19 (12), 22-26 (17), 29-31 (20).
import {
  caseStatus,
  checkOpenCase,
  decide,
  liveDeadlines,
  openCaseSchema,
  receiptDateProblem,
  remindersBetween,
  reviewRequestWindowEnd,
  timeline,
  type CaseState,
  type CommandInput,
  type RuleContext,
} from '../../domain/lifecycle';
import { LETTER_CASE } from '../support/example-letter';
import { APPROVER, ctxFor, OFFICER, openCase, rejection, run, tick } from '../support/case-builder';

const by = OFFICER;
const TODAY = '2026-11-26';
const approved = (on: string): CommandInput[] => [
  { type: 'submitDraft', by, on },
  { type: 'approve', by: APPROVER, on },
];
const answered = (on: string): CommandInput[] => [
  ...approved(on),
  { type: 'recordResponse', by, on, outcome: 'disclosed-in-full' },
];
const keys = (s: CaseState, today: string) => liveDeadlines(s, ctxFor(s.regime, today)).map((d) => d.key);
const deadline = (s: CaseState, today: string, key: string) =>
  liveDeadlines(s, ctxFor(s.regime, today)).find((d) => d.key === key)?.due;
/** The 2024 case of each regime: received Wed 3 Jan, response due Wed 31 Jan. */
const case2024 = (regime: string) => openCase({ regime, receivedOn: '2024-01-03' });

describe('1. a review of a failure to respond (FOIA s45 Code part 5; EIR reg 11(2); FOISA s20, s21(4)(c))', () => {
  test('refused until the response is overdue; accepted the day after the deadline, the case still owing the answer', () => {
    // The letter's case: received Tue 29 May 2018, due Tue 26 Jun 2018 (20 WD).
    expect(rejection(openCase(), TODAY, { type: 'requestReview', by, on: '2018-06-26' })).toBe(
      'cannot record a request for internal review: no response has been sent, and none is overdue yet (due Tue 26 Jun 2018 (2018-06-26)); a review before any response is of a failure to respond (s45 Code of Practice part 5)',
    );
    const s = run(openCase(), TODAY, { type: 'requestReview', by, on: '2018-06-27' });
    // 20 WD from Wed 27 Jun 2018: 28-29 Jun (2), 2-6 Jul (7), 9-11 (10), 12 Jul skipped (NI),
    // 13 (11), 16-20 (16), 23-26 (20) → Thu 26 Jul 2018.
    expect(s.review).toEqual({ requestedOn: '2018-06-27', due: '2018-07-26', aboutNonResponse: true });
    expect(s.phase).toBe('in_progress');
    expect(keys(s, '2018-06-27')).toEqual(['response', 'review']);
    expect(timeline(s).slice(-1)[0]?.text).toBe(
      'internal review of the failure to respond requested; due Thu 26 Jul 2018',
    );
    expect(rejection(s, TODAY, { type: 'requestReview', by, on: '2018-06-28' })).toBe(
      'an internal review was already requested on Wed 27 Jun 2018 (2018-06-27)',
    );
    // Its own deadline has its own reminders: on the day it is due, Thu 26 Jul 2018.
    const onDueDay = remindersBetween(
      s,
      ctxFor('foia', '2018-07-26'),
      Date.parse('2018-07-26T00:00:00Z'),
      Date.parse('2018-07-26T23:00:00Z'),
    );
    expect(onDueDay.filter((r) => r.deadline === 'review')).toMatchObject([
      { kind: 'internal-review-due', due: '2018-07-26', key: 'review:2018-07-26:due' },
    ]);
  });

  test('the late response is still recorded (late), the review goes on and is completed after it', () => {
    let s = run(openCase(), TODAY, { type: 'requestReview', by, on: '2018-06-27' });
    expect(rejection(s, TODAY, { type: 'completeReview', by, on: '2018-07-02', result: 'upheld' })).toBe(
      'the review is of a failure to respond: record the response first (it is recorded as late), then complete the review',
    );
    // Sent Wed 4 Jul 2018: 20 WD to 26 Jun, then 27-29 Jun (23), 2-4 Jul (26).
    s = run(s, TODAY, ...answered('2018-07-04'));
    expect(s.response).toMatchObject({ due: '2018-06-26', late: true, workingDaysTaken: 26 });
    expect(s.phase).toBe('internal_review');
    expect(keys(s, '2018-07-04')).toEqual(['review']);
    s = run(s, TODAY, { type: 'completeReview', by, on: '2018-07-20', result: 'upheld' });
    expect(s).toMatchObject({ phase: 'ico_window', finalResponseOn: '2018-07-20' });
    expect(s.review).toMatchObject({ completedOn: '2018-07-20', late: false });
  });

  test('not while the clock is stopped for a clarification', () => {
    const s = run(openCase(), TODAY, {
      type: 'requestClarification',
      by,
      on: '2018-06-01',
      question: 'Which force area?',
    });
    expect(rejection(s, TODAY, { type: 'requestReview', by, on: '2018-07-02' })).toBe(
      'cannot record a request for internal review while the case is awaiting clarification (clock stopped): the response clock is not running',
    );
  });

  test.each([
    // regime, window closes (40 WD after the response due date, 31 Jan 2024), the day after,
    // review due (from a request on Thu 1 Feb 2024).
    // FOIA: Feb 1-2 (2), 5-9 (7), 12-16 (12), 19-23 (17), 26-29 (21), 1 Mar (22), 4-8 (27),
    //   11-15 (32), 18 Mar skipped (NI), 19-22 (36), 25-28 (40) → Thu 28 Mar. Review: 20 WD
    //   (s45 Code para 5.5): 2 Feb (1), 5-9 (6), 12-16 (11), 19-23 (16), 26-29 (20) → 29 Feb.
    ['foia', '2024-03-28', '2024-03-29', '2024-02-29'],
    // EIR: the same window (reg 11(2)). Review: 40 WD (reg 11(4)): 29 Feb is the 20th, 1 Mar
    //   (21), 4-8 (26), 11-15 (31), 18 Mar skipped, 19-22 (35), 25-28 (39), 29 Mar and 1 Apr
    //   skipped, 2 Apr (40) → Tue 2 Apr.
    ['eir', '2024-03-28', '2024-03-29', '2024-04-02'],
    // FOISA: 18 Mar is a working day in Scotland: 18-22 (37), 25-27 (40) → Wed 27 Mar
    //   (s20(5)(a)). Review: 20 WD (s21(1)) → 29 Feb.
    ['foisa', '2024-03-27', '2024-03-28', '2024-02-29'],
  ])(
    '%s: window to ask closes %s (refused on %s); the review is due %s',
    (regime, closes, dayAfter, reviewDueOn) => {
      const s = case2024(regime);
      expect(run(s, TODAY, { type: 'requestReview', by, on: '2024-02-01' }).review).toMatchObject({
        due: reviewDueOn,
        aboutNonResponse: true,
      });
      expect(run(s, TODAY, { type: 'requestReview', by, on: closes }).review?.requestedOn).toBe(closes);
      expect(rejection(s, TODAY, { type: 'requestReview', by, on: dayAfter })).toMatch(
        new RegExp(`^the window to ask for a review of the failure to respond closed on .* \\(${closes}\\)$`),
      );
      // The authority may accept a late one (s45 Code; FOISA s20(6)).
      expect(run(s, TODAY, { type: 'requestReview', by, on: dayAfter, late: true }).review).toBeDefined();
    },
  );
});

describe('2. FOISA s20(5): the window for requiring a review', () => {
  // Each FOISA case is the 2024 one (response due Wed 31 Jan 2024), answered on the day given.
  test.each([
    // Answered early, Wed 17 Jan: the 40 WD still run from the end of the 20 (s20(5)(a)):
    // Feb 1-2 (2), 5-9 (7), 12-16 (12), 19-23 (17), 26-29 (21), 1 Mar (22), 4-8 (27),
    // 11-15 (32), 18-22 (37), 25-27 (40) → Wed 27 Mar 2024.
    ['foisa', '2024-01-17', '2024-03-27', '2024-03-28'],
    // Answered on the 20th working day: the same.
    ['foisa', '2024-01-31', '2024-03-27', '2024-03-28'],
    // Answered late, Mon 5 Feb: 40 WD from its receipt (s20(5)(b)): 6-9 Feb (4), 12-16 (9),
    // 19-23 (14), 26-29 (18), 1 Mar (19), 4-8 (24), 11-15 (29), 18-22 (34), 25-28 (38),
    // 29 Mar Good Friday skipped, 1 Apr (39: Easter Monday is not a Scottish holiday), 2 Apr (40).
    ['foisa', '2024-02-05', '2024-04-02', '2024-04-03'],
    // FOIA is unchanged: 40 WD from the response (s45 Code para 5.4): from Wed 17 Jan,
    // 18-19 (2), 22-26 (7), 29 Jan-2 Feb (12), 5-9 (17), 12-16 (22), 19-23 (27), 26 Feb-1 Mar
    // (32), 4-8 (37), 11-13 (40) → Wed 13 Mar 2024.
    ['foia', '2024-01-17', '2024-03-13', '2024-03-14'],
  ])(
    '%s answered %s: a review may be asked for until %s; closed on %s',
    (regime, sentOn, closes, dayAfter) => {
      const s = run(case2024(regime), TODAY, ...answered(sentOn));
      expect(deadline(s, sentOn, 'review-request-window')).toBe(closes);
      expect(run(s, TODAY, { type: 'requestReview', by, on: closes }).phase).toBe('internal_review');
      expect(rejection(s, TODAY, { type: 'requestReview', by, on: dayAfter })).toMatch(
        /^internal review window closed on/,
      );
      // No requirement: the case closes by itself the day after the window.
      expect(tick(s, closes).phase).toBe('review_window');
      expect(tick(s, dayAfter)).toMatchObject({ phase: 'closed', endedOn: dayAfter });
    },
  );

  test('an early FOISA answer: a requirement on 20 Mar 2024 was refused before this change, and is accepted now', () => {
    const s = run(case2024('foisa'), TODAY, ...answered('2024-01-17'));
    // Cases already running keep the old rule (the workflow's patch): 40 WD from 17 Jan, 13 Mar.
    const before: RuleContext = { ...ctxFor('foisa', TODAY), legacy: { reviewWindowFromResponse: true } };
    expect(reviewRequestWindowEnd(s, before)).toBe('2024-03-13');
    const refused = decide(s, { type: 'requestReview', by, on: '2024-03-20', late: false }, before);
    expect(refused).toEqual({
      ok: false,
      reason: 'internal review window closed on Wed 13 Mar 2024 (2024-03-13)',
    });
    const now = decide(
      s,
      { type: 'requestReview', by, on: '2024-03-20', late: false },
      ctxFor('foisa', TODAY),
    );
    expect(now.ok).toBe(true);
  });
});

describe('3. FOISA s47: the Scottish Information Commissioner after a review', () => {
  test('s47(1): no application about a non-response without a requirement for review first', () => {
    expect(
      rejection(case2024('foisa'), TODAY, {
        type: 'icoComplaint',
        by,
        on: '2024-02-01',
        icoReference: 'SIC-1',
      }),
    ).toBe(
      'an application to the Scottish Information Commissioner needs a requirement for review first (FOISA s47(1)): the requester may require a review of the failure to respond (s20(1), s21(4)(c))',
    );
    // FOIA is unchanged: the ICO takes a complaint that no answer came (s50) without a review.
    const foia = run(case2024('foia'), TODAY, {
      type: 'icoComplaint',
      by,
      on: '2024-02-01',
      icoReference: 'IC-1',
    });
    expect(foia.ico).toMatchObject({ aboutNonResponse: true });
  });

  test('cases already running keep the rule their history was made with (the workflow patch)', () => {
    const before: RuleContext = { ...ctxFor('foisa', TODAY), legacy: { foisaComplaintWithoutReview: true } };
    const command = { type: 'icoComplaint', by, on: '2024-02-01', icoReference: 'SIC-1' } as const;
    expect(decide(case2024('foisa'), command, before).ok).toBe(true);
  });

  test('s47(1)(b): after a review of the non-response not answered within s21(1)’s 20 WD', () => {
    // Requirement Thu 1 Feb 2024; review due Thu 29 Feb (20 WD); the application from Fri 1 Mar.
    const s = run(case2024('foisa'), TODAY, { type: 'requestReview', by, on: '2024-02-01' });
    expect(rejection(s, TODAY, { type: 'icoComplaint', by, on: '2024-02-29', icoReference: 'SIC-1' })).toBe(
      'the internal review is still within its time; the Scottish Information Commissioner takes a complaint after 20 working days (from Fri 1 Mar 2024 (2024-03-01))',
    );
    const applied = run(s, TODAY, { type: 'icoComplaint', by, on: '2024-03-01', icoReference: 'SIC-1' });
    expect(applied.ico).toMatchObject({ complaintOn: '2024-03-01', aboutNonResponse: true });
    // The answer and the review are both still owed.
    expect(applied.phase).toBe('in_progress');
    expect(keys(applied, '2024-03-01')).toEqual(['response', 'review']);
  });

  test('s47(4)(b): six months from the end of the s21(1) time when the review is never answered', () => {
    // A response on time, Wed 31 Jan 2024; requirement for review Fri 2 Feb; 20 WD: 5-9 Feb (5),
    // 12-16 (10), 19-23 (15), 26 Feb-1 Mar (20) → Fri 1 Mar 2024. Six months later: Sun 1 Sep 2024.
    const s = run(case2024('foisa'), TODAY, ...answered('2024-01-31'), {
      type: 'requestReview',
      by,
      on: '2024-02-02',
    });
    expect(s.review?.due).toBe('2024-03-01');
    // Not shown while the review is still in time...
    expect(keys(s, '2024-03-01')).toEqual(['review']);
    // ...and from the day after it was due, in the status like the other windows.
    const status = caseStatus(s, ctxFor('foisa', '2024-03-04'));
    expect(status.deadlines.map((d) => [d.key, d.due, d.label])).toEqual([
      ['review', '2024-03-01', 'internal review'],
      [
        'complaint-window',
        '2024-09-01',
        'review not answered: requester may apply to the Scottish Information Commissioner until',
      ],
    ]);
    // Gone once the application is made, or once the review is answered (then s47(4)(a) runs).
    const applied = run(s, TODAY, { type: 'icoComplaint', by, on: '2024-03-04', icoReference: 'SIC-2' });
    expect(keys(applied, '2024-03-04')).toEqual(['review']);
    const reviewed = run(s, TODAY, { type: 'completeReview', by, on: '2024-03-04', result: 'upheld' });
    // s47(4)(a): six months from the review's notice, Mon 4 Mar → Wed 4 Sep 2024.
    expect(liveDeadlines(reviewed, ctxFor('foisa', '2024-03-04'))).toMatchObject([
      { key: 'complaint-window', due: '2024-09-04' },
    ]);
  });

  test('s47(4)(b) after a review of a failure to respond that is never answered', () => {
    // Review due Thu 29 Feb 2024 (see 1.); six months on: Thu 29 Aug 2024.
    const s = run(case2024('foisa'), TODAY, { type: 'requestReview', by, on: '2024-02-01' });
    expect(deadline(s, '2024-03-01', 'complaint-window')).toBe('2024-08-29');
  });

  test('FOIA and EIR set no such time: nothing is shown', () => {
    for (const regime of ['foia', 'eir']) {
      const s = run(case2024(regime), TODAY, ...answered('2024-01-31'), {
        type: 'requestReview',
        by,
        on: '2024-02-02',
      });
      expect(keys(s, '2024-12-02')).toEqual(['review']);
    }
  });
});

describe('7. a receipt date in the future is refused at opening, like any future date', () => {
  test.each([
    ['2026-11-27', '2026-11-27', undefined],
    ['2018-05-29', '2026-11-27', undefined],
    ['2026-11-28', '2026-11-27', '2026-11-28 is in the future (today is 2026-11-27)'],
    ['2027-01-01', '2026-12-31', '2027-01-01 is in the future (today is 2026-12-31)'],
  ])('received %s, today %s → %s', (receivedOn, today, problem) => {
    expect(receiptDateProblem(receivedOn, today)).toBe(problem);
  });

  test('the same words as a command dated in the future; the shape checks leave dates to this rule', () => {
    expect(rejection(openCase(), TODAY, { type: 'assign', by, on: '2026-11-27', officer: OFFICER })).toBe(
      receiptDateProblem('2026-11-27', TODAY),
    );
    const future = { ...LETTER_CASE, receivedOn: '2999-01-01' };
    expect(openCaseSchema.safeParse(future).success).toBe(true);
    expect(checkOpenCase(future).ok).toBe(true);
  });
});
