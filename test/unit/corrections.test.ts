// Putting mistakes right (issue 9 items 8 and 9): a step recorded wrongly is reversed and
// entered again, and a case opened in error is voided. Dates worked by hand:
//   The letter's case: received Tue 29 May 2018 (day 0); 20 working days: 30 May-1 Jun (3),
//   4-8 Jun (8), 11-15 (13), 18-22 (18), 25-26 (20) → due Tue 26 Jun 2018.
//   Extended to the 40-day maximum: 27-29 Jun (23), 2-6 Jul (28), 9-11 Jul (31), Thu 12 Jul
//   skipped (Battle of the Boyne, Northern Ireland: FOIA counts every part of the UK, s10(6)),
//   13 Jul (32), 16-20 (37), 23-25 (40) → Wed 25 Jul 2018; a response on Thu 26 Jul is day 41.
import { caseStatus, liveDeadlines, responseDue, timeline, type CaseState } from '../../domain/lifecycle';
import { APPROVER, ctxFor, OFFICER, openCase, rejection, run, tick } from '../support/case-builder';
import { ncndResponse } from '../support/example-letter';

const by = OFFICER;
const TODAY = '2026-11-26';
const due = (s: CaseState) => responseDue(s, ctxFor(s.regime, TODAY));
const signedOff = (s: CaseState) =>
  run(
    s,
    TODAY,
    { type: 'submitDraft', by, on: '2018-06-20' },
    { type: 'approve', by: APPROVER, on: '2018-06-21' },
  );

describe('item 9: reversing the last step, then entering it again', () => {
  test('a response recorded on the wrong date (26 Jul for 26 Jun) is reversed and recorded in time', () => {
    const wrong = run(signedOff(openCase()), TODAY, ncndResponse(by, '2018-07-26'));
    expect(wrong.response).toMatchObject({ sentOn: '2018-07-26', late: true, due: '2018-06-26' });

    const reversed = run(wrong, TODAY, {
      type: 'reverseLastStep',
      by,
      reason: 'sent on 26 June, typed as July',
    });
    // Back where it was before the response: signed off, due Tue 26 Jun, no response.
    expect(reversed.phase).toBe('approved');
    expect(reversed.response).toBeUndefined();
    expect(due(reversed)).toBe('2018-06-26');
    // The last step that counts is the approval (21 Jun): the real date is accepted again.
    expect(reversed.lastEventOn).toBe('2018-06-21');

    const right = run(reversed, TODAY, ncndResponse(by, '2018-06-26'));
    expect(right.response).toMatchObject({ sentOn: '2018-06-26', late: false, workingDaysTaken: 20 });
    // Both the original and the correction stay in the timeline, in the order they were entered.
    const lines = timeline(right).map((t) => `${t.on} ${t.type}`);
    expect(lines.slice(-3)).toEqual([
      '2018-07-26 responseSent',
      `${TODAY} stepReversed`,
      '2018-06-26 responseSent',
    ]);
    expect(timeline(right).find((t) => t.type === 'stepReversed')?.text).toBe(
      'reversed the step of Thu 26 Jul 2018, "response sent: neither-confirm-nor-deny, citing s24(2) (qualified), s31(3) (qualified); LATE (due Tue 26 Jun 2018), 41 working days": sent on 26 June, typed as July',
    );
  });

  test('an extension reversed puts the deadline back from Wed 25 Jul to Tue 26 Jun 2018', () => {
    const extended = run(openCase(), TODAY, {
      type: 'extend',
      by,
      on: '2018-06-20',
      reason: 'public interest test',
      exemptions: [{ section: 's31(1)', kind: 'qualified' }],
    });
    expect(due(extended)).toBe('2018-07-25');
    const back = run(extended, TODAY, { type: 'reverseLastStep', by, reason: 'extended the wrong case' });
    expect(due(back)).toBe('2018-06-26');
    expect(back.phase).toBe('in_progress');
    expect(liveDeadlines(back, ctxFor('foia', '2018-06-22')).map((d) => [d.key, d.due])).toEqual([
      ['response', '2018-06-26'],
    ]);
  });

  test('reversing again takes back the step before: an assignment, then the officer named at opening returns', () => {
    const s = run(
      openCase(),
      TODAY,
      { type: 'assign', by, on: '2018-05-30', officer: 'someone.else@police.example.gov.uk' },
      { type: 'submitDraft', by, on: '2018-06-01' },
    );
    const once = run(s, TODAY, { type: 'reverseLastStep', by, reason: 'no draft yet' });
    expect(once.draft).toBeUndefined();
    expect(once.officer).toBe('someone.else@police.example.gov.uk');
    const twice = run(once, TODAY, { type: 'reverseLastStep', by, reason: 'wrong officer' });
    expect(twice.officer).toBe(OFFICER);
    expect(twice.phase).toBe('in_progress');
    expect(twice.events.map((e) => e.type)).toEqual([
      'opened',
      'assigned',
      'draftSubmitted',
      'stepReversed',
      'stepReversed',
    ]);
  });

  test.each([
    [
      'nothing recorded since opening',
      () => openCase(),
      'cannot reverse a step: nothing to reverse: no step has been recorded since the case was opened (a case opened in error can be voided)',
    ],
    [
      // Clarification asked Fri 1 Jun 2018; unanswered, its three months (the case's
      // clarificationLapse, s1(3)) end Sat 1 Sep and it lapses the day after, Sun 2 Sep: the
      // system's step follows the officer's.
      'the system acted since (the request lapsed)',
      () =>
        tick(
          run(openCase(), TODAY, {
            type: 'requestClarification',
            by,
            on: '2018-06-01',
            question: 'Which years?',
          }),
          '2018-09-10',
        ),
      "cannot reverse a step: the last step was the system's (lapsed on 2018-09-02); a step before it cannot be taken back",
    ],
    [
      'the last step ended the case (a withdrawal): its run is over',
      () => run(openCase(), TODAY, { type: 'withdraw', by, on: '2018-06-01', reason: 'requester withdrew' }),
      'cannot reverse a step: the case ended on 2018-06-01 (withdrawn) and an ending cannot be taken back; record the request again under a new reference',
    ],
  ])('refused when %s', (_what, build, reason) => {
    expect(rejection(build(), TODAY, { type: 'reverseLastStep', by, reason: 'mistake' })).toBe(reason);
  });
});

describe('item 8: voiding a case opened in error', () => {
  const voided = run(openCase(), TODAY, {
    type: 'void',
    by: 'manager@police.example.gov.uk',
    on: '2018-05-30',
    reason: 'duplicate of FOI2018/02890',
  });

  test('the case ends as voided, with who, when and why in the timeline, and no deadline left', () => {
    expect(voided.phase).toBe('voided');
    expect(voided.endedOn).toBe('2018-05-30');
    expect(voided.endReason).toBe('voided: duplicate of FOI2018/02890');
    expect(timeline(voided).slice(-1)[0]).toEqual({
      on: '2018-05-30',
      by: 'manager@police.example.gov.uk',
      type: 'voided',
      text: 'voided (opened in error): duplicate of FOI2018/02890',
    });
    expect(liveDeadlines(voided, ctxFor('foia', '2018-05-30'))).toEqual([]);
    expect(caseStatus(voided, ctxFor('foia', '2018-05-30')).phaseLabel).toBe('voided (opened in error)');
  });

  test.each([
    [
      { type: 'void', by, reason: 'again' } as const,
      'the case was already voided on Wed 30 May 2018 (2018-05-30)',
    ],
    [
      { type: 'submitDraft', by } as const,
      'cannot submit a draft: the case is voided (voided: duplicate of FOI2018/02890)',
    ],
    [{ type: 'reverseLastStep', by, reason: 'undo' } as const, 'cannot reverse a step: the case is voided'],
  ])('a voided case takes no more steps: %j', (command, reason) => {
    expect(rejection(voided, TODAY, command)).toBe(reason);
  });

  test('a case can be voided in any phase it can still change in, even after its response', () => {
    const answered = run(signedOff(openCase()), TODAY, ncndResponse(by));
    expect(answered.phase).toBe('review_window');
    expect(run(answered, TODAY, { type: 'void', by, reason: 'a test case' }).phase).toBe('voided');
  });
});
