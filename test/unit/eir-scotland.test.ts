// The Environmental Information (Scotland) Regulations 2004 as a regime (issue 9 item 4):
// Scotland's working days (reg 2(1) with FOISA s73), 20 working days to answer (reg 5(2)(a)),
// 40 with the extension for volume and complexity (reg 7(1)), 40 working days to make
// representations (reg 16(2)) and 20 to decide on them (reg 16(4)), then the Scottish
// Information Commissioner under FOISA Part 4 as applied by reg 17. Every date is worked by
// hand below.
//
// Scottish bank holidays skipped (and the days counted that England skips):
//   2025: Mon 1 Dec (St Andrew's Day substitute; 30 Nov is a Sunday), Thu 25 Dec, Fri 26 Dec.
//   2026: Thu 1 Jan, Fri 2 Jan (2 January); Fri 3 Apr (Good Friday); Mon 4 May (Early May);
//         Mon 25 May (Spring); Mon 15 Jun (the World Cup bank holiday, Scotland only).
//         Easter Monday, 6 Apr 2026, is a working day in Scotland (not in England).
import { checkExemption } from '../../domain/exemptions';
import { liveDeadlines, regimeFamily, reviewRequestWindowEnd, type CaseState } from '../../domain/lifecycle';
import { getRegime, REGIME_IDS } from '../../domain/regimes';
import { APPROVER, ctxFor, OFFICER, openCase, rejection, run } from '../support/case-builder';

const by = OFFICER;
const TODAY = '2026-11-27';
const due = (s: CaseState, today: string, key: string) =>
  liveDeadlines(s, ctxFor(s.regime, today)).find((d) => d.key === key)?.due;
const answer = (on: string) =>
  [
    { type: 'submitDraft', by, on },
    { type: 'approve', by: APPROVER, on },
    { type: 'recordResponse', by, on, outcome: 'disclosed-in-full' },
  ] as const;

test("a regime of its own, with Scotland's calendar and the Scottish Commissioner", () => {
  expect(REGIME_IDS).toContain('eirs');
  expect(getRegime('eirs')).toMatchObject({
    title: 'Environmental Information (Scotland) Regulations 2004',
    divisions: ['scotland'],
    responseWorkingDays: 20,
    extension: { kind: 'complex-voluminous', maxTotalWorkingDays: 40 },
    reviewRequestWindow: { unit: 'working-days', n: 40 },
    reviewResponseWorkingDays: 20,
    regulator: { name: 'Scottish Information Commissioner', complaintWindow: { unit: 'months', n: 6 } },
  });
});

describe('received Wed 5 Nov 2025 (day 0)', () => {
  const received = () => openCase({ regime: 'eirs', receivedOn: '2025-11-05' });

  test('the response is due Thu 4 Dec 2025 (reg 5(2)(a))', () => {
    // Nov 6-7 (2), 10-14 (7), 17-21 (12), 24-28 (17), Mon 1 Dec skipped (St Andrew's Day
    // substitute), 2-4 Dec (20) → Thu 4 Dec. (The EIR skip it too: a holiday in any part of
    // the UK; they differ in spring, below.)
    expect(due(received(), '2025-11-05', 'response')).toBe('2025-12-04');
  });

  test('extended for volume and complexity, it is due Wed 7 Jan 2026 (reg 7(1))', () => {
    // From the 20th (4 Dec): 5 Dec (21), 8-12 (26), 15-19 (31), 22-24 (34), 25-26 Dec skipped,
    // 29-31 (37), 1-2 Jan skipped, 5-7 Jan (40) → Wed 7 Jan 2026.
    const s = run(received(), TODAY, {
      type: 'extend',
      by,
      on: '2025-11-20',
      reason: 'complex and voluminous',
    });
    expect(due(s, '2025-11-20', 'response')).toBe('2026-01-07');
    expect(s.response).toBeUndefined();
  });

  test('answered on the 20th day, the requester may make representations until Wed 4 Feb 2026 (reg 16(2))', () => {
    // 40 WD from Thu 4 Dec 2025: 5 Dec (1), 8-12 (6), 15-19 (11), 22-24 (14), 25-26 skipped,
    // 29-31 (17), 1-2 Jan skipped, 5-9 (22), 12-16 (27), 19-23 (32), 26-30 (37), 2-4 Feb (40).
    const s = run(received(), TODAY, ...answer('2025-12-04'));
    expect(s.response).toMatchObject({ due: '2025-12-04', late: false });
    expect(reviewRequestWindowEnd(s, ctxFor('eirs', TODAY))).toBe('2026-02-04');
    expect(run(s, TODAY, { type: 'requestReview', by, on: '2026-02-04' }).review?.requestedOn).toBe(
      '2026-02-04',
    );
    expect(rejection(s, TODAY, { type: 'requestReview', by, on: '2026-02-05' })).toBe(
      'internal review window closed on Wed 4 Feb 2026 (2026-02-04)',
    );
  });
});

describe('received Wed 1 Apr 2026 (day 0)', () => {
  const received = () => openCase({ regime: 'eirs', receivedOn: '2026-04-01' });

  test('due Thu 30 Apr 2026, Easter Monday counted; 40 days with the extension: Mon 1 Jun 2026', () => {
    // 2 Apr (1), 3 Apr skipped (Good Friday), 6-10 (6; Easter Monday counts), 13-17 (11),
    // 20-24 (16), 27-30 (20) → Thu 30 Apr. Under the EIR Easter Monday is skipped: Fri 1 May.
    expect(due(received(), '2026-04-01', 'response')).toBe('2026-04-30');
    expect(due(openCase({ regime: 'eir', receivedOn: '2026-04-01' }), '2026-04-01', 'response')).toBe(
      '2026-05-01',
    );
    // From the 20th: 1 May (21), 4 May skipped, 5-8 (25), 11-15 (30), 18-22 (35), 25 May
    // skipped, 26-29 (39), Mon 1 Jun (40).
    const s = run(received(), TODAY, {
      type: 'extend',
      by,
      on: '2026-04-10',
      reason: 'complex and voluminous',
    });
    expect(due(s, '2026-04-10', 'response')).toBe('2026-06-01');
  });

  test('answered Thu 30 Apr: representations until Tue 30 Jun 2026; required Mon 29 Jun, decided by Mon 27 Jul (reg 16(4))', () => {
    // Window, 40 WD from 30 Apr: 1 May (1), 4 May skipped, 5-8 (5), 11-15 (10), 18-22 (15),
    // 25 May skipped, 26-29 (19), 1-5 Jun (24), 8-12 (29), 15 Jun skipped (Scotland's World
    // Cup bank holiday), 16-19 (33), 22-26 (38), 29-30 (40) → Tue 30 Jun.
    const s = run(received(), TODAY, ...answer('2026-04-30'));
    expect(due(s, '2026-04-30', 'review-request-window')).toBe('2026-06-30');
    // Review, 20 WD from Mon 29 Jun: 30 Jun (1), 1-3 Jul (4), 6-10 (9), 13-17 (14), 20-24 (19),
    // Mon 27 Jul (20); no Scottish holiday falls in it (the Summer bank holiday is 3 Aug).
    const reviewed = run(s, TODAY, { type: 'requestReview', by, on: '2026-06-29' });
    expect(reviewed.review).toMatchObject({ requestedOn: '2026-06-29', due: '2026-07-27' });
    // reg 16 gives no extension of the review.
    expect(rejection(reviewed, TODAY, { type: 'extendReview', by, on: '2026-07-01', reason: 'x' })).toBe(
      'Environmental Information (Scotland) Regulations 2004 fixes the review at 20 working days, with no extension',
    );
  });
});

describe('then the Scottish Commissioner (reg 17 applies FOISA Part 4)', () => {
  test('no application about a missed deadline without a requirement for review first (FOISA s47(1))', () => {
    // Received Wed 5 Nov 2025, due Thu 4 Dec 2025: on Mon 8 Dec the response is overdue.
    const s = openCase({ regime: 'eirs', receivedOn: '2025-11-05' });
    expect(rejection(s, TODAY, { type: 'icoComplaint', by, on: '2025-12-08', icoReference: 'IR-1' })).toMatch(
      /^an application to the Scottish Information Commissioner needs a requirement for review first \(FOISA s47\(1\)\)/,
    );
  });

  test("its exceptions are regs 10 and 11, not the EIR's 12 and 13", () => {
    expect(regimeFamily('eirs')).toBe('eirs');
    expect(checkExemption('eirs', { section: 'reg 10(5)(b)', kind: 'qualified' })).toBeUndefined();
    expect(checkExemption('eirs', { section: 'Regulation 10(4)(a)', kind: 'qualified' })).toBeUndefined();
    expect(checkExemption('eirs', { section: 'reg 11(2)', kind: 'absolute' })).toBeUndefined();
    expect(checkExemption('eirs', { section: 'reg 12(5)(b)', kind: 'qualified' })).toMatch(
      /is not an exemption/,
    );
    const s = run(
      openCase({ regime: 'eirs', receivedOn: '2025-11-05' }),
      TODAY,
      { type: 'submitDraft', by, on: '2025-12-01' },
      { type: 'approve', by: APPROVER, on: '2025-12-01' },
    );
    expect(
      rejection(s, TODAY, { type: 'recordResponse', by, on: '2025-12-02', outcome: 'not-held' }),
    ).toMatch(/under the EIR\(S\) must cite the exception relied on \(reg 10/);
  });
});
