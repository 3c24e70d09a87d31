// The lifecycle rules with dates worked by hand. 2018 calendar facts used below:
// 28 May (Mon) Spring bank holiday; 12 Jul (Thu) Battle of the Boyne, Northern Ireland;
// 6 Aug (Mon) Scotland's Summer bank holiday; 27 Aug (Mon) Summer bank holiday elsewhere.
// FOIA skips all of them: s10(6) counts bank holidays in any part of the UK.
// 2024: St Patrick's Day falls on a Sunday, so Mon 18 Mar is the NI substitute; Good Friday
// 29 Mar and Easter Monday 1 Apr. FOIA and EIR skip all three (s10(6), reg 2).
import {
  applyAll,
  caseStatus,
  liveDeadlines,
  nextTransitionDate,
  timeline,
  type CommandInput,
} from '../../domain/lifecycle';
import { ncndResponse } from '../support/example-letter';
import { APPROVER, ctxFor, OFFICER, openCase, rejection, run, tick } from '../support/case-builder';

const by = OFFICER;
const TODAY = '2026-11-26';

const respondNcnd = ncndResponse(by);

const toApproved = (on = '2018-06-20'): CommandInput[] => [
  { type: 'submitDraft', by, on },
  { type: 'approve', by: APPROVER, on },
];

describe('the example letter (received 29 May 2018, answered 26 June 2018)', () => {
  test('response due on the 20th working day, 26 June 2018', () => {
    const s = openCase();
    expect(liveDeadlines(s, ctxFor('foia', '2018-05-29'))[0]).toMatchObject({
      key: 'response',
      due: '2018-06-26',
      workingDaysLeft: 20,
    });
  });

  test('sent on 26 June: on time, 20 working days taken; review window then ICO, then closed', () => {
    let s = run(openCase(), TODAY, ...toApproved(), respondNcnd);
    expect(s.phase).toBe('review_window');
    expect(s.response).toMatchObject({ late: false, workingDaysTaken: 20, due: '2018-06-26' });
    // 20 WD from 10 Jul: 11, 13 Jul (2; 12th skipped), 16-20 (7), 23-27 (12), 30 Jul-3 Aug (17),
    // 6 Aug skipped, 7-9 Aug (20).
    s = run(s, TODAY, { type: 'requestReview', by, on: '2018-07-10' });
    expect(s.review).toMatchObject({ requestedOn: '2018-07-10', due: '2018-08-09' });
    s = run(s, TODAY, { type: 'completeReview', by, on: '2018-08-01', result: 'upheld' });
    expect(s.phase).toBe('ico_window');
    s = run(s, TODAY, { type: 'icoComplaint', by, on: '2018-08-20', icoReference: 'FS50789012' });
    s = run(s, TODAY, {
      type: 'icoDecision',
      by,
      on: '2019-03-04',
      noticeReference: 'FS50789012',
      result: 'complaint-not-upheld',
    });
    // No steps; appeal window 28 days to 1 Apr 2019; at the next wake-up the case closed as of 2 Apr.
    expect(s.phase).toBe('ico_complaint');
    s = tick(s, TODAY);
    expect(s.phase).toBe('closed');
    expect(s.endedOn).toBe('2019-04-02');
    expect(timeline(s).map((t) => t.type)).toEqual([
      'opened',
      'draftSubmitted',
      'draftApproved',
      'responseSent',
      'reviewRequested',
      'reviewCompleted',
      'icoComplaintReceived',
      'icoDecisionIssued',
      'closed',
    ]);
  });

  test('the letter\'s "two months" review window ends 26 Aug 2018 and a later request is refused with that date', () => {
    const s = run(
      openCase({ settings: { reviewRequestWindow: { unit: 'months', n: 2 } } }),
      TODAY,
      ...toApproved(),
      respondNcnd,
    );
    expect(rejection(s, TODAY, { type: 'requestReview', by, on: '2018-08-27' })).toBe(
      'internal review window closed on Sun 26 Aug 2018 (2018-08-26)',
    );
  });

  test('the FOIA default review window is 40 working days: 23 Aug 2018 (12 Jul and 6 Aug skipped)', () => {
    const s = run(openCase(), '2018-06-26', ...toApproved(), respondNcnd);
    expect(liveDeadlines(s, ctxFor('foia', '2018-06-26'))[0]).toMatchObject({
      key: 'review-request-window',
      due: '2018-08-23',
    });
    // No request: the case closes the day after the window.
    expect(nextTransitionDate(s, ctxFor('foia', '2018-06-26'))).toBe('2018-08-24');
    expect(tick(s, '2018-08-23').phase).toBe('review_window');
    expect(tick(s, '2018-08-24')).toMatchObject({ phase: 'closed', endedOn: '2018-08-24' });
  });
});

describe('clock stops', () => {
  test('clarification: its receipt is a new day 0 (s1(3)); 11 Jun 2018 + 20 WD = 9 Jul 2018', () => {
    let s = run(openCase(), TODAY, {
      type: 'requestClarification',
      by,
      on: '2018-05-31',
      question: 'Which years?',
    });
    expect(s.phase).toBe('awaiting_clarification');
    expect(caseStatus(s, ctxFor('foia', '2018-06-01')).clock).toBe('stopped: awaiting clarification');
    expect(liveDeadlines(s, ctxFor('foia', '2018-06-01')).map((d) => d.key)).toEqual(['clarification-lapse']);
    s = run(s, TODAY, { type: 'clarificationReceived', by, on: '2018-06-11' });
    expect(liveDeadlines(s, ctxFor('foia', '2018-06-11'))[0]).toMatchObject({
      key: 'response',
      due: '2018-07-09',
    });
  });

  test('fee: working days from notice to payment are disregarded (s10(2)); 5-12 Jun is 6 WD, so 4 Jul', () => {
    const s = run(
      openCase(),
      TODAY,
      { type: 'issueFeesNotice', by, on: '2018-06-05', amountPence: 4500 },
      { type: 'feePaid', by, on: '2018-06-12' },
    );
    expect(s.phase).toBe('in_progress');
    expect(liveDeadlines(s, ctxFor('foia', '2018-06-12'))[0]).toMatchObject({ due: '2018-07-04' });
  });

  test('clarification, then fee pause, then extension compose', () => {
    // Day 0 = 11 Jun; 20 WD = 9 Jul; fee 18-20 Jun pauses 3 WD → 10, 11, 13 Jul (12th skipped).
    // The 40 WD maximum from 11 Jun: 10-11, 13 Jul (23), 16-20 (28), 23-27 (33), 30 Jul-3 Aug (38),
    // 7-8 Aug (40; 6th skipped), plus the 3 paused days → 9, 10, 13 Aug.
    const s = run(
      openCase(),
      TODAY,
      { type: 'requestClarification', by, on: '2018-05-31', question: 'Which years?' },
      { type: 'clarificationReceived', by, on: '2018-06-11' },
      { type: 'issueFeesNotice', by, on: '2018-06-18', amountPence: 1200 },
      { type: 'feePaid', by, on: '2018-06-20' },
    );
    expect(liveDeadlines(s, ctxFor('foia', '2018-06-20'))[0]!.due).toBe('2018-07-13');
    const extended = run(s, TODAY, {
      type: 'extend',
      by,
      on: '2018-07-02',
      reason: 'public interest test (s36)',
      exemptions: [{ section: 's36(2)(b)', kind: 'qualified' }],
    });
    expect(extended.phase).toBe('extended');
    expect(liveDeadlines(extended, ctxFor('foia', '2018-07-02'))[0]).toMatchObject({
      label: 'response (extended)',
      due: '2018-08-13',
    });
  });

  test('an unpaid fee lapses the request three months after the notice (s9(2))', () => {
    const s = run(openCase(), '2018-06-05', {
      type: 'issueFeesNotice',
      by,
      on: '2018-06-05',
      amountPence: 4500,
    });
    expect(nextTransitionDate(s, ctxFor('foia', '2018-06-05'))).toBe('2018-09-05');
    expect(tick(s, '2018-09-04').phase).toBe('awaiting_fee');
    expect(tick(s, '2018-09-05')).toMatchObject({ phase: 'lapsed', endedOn: '2018-09-05' });
  });

  test('a clarification that never comes lapses the day after three months', () => {
    const s = run(openCase(), '2018-05-31', {
      type: 'requestClarification',
      by,
      on: '2018-05-31',
      question: 'Which years?',
    });
    // The period ends on 31 Aug: a clarification that day still counts; on 1 Sep the request lapses.
    expect(run(s, '2018-08-31', { type: 'clarificationReceived', by, on: '2018-08-31' }).phase).toBe(
      'in_progress',
    );
    expect(tick(s, '2018-08-31').phase).toBe('awaiting_clarification');
    expect(tick(s, '2018-09-01')).toMatchObject({ phase: 'lapsed', endedOn: '2018-09-01' });
    expect(rejection(s, '2018-09-03', { type: 'clarificationReceived', by, on: '2018-09-01' })).toBe(
      'the request lapsed on Sat 1 Sep 2018 (2018-09-01) without clarification',
    );
  });
});

describe('extension, approval and lateness', () => {
  test('public interest extension to the ICO maximum of 40 WD: 25 Jul 2018', () => {
    // 40 WD from 29 May: 20 = 26 Jun; 27-29 Jun (23), 2-6 Jul (28), 9-11, 13 (32), 16-20 (37), 23-25 Jul (40).
    const s = run(openCase(), TODAY, {
      type: 'extend',
      by,
      on: '2018-06-20',
      reason: 'public interest test',
      exemptions: [{ section: 's31(3)', kind: 'qualified' }],
    });
    expect(liveDeadlines(s, ctxFor('foia', '2018-06-20'))[0]!.due).toBe('2018-07-25');
    // s10(3) is for a qualified exemption's public interest test: one must be named.
    expect(rejection(openCase(), TODAY, { type: 'extend', by, on: '2018-06-20', reason: 'busy' })).toMatch(
      /a public interest extension is for a qualified exemption under consideration/,
    );
    expect(
      rejection(openCase(), TODAY, {
        type: 'extend',
        by,
        on: '2018-06-20',
        reason: 'x',
        exemptions: [{ section: 's41', kind: 'absolute' }],
      }),
    ).toBe(
      's41 is an absolute exemption: there is no public interest test to extend for; an extension needs a qualified exemption under consideration (s2(3), s10(3))',
    );
    const answered = run(s, TODAY, ...toApproved('2018-07-20'), { ...respondNcnd, on: '2018-07-25' });
    expect(answered.response).toMatchObject({ late: false, due: '2018-07-25', workingDaysTaken: 40 });
  });

  test('an extension notice after the 20th working day is refused (s17(2))', () => {
    expect(rejection(openCase(), TODAY, { type: 'extend', by, on: '2018-06-27', reason: 'late' })).toBe(
      'an extension notice must be sent within the 20 working days, by Tue 26 Jun 2018 (2018-06-26)',
    );
  });

  test('FOISA has no public interest extension', () => {
    expect(
      rejection(openCase({ regime: 'foisa' }), TODAY, { type: 'extend', by, on: '2018-06-01', reason: 'x' }),
    ).toMatch(/allows no extension of the 20 working days/);
  });

  test('a draft returned and resubmitted, then approved by someone else', () => {
    let s = run(openCase(), TODAY, { type: 'submitDraft', by, on: '2018-06-18' });
    expect(rejection(s, TODAY, { type: 'approve', by, on: '2018-06-18' })).toMatch(
      /another person must sign it off/,
    );
    s = run(s, TODAY, {
      type: 'returnDraft',
      by: APPROVER,
      on: '2018-06-19',
      comment: 'cite s31(3) as well',
    });
    expect(s.phase).toBe('in_progress');
    expect(rejection(s, TODAY, respondNcnd)).toBe(
      'cannot record a response: the draft has not been approved',
    );
    s = run(s, TODAY, ...toApproved('2018-06-21'), respondNcnd);
    expect(s.phase).toBe('review_window');
    expect(timeline(s).find((t) => t.type === 'draftReturned')?.text).toBe(
      'draft returned: cite s31(3) as well',
    );
  });

  test('a response after the deadline is recorded as late', () => {
    const s = run(openCase(), TODAY, ...toApproved(), { ...respondNcnd, on: '2018-06-28' });
    expect(s.response).toMatchObject({ late: true, workingDaysTaken: 22 });
  });

  test('withdrawal mid-way ends the case', () => {
    const s = run(
      openCase(),
      TODAY,
      { type: 'submitDraft', by, on: '2018-06-18' },
      { type: 'withdraw', by, on: '2018-06-19', reason: 'requester no longer needs it' },
    );
    expect(s).toMatchObject({ phase: 'withdrawn', endedOn: '2018-06-19' });
  });

  test('an overturned review re-opens a disclosure deadline of 20 WD', () => {
    let s = run(openCase(), TODAY, ...toApproved(), respondNcnd, {
      type: 'requestReview',
      by,
      on: '2018-07-02',
    });
    // 2 Jul + 20 WD: 3-6 Jul (4), 9-11, 13 (8), 16-20 (13), 23-27 (18), 30-31 Jul (20).
    expect(s.review?.due).toBe('2018-07-31');
    s = run(s, TODAY, { type: 'completeReview', by, on: '2018-07-16', result: 'overturned' });
    // 16 Jul + 20 WD: 17-20 (4), 23-27 (9), 30 Jul-3 Aug (14), 6 Aug skipped, 7-10 (18), 13-14 Aug (20).
    expect(s).toMatchObject({ phase: 'in_progress', disclosureDue: '2018-08-14' });
    s = run(s, TODAY, ...toApproved('2018-08-01'), {
      type: 'recordResponse',
      by,
      on: '2018-08-02',
      outcome: 'disclosed-in-full',
    });
    expect(s.phase).toBe('ico_window');
    expect(s.response?.outcome).toBe('neither-confirm-nor-deny'); // the original answer stays on record
  });
});

describe('invalid commands are rejected with their reason and change nothing', () => {
  const fresh = openCase();
  const responded = run(openCase(), TODAY, ...toApproved(), respondNcnd);
  const cases: [string, ReturnType<typeof openCase>, Parameters<typeof rejection>[2], RegExp | string][] = [
    [
      'approve with no draft',
      fresh,
      { type: 'approve', by: APPROVER, on: '2018-06-01' },
      /no draft is awaiting approval/,
    ],
    [
      'respond without approval',
      fresh,
      respondNcnd,
      'cannot record a response: the draft has not been approved',
    ],
    [
      'fee paid with no notice',
      fresh,
      { type: 'feePaid', by, on: '2018-06-01' },
      /cannot record a fee as paid while the case is in progress/,
    ],
    [
      'clarification received unasked',
      fresh,
      { type: 'clarificationReceived', by, on: '2018-06-01' },
      /cannot record a clarification/,
    ],
    [
      'future date',
      fresh,
      { type: 'submitDraft', by, on: '2026-12-25' },
      '2026-12-25 is in the future (today is 2026-11-26)',
    ],
    [
      'date before the last step',
      responded,
      { type: 'requestReview', by, on: '2018-06-01' },
      /last recorded step was on 2018-06-26/,
    ],
    [
      'review before a response',
      fresh,
      { type: 'requestReview', by, on: '2018-06-01' },
      /cannot record a request for internal review/,
    ],
    [
      'second response',
      responded,
      respondNcnd,
      'a response was already recorded on Tue 26 Jun 2018 (2018-06-26)',
    ],
    [
      'ICO complaint before review',
      responded,
      { type: 'icoComplaint', by, on: '2018-07-01', icoReference: 'X' },
      /must first ask for an internal review/,
    ],
    [
      'decision without complaint',
      responded,
      { type: 'icoDecision', by, on: '2018-07-01', noticeReference: 'X', result: 'complaint-upheld' },
      /cannot record a decision notice/,
    ],
    [
      'extend after response',
      responded,
      { type: 'extend', by, on: '2018-06-27', reason: 'x' },
      /cannot extend the deadline while the case is responded/,
    ],
  ];
  test.each(cases)('%s', (_name, state, command, reason) => {
    const before = JSON.stringify(state);
    const got = rejection(state, TODAY, command);
    if (typeof reason === 'string') expect(got).toBe(reason);
    else expect(got).toMatch(reason);
    expect(JSON.stringify(state)).toBe(before);
  });

  test('refusals must carry what s17 requires', () => {
    const s = run(openCase(), TODAY, ...toApproved());
    expect(rejection(s, TODAY, { ...respondNcnd, exemptions: [] })).toMatch(
      /must cite at least one exemption/,
    );
    expect(rejection(s, TODAY, { ...respondNcnd, refusalNoticeComplete: false })).toMatch(
      /right to complain \(FOIA s17\)/,
    );
    expect(rejection(s, TODAY, { ...respondNcnd, publicInterestTest: false })).toMatch(
      /needs a public interest test/,
    );
    expect(
      rejection(s, TODAY, { ...respondNcnd, exemptions: [{ section: 's41', kind: 'qualified' }] }),
    ).toMatch(/absolute exemption/);
    expect(
      rejection(s, TODAY, { ...respondNcnd, exemptions: [{ section: 's99', kind: 'qualified' }] }),
    ).toMatch(/not an exemption under FOIA/);
  });
});

describe('fees', () => {
  test('a fee paid after the three months does not restart the clock (s9(2), s10(2))', () => {
    const s = run(openCase({ receivedOn: '2024-01-02' }), TODAY, {
      type: 'issueFeesNotice',
      by,
      on: '2024-01-10',
      amountPence: 900,
    });
    expect(rejection(s, TODAY, { type: 'feePaid', by, on: '2024-04-20' })).toBe(
      'the fee was not paid in time: the request lapsed on Wed 10 Apr 2024 (2024-04-10)',
    );
    expect(run(s, TODAY, { type: 'feePaid', by, on: '2024-04-09' }).phase).toBe('in_progress');
  });

  test('EIR: an advance charge lapses the day after the 60th working day (reg 8(5))', () => {
    // From 10 Jan: 11-12 (2), 15 Jan-15 Mar (47), 18 Mar skipped, 19-28 Mar (55), 29 Mar and
    // 1 Apr skipped, 2-5 Apr (59), 8 Apr (60). The request lapses on 9 Apr.
    const s = run(openCase({ regime: 'eir', receivedOn: '2024-01-02' }), TODAY, {
      type: 'issueFeesNotice',
      by,
      on: '2024-01-10',
      amountPence: 900,
    });
    expect(tick(s, '2024-04-08').phase).toBe('awaiting_fee');
    expect(tick(s, '2024-04-09')).toMatchObject({ phase: 'lapsed', endedOn: '2024-04-09' });
  });

  test('EIR: a charge paid after an extension moves the extended date too (reg 8(6))', () => {
    // Received Mon 8 Jan; 40 WD = Mon 4 Mar. Charge notified 22 Jan, paid 19 Feb: 21 WD
    // disregarded → 5-8 Mar (4), 11-15 (9), 19-22 (13; 18th skipped), 25-28 (17), 2-5 Apr (21).
    const s = run(
      openCase({ regime: 'eir', receivedOn: '2024-01-08' }),
      TODAY,
      { type: 'extend', by, on: '2024-01-15', reason: 'complex and voluminous' },
      { type: 'issueFeesNotice', by, on: '2024-01-22', amountPence: 900 },
      { type: 'feePaid', by, on: '2024-02-19' },
    );
    expect(liveDeadlines(s, ctxFor('eir', '2024-02-19'))[0]).toMatchObject({
      key: 'response',
      due: '2024-04-05',
    });
  });

  test('a clarified request may have its own fees notice', () => {
    const s = run(
      openCase(),
      TODAY,
      { type: 'issueFeesNotice', by, on: '2018-05-30', amountPence: 900 },
      { type: 'feePaid', by, on: '2018-05-31' },
      { type: 'requestClarification', by, on: '2018-06-01', question: 'Which years?' },
      { type: 'clarificationReceived', by, on: '2018-06-04' },
      { type: 'issueFeesNotice', by, on: '2018-06-05', amountPence: 1200 },
    );
    expect(s.phase).toBe('awaiting_fee');
  });
});

describe('responses', () => {
  test('EIR "not held" and "manifestly unreasonable" are exceptions with a refusal notice (reg 12(4), reg 14)', () => {
    const s = run(openCase({ regime: 'eir' }), TODAY, ...toApproved('2018-06-20'));
    expect(
      rejection(s, TODAY, { type: 'recordResponse', by, on: '2018-06-26', outcome: 'not-held' }),
    ).toMatch(/must cite the exception relied on/);
    expect(
      rejection(s, TODAY, {
        type: 'recordResponse',
        by,
        on: '2018-06-26',
        outcome: 'cost-limit',
        exemptions: [{ section: 'reg 12(4)(b)', kind: 'qualified' }],
        refusalNoticeComplete: true,
      }),
    ).toMatch(/needs a public interest test/);
    const answered = run(s, TODAY, {
      type: 'recordResponse',
      by,
      on: '2018-06-26',
      outcome: 'not-held',
      exemptions: [{ section: 'Regulation 12(4)(a)', kind: 'qualified' }],
      publicInterestTest: true,
      refusalNoticeComplete: true,
    });
    expect(answered.response?.outcome).toBe('not-held');
  });

  test('citations as letters write them ("Section 24(2)") are understood', () => {
    const s = run(openCase(), TODAY, ...toApproved('2018-06-20'), {
      type: 'recordResponse',
      by,
      on: '2018-06-26',
      outcome: 'neither-confirm-nor-deny',
      exemptions: [
        { section: 'Section 24(2)', kind: 'qualified' },
        { section: 's.31(3)', kind: 'qualified' },
      ],
      publicInterestTest: true,
      refusalNoticeComplete: true,
    });
    expect(s.phase).toBe('review_window');
  });

  test('with the next-working-day receipt rule, days taken count from that day', () => {
    // Received Sat 6 Jan 2024 → day 0 Mon 8 Jan; 20 WD = Mon 5 Feb.
    const s = run(
      openCase({ receivedOn: '2024-01-06', settings: { receiptRule: 'next-working-day' } }),
      TODAY,
      ...toApproved('2024-02-01'),
      {
        type: 'recordResponse',
        by,
        on: '2024-02-05',
        outcome: 'disclosed-in-full',
      },
    );
    expect(s.response).toMatchObject({ due: '2024-02-05', late: false, workingDaysTaken: 20 });
  });

  test('assigning an officer to an extended, unassigned case keeps it extended', () => {
    const s = run(
      openCase({ officer: undefined }),
      TODAY,
      {
        type: 'extend',
        by,
        on: '2018-06-01',
        reason: 'public interest test (s31)',
        exemptions: [{ section: 's31(1)', kind: 'qualified' }],
      },
      { type: 'assign', by, on: '2018-06-02', officer: OFFICER },
    );
    expect(s.phase).toBe('extended');
  });
});

test('a note the system adds (holiday refresh) does not block entering an earlier step', () => {
  const noted = applyAll(openCase(), [
    { type: 'holidaysRefreshed', on: '2018-06-20', by: 'system', confirmedThroughYear: 2028 },
  ]);
  expect(run(noted, TODAY, { type: 'submitDraft', by, on: '2018-06-18' }).phase).toBe('awaiting_approval');
});
