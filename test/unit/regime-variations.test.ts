// Time-limited variations of a regime (issue 9 item 5): the Coronavirus (Scotland) Act 2020
// sch 6 paras 3-4 read FOISA's 20 working days (s10(1) to answer, s21(1) to review) as 60
// from 7 April 2020; the Coronavirus (Scotland) (No.2) Act 2020 sch 4 para 11 repealed them
// from 27 May 2020. An answer is judged by the law in force on the day it was given: 60 for
// answers given 7 April to 26 May 2020 (requests received before 7 April included), 20 for
// anything still unanswered on 27 May. Every date is worked by hand below.
//
// Scottish bank holidays of 2020 skipped (FOISA s73): Fri 10 Apr (Good Friday), Fri 8 May
// (Early May, moved for VE Day), Mon 25 May (Spring), Mon 3 Aug (Summer). Easter Monday,
// 13 Apr 2020, is a working day in Scotland.
import { regimeOn, REGIME_VARIATIONS, variationsOn } from '../../domain/regime-variations';
import { getRegime } from '../../domain/regimes';
import { caseStatus, timeline } from '../../domain/lifecycle';
import { explainDue } from '../../web/case-page';
import { APPROVER, ctxFor, OFFICER, openCase, rejection, run } from '../support/case-builder';

const by = OFFICER;
const TODAY = '2026-11-27';
const answered = (regime: string, receivedOn: string, on: string) =>
  run(
    openCase({ regime, receivedOn }),
    TODAY,
    { type: 'submitDraft', by, on },
    { type: 'approve', by: APPROVER, on },
    { type: 'recordResponse', by, on, outcome: 'disclosed-in-full' },
  ).response;

describe('the data', () => {
  test('in force 7 April to 26 May 2020 for FOISA only; the regime itself is unchanged outside it', () => {
    expect(REGIME_VARIATIONS.map((v) => [v.id, v.regime, v.from, v.to])).toEqual([
      ['coronavirus-scotland-2020', 'foisa', '2020-04-07', '2020-05-26'],
    ]);
    const foisa = getRegime('foisa');
    expect(variationsOn('foisa', '2020-04-06')).toEqual([]);
    expect(variationsOn('foisa', '2020-04-07').map((v) => v.id)).toEqual(['coronavirus-scotland-2020']);
    expect(variationsOn('foisa', '2020-05-26').map((v) => v.id)).toEqual(['coronavirus-scotland-2020']);
    expect(variationsOn('foisa', '2020-05-27')).toEqual([]);
    expect(variationsOn('foia', '2020-05-01')).toEqual([]);
    expect(regimeOn(foisa, '2020-05-27')).toBe(foisa);
    expect(regimeOn(foisa, '2020-05-01')).toMatchObject({
      id: 'foisa',
      responseWorkingDays: 60,
      reviewResponseWorkingDays: 60,
      divisions: ['scotland'],
    });
    expect(foisa.responseWorkingDays).toBe(20);
  });
});

describe('FOISA responses (s10(1) as read by the 2020 Act, sch 6 para 3)', () => {
  test.each([
    // Received Mon 20 Apr 2020, in the period. 20 WD: 21-24 Apr (4), 27-30 (8), 1 May (9),
    // 4-7 (13), 8 May skipped, 11-15 (18), 18-19 (20) → Tue 19 May. 60 WD: 20-22 May (23),
    // 25 May skipped, 26-29 (27), 1-5 Jun (32), 8-12 (37), 15-19 (42), 22-26 (47), 29 Jun-
    // 3 Jul (52), 6-10 (57), 13-15 (60) → Wed 15 Jul.
    // Answered Tue 26 May, the last day in force: 60 WD, on time.
    ['foisa', '2020-04-20', '2020-05-26', '2020-07-15', false],
    // The same request answered Wed 27 May, the day the 60 were repealed: 20 WD, late.
    ['foisa', '2020-04-20', '2020-05-27', '2020-05-19', true],
    // Received Fri 3 Apr 2020, before the Act: 20 WD: 6-9 Apr (4), 10 Apr skipped, 13-17 (9),
    // 20-24 (14), 27 Apr-1 May (19), Mon 4 May (20). Answered Wed 6 May, in the period (the
    // Act applied to requests already received): 60 WD: 5-7 May (23), 8 May skipped, 11-15
    // (28), 18-22 (33), 25 skipped, 26-29 (37), 1-5 Jun (42), 8-12 (47), 15-19 (52), 22-26
    // (57), 29 Jun-1 Jul (60) → Wed 1 Jul. On time.
    ['foisa', '2020-04-03', '2020-05-06', '2020-07-01', false],
    // Just outside: received Mon 1 Jun 2020. 20 WD: 2-5 Jun (4), 8-12 (9), 15-19 (14), 22-26
    // (19), Mon 29 Jun (20). Answered Wed 1 Jul: late (it would not have been under the 60).
    ['foisa', '2020-06-01', '2020-07-01', '2020-06-29', true],
    // FOIA is not varied: the same dates as the first row, UK-wide holidays (8 May is one
    // everywhere): Tue 19 May, so an answer on 26 May is late.
    ['foia', '2020-04-20', '2020-05-26', '2020-05-19', true],
  ])('%s: received %s, answered %s → due %s, late %s', (regime, receivedOn, on, due, late) => {
    expect(answered(regime, receivedOn, on)).toMatchObject({ sentOn: on, due, late });
  });
});

describe('FOISA reviews (s21(1) as read by the 2020 Act, sch 6 para 4)', () => {
  // Received Mon 2 Mar 2020, answered Wed 25 Mar (due Mon 30 Mar: 3-6 Mar (4), 9-13 (9),
  // 16-20 (14), 23-27 (19), 30 (20)); a review required Thu 26 Mar 2020. Its 20 WD: 27 Mar
  // (1), 30 Mar-3 Apr (6), 6-9 (10), 10 Apr skipped, 13-17 (15), 20-24 (20) → Fri 24 Apr.
  // Its 60 WD: 27 Apr-1 May (25), 4-7 (29), 8 May skipped, 11-15 (34), 18-22 (39), 25
  // skipped, 26-29 (43), 1-5 Jun (48), 8-12 (53), 15-19 (58), 22-23 (60) → Tue 23 Jun.
  const required = () =>
    run(
      openCase({ regime: 'foisa', receivedOn: '2020-03-02' }),
      TODAY,
      { type: 'submitDraft', by, on: '2020-03-25' },
      { type: 'approve', by: APPROVER, on: '2020-03-25' },
      { type: 'recordResponse', by, on: '2020-03-25', outcome: 'disclosed-in-full' },
      { type: 'requestReview', by, on: '2020-03-26' },
    );

  test('the review is fixed at 20 working days when required: due Fri 24 Apr 2020', () => {
    expect(required().review).toMatchObject({ requestedOn: '2020-03-26', due: '2020-04-24' });
  });

  test('decided Tue 26 May 2020, within the 60 then in force (due Tue 23 Jun): on time', () => {
    const s = run(required(), TODAY, { type: 'completeReview', by, on: '2020-05-26', result: 'upheld' });
    expect(s.review).toMatchObject({ completedOn: '2020-05-26', late: false });
  });

  test('decided Wed 27 May 2020, after the repeal: judged by the 20 (due Fri 24 Apr), late', () => {
    const s = run(required(), TODAY, { type: 'completeReview', by, on: '2020-05-27', result: 'upheld' });
    expect(s.review).toMatchObject({ completedOn: '2020-05-27', late: true });
  });
});

describe('every step is judged by the law of its own day (decide reads it once)', () => {
  // Received Mon 2 Mar 2020: 20 WD due Mon 30 Mar (as above). Under the 60: from 30 Mar (20),
  // 31 Mar-3 Apr (24), 6-9 (28), 10 Apr skipped, 13-17 (33), 20-24 (38), 27 Apr-1 May (43),
  // 4-7 (47), 8 May skipped, 11-15 (52), 18-22 (57), 25 skipped, 26-28 (60) → Thu 28 May.
  const unanswered = () => openCase({ regime: 'foisa', receivedOn: '2020-03-02' });

  test('a review of a failure to respond asked for Wed 15 Apr 2020 is refused: under the 60 nothing was overdue', () => {
    expect(rejection(unanswered(), TODAY, { type: 'requestReview', by, on: '2020-04-15' })).toBe(
      'cannot record a request for internal review: no response has been sent, and none is overdue yet (due Thu 28 May 2020 (2020-05-28)); a review before any response is of a failure to respond (FOISA s20(5)(a), s21(4)(c))',
    );
  });

  test('asked for Wed 27 May 2020, after the repeal, it is accepted: the 20 ran out on 30 Mar', () => {
    const s = run(unanswered(), TODAY, { type: 'requestReview', by, on: '2020-05-27' });
    expect(s.review).toMatchObject({ requestedOn: '2020-05-27', aboutNonResponse: true });
  });
});

test("the web case page's day-by-day counting uses the law of the answer's day", () => {
  // Received Mon 20 Apr 2020, answered Tue 26 May 2020 (in the period): 60 working days,
  // due Wed 15 Jul 2020, as in the responses table above.
  const on = '2020-05-26';
  const s = run(
    openCase({ regime: 'foisa', receivedOn: '2020-04-20' }),
    TODAY,
    { type: 'submitDraft', by, on },
    { type: 'approve', by: APPROVER, on },
    { type: 'recordResponse', by, on, outcome: 'disclosed-in-full' },
  );
  const explained = explainDue(caseStatus(s, ctxFor('foisa', '2020-05-27')), timeline(s));
  expect([explained?.workingDays, explained?.due]).toEqual([60, '2020-07-15']);
});
