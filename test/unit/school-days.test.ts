// The schools' time for compliance, SI 2004/3364 reg 3(2): "the twentieth working day
// following the date of receipt, disregarding any working day which ... is not a school
// day, or ... the sixtieth working day following the date of receipt, whichever occurs
// first". Dates worked by hand from a calendar: working days are FOIA's (s10(6): no
// weekends, no bank holiday in any part of the UK); school days are working days in a term.
import { formatStatus } from '../../client/status-format';
import { buildHolidayTable, WorkingDayCalendar } from '../../domain/calendar';
import { parseSchoolTerms, type SchoolTerms } from '../../domain/calendar/school-terms';
import { responseDeadline } from '../../domain/deadlines';
import { responseTimeText } from '../../domain/lifecycle/response-time';
import { applyAll, caseStatus, decide, maxExtendedDue, responseDue, timeline } from '../../domain/lifecycle';
import { getRegime } from '../../domain/regimes';
import { explainDue } from '../../web/case-page';
import { ctxFor, openCase } from '../support/case-builder';

const schools = getRegime('foia-schools');
const cal = WorkingDayCalendar.fromTable(buildHolidayTable(2026, 2028), schools.divisions);

// A school year with half-terms, a Christmas and an Easter holiday, and a long summer (the
// next year's first term starts late, on Mon 13 Sep 2027, say for building works).
export const TERMS: SchoolTerms = {
  version: 3,
  terms: parseSchoolTerms({
    terms: [
      { from: '2026-09-03', to: '2026-10-23', name: 'autumn 1' },
      // half-term Mon 26 - Fri 30 Oct 2026
      { from: '2026-11-02', to: '2026-12-18', name: 'autumn 2' },
      // Christmas holiday Sat 19 Dec 2026 - Mon 4 Jan 2027
      { from: '2027-01-05', to: '2027-02-12', name: 'spring 1' },
      { from: '2027-02-22', to: '2027-03-25', name: 'spring 2' },
      { from: '2027-04-12', to: '2027-05-28', name: 'summer 1' },
      { from: '2027-06-07', to: '2027-07-09', name: 'summer 2' },
      // summer holiday Sat 10 Jul - Sun 12 Sep 2027
      { from: '2027-09-13', to: '2027-10-22', name: 'autumn 1' },
    ],
  }),
};

const due = (receivedOn: string, terms?: SchoolTerms, extended = false) =>
  responseDeadline(cal, schools, { receivedOn, feePauses: [], extended }, terms);

test.each([
  // received, due with the terms, which limit came first, due without terms (20 WD), how worked
  [
    '2026-10-19',
    '2026-11-23',
    20,
    '2026-11-16',
    // In term with a half-term: school days Tue 20 - Fri 23 Oct (4); half-term 26-30 Oct not
    // counted; Mon 2 - Fri 6 Nov (9), 9-13 (14), 16-20 (19), Mon 23 Nov (20). The 60th working
    // day is in January. Without terms: 20-23 Oct (4), 26-30 Oct (9), 2-6 Nov (14), 9-13 (19),
    // Mon 16 Nov (20).
  ],
  [
    '2026-12-16',
    '2027-01-28',
    20,
    '2027-01-19',
    // Just before Christmas: Thu 17, Fri 18 Dec (2); the holiday is not counted; Tue 5 - Fri
    // 8 Jan (6), 11-15 (11), 18-22 (16), 25, 26, 27, Thu 28 Jan (20). Without terms: 17, 18
    // (2), 21-24 (6), Christmas Day, Mon 28 Dec (Boxing Day substitute), 29-31 (9), 1 Jan,
    // Mon 4 Jan (Scotland's 2 January substitute), 5-8 Jan (13), 11-15 (18), 18 (19), Tue 19 (20).
  ],
  [
    '2027-07-09',
    '2027-10-06',
    60,
    '2027-08-10',
    // The last day of the summer term: no school day until Mon 13 Sep, so the 20th school
    // day is Fri 8 Oct (13-17 Sep 5, 20-24 10, 27 Sep-1 Oct 15, 4-8 Oct 20). The 60th working
    // day comes first: Tue 13 - Fri 16 Jul (4; Mon 12 Jul is Northern Ireland's holiday),
    // 19-23 (9), 26-30 (14), Tue 3 - Fri 6 Aug (18; Mon 2 Aug is Scotland's), 9-13 (23),
    // 16-20 (28), 23-27 (33), Tue 31 Aug - Fri 3 Sep (37; Mon 30 Aug England's), 6-10 (42),
    // 13-17 (47), 20-24 (52), 27 Sep-1 Oct (57), Mon 4 (58), Tue 5 (59), Wed 6 Oct (60).
    // Without terms: 13-16 Jul (4), 19-23 (9), 26-30 (14), 3-6 Aug (18), Mon 9 (19), Tue 10
    // Aug (20).
  ],
])('received %s: due %s with the terms (limit: %s), %s without', (receivedOn, withTerms, limit, plain) => {
  const r = due(receivedOn, TERMS);
  expect(r.due).toBe(withTerms);
  expect(r.workingDays).toBe(limit);
  expect(due(receivedOn).due).toBe(plain);
});

test('without term dates the schools regime counts 20 working days, and status says so', () => {
  expect(due('2026-10-19').workingDays).toBe(20);
  expect(responseTimeText({ regime: schools })).toBe(
    "20 working days (no term dates configured; the schools' rule may allow longer)",
  );
  expect(responseTimeText({ regime: schools, schoolTerms: TERMS })).toBe(
    '20 school days or 60 working days, whichever is first (term dates version 3, SI 2004/3364 reg 3)',
  );
  // Other regimes need no line, and term dates change nothing for them.
  expect(responseTimeText({ regime: getRegime('foia'), schoolTerms: TERMS })).toBeUndefined();
  expect(
    responseDeadline(
      cal,
      getRegime('foia'),
      { receivedOn: '2026-10-19', feePauses: [], extended: false },
      TERMS,
    ).due,
  ).toBe('2026-11-16');
});

test('the half-term is shown as not counted in the explanation', () => {
  const skipped = due('2026-10-19', TERMS).explanation.skipped.filter((s) => s.date === '2026-10-27');
  expect(skipped).toEqual([{ date: '2026-10-27', reason: 'not a school day (between terms)' }]);
});

test('a public interest extension never ends before the statutory date', () => {
  // Received 9 Jul 2027: 40 working days (no terms counted) end Wed 8 Sep 2027 (the 60-day
  // count above reaches 42 on Fri 10 Sep, so 40 is Wed 8 Sep), before the statutory Wed
  // 6 Oct: the extension keeps 6 Oct.
  expect(due('2027-07-09', undefined, true).due).toBe('2027-09-08');
  expect(due('2027-07-09', TERMS, true).due).toBe('2027-10-06');
});

test("the web case page's counting uses the term dates in force", () => {
  const s = openCase({ regime: 'foia-schools', receivedOn: '2026-10-19' });
  const status = caseStatus(s, ctxFor('foia-schools', '2026-10-20'));
  // As worked above: Mon 23 Nov 2026 with the terms, Mon 16 Nov without.
  expect(explainDue(status, timeline(s), TERMS)?.due).toBe('2026-11-23');
  expect(explainDue(status, timeline(s))?.due).toBe('2026-11-16');
});

test('foi status prints how the response time is counted for a schools case', () => {
  const s = openCase({ regime: 'foia-schools', receivedOn: '2026-10-19' });
  const ctx = ctxFor('foia-schools', '2026-10-20');
  expect(formatStatus(caseStatus(s, ctx))).toMatch(
    /^response time: +20 working days \(no term dates configured; the schools' rule may allow longer\)$/m,
  );
  const withTerms = formatStatus(caseStatus(s, { ...ctx, schoolTerms: TERMS }));
  expect(withTerms).toMatch(/^response time: +20 school days or 60 working days, whichever is first/m);
  // Days left are working days (the half-term counts as time, not as school days): from Tue
  // 20 Oct, 21-23 Oct (3), 26-30 (8), 2-6 Nov (13), 9-13 (18), 16-20 (23), Mon 23 Nov (24).
  expect(withTerms).toMatch(/^ {2}response +Mon 23 Nov 2026 {2}24 working days left$/m);
  // A FOIA case has no such line.
  expect(formatStatus(caseStatus(openCase(), ctxFor('foia', '2018-06-01')))).not.toContain('response time');
});

describe('an extension of a schools case with term dates counts from its statutory date', () => {
  // Received Mon 19 Oct 2026: the 20th school day is Mon 23 Nov (above). The ICO's 20 more
  // working days from there: Tue 24 - Fri 27 Nov (4); Mon 30 Nov is St Andrew's Day
  // (Scotland; FOIA skips every part's holidays, s10(6)); Tue 1 - Fri 4 Dec (8), 7-11 (13),
  // 14-18 (18), Mon 21 (19), Tue 22 Dec (20).
  const ctx = { ...ctxFor('foia-schools', '2026-11-20'), schoolTerms: TERMS };
  const s = openCase({ regime: 'foia-schools', receivedOn: '2026-10-19' });
  const extend = (until?: string) =>
    decide(
      s,
      {
        type: 'extend',
        by: 'head@school.example.sch.uk',
        on: '2026-11-20',
        reason: 'public interest test',
        until,
        exemptions: [{ section: 's36(2)(b)', kind: 'qualified' }],
      },
      ctx,
    );

  test.each([
    [undefined, '2026-12-22'],
    ['2026-12-15', '2026-12-15'],
  ])('extended to %s: due %s, the date the requester was given', (until, expected) => {
    expect(maxExtendedDue(s, ctx)).toBe('2026-12-22');
    const decision = extend(until);
    if (!decision.ok) throw new Error(decision.reason);
    expect(responseDue(applyAll(s, decision.events), ctx)).toBe(expected);
  });

  test('beyond the 20 working days after the statutory date is refused', () => {
    expect(extend('2026-12-23')).toEqual({
      ok: false,
      reason:
        'Wed 23 Dec 2026 (2026-12-23) is beyond the longest extension allowed (20 working days after the time for compliance: Tue 22 Dec 2026 (2026-12-22))',
    });
  });
});
