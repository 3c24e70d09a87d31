// Internal reviews, complaints to the regulator and the late requests a closed case still
// takes, each with its dates worked by hand.
// 2024 facts: St Patrick's Day falls on a Sunday, so Mon 18 Mar is the NI substitute;
// Good Friday 29 Mar and Easter Monday 1 Apr. FOIA and EIR skip all three (s10(6), reg 2).
import { caseStatus, liveDeadlines, remindersBetween, type CommandInput } from '../../domain/lifecycle';
import { APPROVER, ctxFor, OFFICER, openCase, rejection, run, tick } from '../support/case-builder';

const by = OFFICER;
const TODAY = '2026-11-26';
const approved = (on: string): CommandInput[] => [
  { type: 'submitDraft', by, on },
  { type: 'approve', by: APPROVER, on },
];

/** The letter's case answered, reviewed (upheld) and complained of: ready for the regulator's steps. */
const withComplaint = (icoReference: string) =>
  run(
    openCase(),
    TODAY,
    ...approved('2018-06-20'),
    { type: 'recordResponse', by, on: '2018-06-26', outcome: 'disclosed-in-full' },
    { type: 'requestReview', by, on: '2018-07-02' },
    { type: 'completeReview', by, on: '2018-07-20', result: 'upheld' },
    { type: 'icoComplaint', by, on: '2018-08-01', icoReference },
  );

describe('complaints to the regulator', () => {
  test('FOISA: the Commissioner takes an application once the 20 WD review time has passed (s47(1)(b))', () => {
    // Review requested 25 Jan 2024; Scottish working days 26 Jan (1) ... 22 Feb (20).
    const s = run(
      openCase({ regime: 'foisa', receivedOn: '2024-01-03' }),
      TODAY,
      ...approved('2024-01-24'),
      { type: 'recordResponse', by, on: '2024-01-24', outcome: 'disclosed-in-full' },
      { type: 'requestReview', by, on: '2024-01-25' },
    );
    expect(
      rejection(s, TODAY, { type: 'icoComplaint', by, on: '2024-02-22', icoReference: 'SIC-1' }),
    ).toMatch(
      /still within its time; the Scottish Information Commissioner takes a complaint after 20 working days/,
    );
    expect(run(s, TODAY, { type: 'icoComplaint', by, on: '2024-02-23', icoReference: 'SIC-1' }).phase).toBe(
      'ico_complaint',
    );
  });

  test('a complaint that no response came is recorded; the response is still owed', () => {
    expect(
      rejection(openCase(), TODAY, { type: 'icoComplaint', by, on: '2018-06-26', icoReference: 'IC-1' }),
    ).toMatch(/the response is not overdue \(due Tue 26 Jun 2018/);
    let s = run(openCase(), TODAY, {
      type: 'icoComplaint',
      by,
      on: '2018-07-02',
      icoReference: 'IC-1',
      submissionDue: '2018-07-16',
    });
    expect(s.phase).toBe('in_progress');
    expect(liveDeadlines(s, ctxFor('foia', '2018-07-02')).map((d) => d.key)).toEqual([
      'response',
      'ico-submission',
    ]);
    s = run(s, TODAY, ...approved('2018-07-03'), {
      type: 'recordResponse',
      by,
      on: '2018-07-04',
      outcome: 'disclosed-in-full',
    });
    expect(s.response).toMatchObject({ late: true, workingDaysTaken: 26 });
  });

  test('a review overdue by 40 WD: the complaint is taken and the review is still owed', () => {
    // Review requested 2 Jul 2018; 40 WD: 3-6 (4), 9-11, 13 (8), 16-27 (18), 30 Jul-3 Aug (23),
    // 7-10 (27; 6th skipped), 13-24 (37), 28-30 Aug (40; 27th skipped) → complaint from 31 Aug.
    let s = run(
      openCase(),
      TODAY,
      ...approved('2018-06-20'),
      { type: 'recordResponse', by, on: '2018-06-26', outcome: 'disclosed-in-full' },
      { type: 'requestReview', by, on: '2018-07-02' },
    );
    expect(rejection(s, TODAY, { type: 'icoComplaint', by, on: '2018-08-30', icoReference: 'IC-2' })).toMatch(
      /from Fri 31 Aug 2018/,
    );
    s = run(s, TODAY, { type: 'icoComplaint', by, on: '2018-08-31', icoReference: 'IC-2' });
    expect(s.phase).toBe('ico_complaint');
    expect(liveDeadlines(s, ctxFor('foia', '2018-08-31')).map((d) => d.key)).toContain('review');
    s = run(s, TODAY, { type: 'completeReview', by, on: '2018-09-05', result: 'upheld' });
    expect(s).toMatchObject({ phase: 'ico_complaint', review: { result: 'upheld', late: true } });
  });

  test('compliance reminders stop while the authority appeals (s50(6)); a weekend date is reminded the Friday before', () => {
    // Decision Thu 30 May 2024: steps due in 35 days = Thu 4 Jul; appeal by 27 Jun.
    const decided = run(withComplaint('IC-3'), TODAY, {
      type: 'icoDecision',
      by,
      on: '2024-05-30',
      noticeReference: 'IC-3',
      result: 'complaint-upheld',
      steps: ['disclose'],
      complyBy: '2024-07-06',
    });
    const ctx = ctxFor('foia', '2024-05-30');
    const plan = (s: typeof decided) =>
      remindersBetween(s, ctx, Date.parse('2024-05-30T12:00:00Z'), Date.parse('2024-07-31T00:00:00Z')).filter(
        (r) => r.deadline === 'compliance',
      );
    // 6 Jul is a Saturday: the due-day reminder goes on Fri 5 Jul.
    expect(plan(decided).find((r) => r.key.endsWith(':due'))?.date).toBe('2024-07-05');
    const appealed = run(decided, TODAY, { type: 'appeal', by, on: '2024-06-10', appellant: 'authority' });
    expect(plan(appealed)).toEqual([]);
  });

  test('a complaint resolved informally can be closed without a decision notice', () => {
    const s = run(withComplaint('IC-4'), TODAY, {
      type: 'close',
      by,
      on: '2018-09-01',
      reason: 'resolved informally by the ICO',
    });
    expect(s).toMatchObject({ phase: 'closed', endReason: 'resolved informally by the ICO' });
  });
});

describe('internal review results', () => {
  const reviewed = () =>
    run(
      openCase(),
      TODAY,
      ...approved('2018-06-20'),
      { type: 'recordResponse', by, on: '2018-06-26', outcome: 'disclosed-in-full' },
      { type: 'requestReview', by, on: '2018-07-02' },
    );

  test('partly upheld with information to release opens a disclosure deadline; without, the ICO window', () => {
    // 16 Jul + 20 WD: 17-20 (4), 23-27 (9), 30 Jul-3 Aug (14), 7-10 Aug (18; 6th skipped), 13-14 Aug (20).
    expect(
      run(reviewed(), TODAY, {
        type: 'completeReview',
        by,
        on: '2018-07-16',
        result: 'partly-upheld',
        disclose: true,
      }),
    ).toMatchObject({ phase: 'in_progress', disclosureDue: '2018-08-14' });
    expect(
      run(reviewed(), TODAY, { type: 'completeReview', by, on: '2018-07-16', result: 'partly-upheld' }).phase,
    ).toBe('ico_window');
    expect(
      rejection(reviewed(), TODAY, {
        type: 'completeReview',
        by,
        on: '2018-07-16',
        result: 'upheld',
        disclose: true,
      }),
    ).toBe('an upheld review releases nothing: leave out disclose');
  });
});

describe('a case closed by a window takes late requests', () => {
  const responded = () =>
    run(openCase(), TODAY, ...approved('2018-06-20'), {
      type: 'recordResponse',
      by,
      on: '2018-06-26',
      outcome: 'disclosed-in-full',
    });
  // The FOIA review window from 26 Jun 2018 ends 23 Aug (40 WD); the case closes on 24 Aug.
  const closed = () => tick(responded(), '2018-09-10');

  test('closing marks the window and keeps the door open for three months', () => {
    const s = closed();
    expect(s).toMatchObject({ phase: 'closed', endedOn: '2018-08-24', closedWindow: 'review' });
    expect(caseStatus(s, ctxFor('foia', '2018-09-10')).lateRequestsUntil).toBe('2018-11-24');
  });

  test('a request that came in time but was entered after the closing is accepted with its date', () => {
    expect(run(closed(), '2018-09-10', { type: 'requestReview', by, on: '2018-08-23' })).toMatchObject({
      phase: 'internal_review',
      endedOn: undefined,
      closedWindow: undefined,
    });
  });

  test('a late request needs the authority to accept it as late', () => {
    expect(rejection(closed(), '2018-09-10', { type: 'requestReview', by, on: '2018-09-03' })).toBe(
      'internal review window closed on Thu 23 Aug 2018 (2018-08-23)',
    );
    expect(
      run(closed(), '2018-09-10', { type: 'requestReview', by, on: '2018-09-03', late: true }).phase,
    ).toBe('internal_review');
  });

  test('a complaint needs a review first, even after the closing', () => {
    expect(
      rejection(closed(), '2018-09-10', { type: 'icoComplaint', by, on: '2018-09-03', icoReference: 'IC-9' }),
    ).toMatch(/must first ask for an internal review \(the window closed on Thu 23 Aug 2018/);
  });

  test('a late complaint reopens a case its complaint window closed', () => {
    const icoClosed = tick(
      run(
        responded(),
        TODAY,
        { type: 'requestReview', by, on: '2018-07-02' },
        { type: 'completeReview', by, on: '2018-07-20', result: 'upheld' },
      ),
      '2018-10-01',
    );
    // Six weeks from 20 Jul is 31 Aug; closed 1 Sep.
    expect(icoClosed).toMatchObject({ phase: 'closed', endedOn: '2018-09-01', closedWindow: 'complaint' });
    expect(
      run(icoClosed, '2018-10-01', { type: 'icoComplaint', by, on: '2018-09-20', icoReference: 'IC-10' })
        .phase,
    ).toBe('ico_complaint');
  });
});
