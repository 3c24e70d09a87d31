// Due dates worked by hand on printed month calendars: the receipt is day 0, day 1 is
// the first working day after it, the 20th working day is the due date (FOIA s10(1),
// LTT47). "UK" = FOIA/EIR (holidays of any part of the UK, s10(6)); "Scot" = FOISA (s73);
// "E&W" = the England-and-Wales-only mistake, shown where it differs.
import { scotland, uk, englandOnly } from './support';

type Row = [label: string, received: string, uk: string, scot: string, ew: string];

const rows: Row[] = [
  // The example letter: received Tue 29 May 2018, answered Tue 26 June, no holidays between.
  ['example letter', '2018-05-29', '2018-06-26', '2018-06-26', '2018-06-26'],
  // Saturday receipt: Sat is day 0, Mon 4 June is day 1, Fri 29 June is day 20.
  ['receipt on a Saturday', '2018-06-02', '2018-06-29', '2018-06-29', '2018-06-29'],
  // Good Friday 19 Apr 2019 is day 0; Easter Monday 22 Apr (not in Scotland) and Mon 6 May
  // (early May) skipped: Tue 23 Apr is day 1 and Tue 21 May day 20. In Scotland Easter
  // Monday counts, so day 1 is Mon 22 Apr and day 20 Mon 20 May.
  ['receipt on Good Friday', '2019-04-19', '2019-05-21', '2019-05-20', '2019-05-21'],
  // Christmas Eve (Mon): 25, 26 Dec, 1 Jan and 2 Jan (Scotland) skipped; day 1 is Thu 27
  // Dec, day 20 Fri 25 Jan. England alone counts 2 Jan, so its day 20 is Thu 24 Jan.
  ['receipt on Christmas Eve', '2018-12-24', '2019-01-25', '2019-01-25', '2019-01-24'],
  // Christmas 2021 on a Saturday: substitutes Mon 27 (Christmas) and Tue 28 (Boxing Day);
  // 1 Jan 2022 a Saturday: Mon 3 Jan; 2 Jan a Sunday: Tue 4 Jan in Scotland. From Fri 17
  // Dec: days 1-5 = 20-24 Dec, 6-8 = 29-31 Dec, 9 = Wed 5 Jan, 20 = Thu 20 Jan.
  ['Christmas and New Year on a weekend (2021)', '2021-12-17', '2022-01-20', '2022-01-20', '2022-01-19'],
  // Christmas 2022 on a Sunday: Boxing Day Mon 26, Christmas substitute Tue 27; 1 Jan 2023 a
  // Sunday: Mon 2 Jan everywhere, Tue 3 Jan in Scotland. From Fri 23 Dec: day 1 = Wed 28.
  ['Christmas on a Sunday (2022)', '2022-12-23', '2023-01-26', '2023-01-26', '2023-01-25'],
  // Easter 2024: Good Friday 29 Mar, Easter Monday 1 Apr (not Scotland). From Wed 20 Mar.
  ['across Easter', '2024-03-20', '2024-04-19', '2024-04-18', '2024-04-19'],
  // 1 and 2 Jan 2025 (Wed, Thu) skipped; day 1 is Fri 3 Jan, day 20 Thu 30 Jan.
  ['2 January', '2024-12-31', '2025-01-30', '2025-01-30', '2025-01-29'],
  // St Andrew's Day 30 Nov 2024 is a Saturday: Scotland's substitute is Mon 2 Dec. Then
  // Christmas, Boxing Day, 1 and 2 Jan: day 20 is Fri 3 Jan 2025.
  ["St Andrew's Day on a weekend", '2024-11-29', '2025-01-03', '2025-01-03', '2024-12-31'],
  // St Patrick's Day 17 Mar 2024 is a Sunday: Northern Ireland's substitute Mon 18 Mar is a
  // non-working day for FOIA (any part of the UK) but not for FOISA.
  ["St Patrick's Day on a weekend", '2024-03-15', '2024-04-17', '2024-04-15', '2024-04-16'],
  // 12 July 2025 is a Saturday: Northern Ireland's substitute Mon 14 Jul; Scotland's summer
  // holiday Mon 4 Aug. From Fri 11 Jul: day 1 is Tue 15 Jul, day 20 Tue 12 Aug.
  ['12 July on a weekend', '2025-07-11', '2025-08-12', '2025-08-11', '2025-08-08'],
  // Both August Mondays: 4 Aug (Scotland) and 25 Aug (England, Wales, NI) 2025.
  ['both August Mondays', '2025-08-01', '2025-09-02', '2025-09-01', '2025-09-01'],
  // Royal wedding Fri 29 Apr 2011, after Good Friday 22 and Easter Monday 25 Apr, before
  // early May Mon 2 May. From Thu 21 Apr: day 1 is Tue 26 Apr, day 20 Wed 25 May.
  ['2011 royal wedding', '2011-04-21', '2011-05-25', '2011-05-24', '2011-05-25'],
  // 2012: the spring holiday moved from Mon 28 May (a working day that year) to Mon 4 June,
  // plus Tue 5 June. From Fri 25 May: day 1 is Mon 28 May, day 20 Tue 26 June.
  ['2012 Diamond Jubilee', '2012-05-25', '2012-06-26', '2012-06-26', '2012-06-26'],
  // 2020: early May moved from Mon 4 May (a working day) to Fri 8 May; spring Mon 25 May.
  ['2020 VE day move', '2020-04-30', '2020-06-01', '2020-06-01', '2020-06-01'],
  // 2022: spring holiday moved from Mon 30 May (a working day) to Thu 2 June, plus Fri 3 June.
  ['2022 Platinum Jubilee', '2022-05-27', '2022-06-28', '2022-06-28', '2022-06-28'],
  // State funeral Mon 19 Sep 2022. From Fri 16 Sep: day 1 Tue 20 Sep, day 20 Mon 17 Oct.
  ['2022 state funeral', '2022-09-16', '2022-10-17', '2022-10-17', '2022-10-17'],
  // Coronation Mon 8 May 2023, between early May (1 May) and spring (29 May) holidays.
  ['2023 coronation', '2023-04-28', '2023-05-31', '2023-05-31', '2023-05-31'],
  // Scotland-only Mon 15 June 2026 is non-working for FOIA too; so is NI's 12 July
  // substitute Mon 13 July 2026 (12 July is a Sunday). FOIA: day 20 Tue 14 Jul; FOISA counts
  // 13 July: Mon 13 Jul; E&W counts both: Fri 10 Jul.
  ['2026 Scotland-only holiday', '2026-06-12', '2026-07-14', '2026-07-13', '2026-07-10'],
];

describe('20 working days after receipt, worked by hand', () => {
  test.each(rows)('%s: received %s', (_label, received, ukDue, scotDue, ewDue) => {
    expect(uk.addWorkingDays(received, 20)).toBe(ukDue);
    expect(scotland.addWorkingDays(received, 20)).toBe(scotDue);
    expect(englandOnly.addWorkingDays(received, 20)).toBe(ewDue);
  });
});

describe('other counts, worked by hand', () => {
  test('40 working days from the example letter passes 12 July 2018 (Thursday, NI)', () => {
    // 20th = Tue 26 Jun; 21-28 = 27 Jun-6 Jul; 29-31 = 9-11 Jul; Thu 12 Jul skipped;
    // 32 = Fri 13 Jul; 33-37 = 16-20 Jul; 38-40 = 23-25 Jul.
    expect(uk.addWorkingDays('2018-05-29', 40)).toBe('2018-07-25');
  });

  test('the 40-working-day review window from the 26 June 2018 response', () => {
    // Skips Thu 12 Jul (NI) and Mon 6 Aug (Scotland): day 40 is Thu 23 Aug.
    expect(uk.addWorkingDays('2018-06-26', 40)).toBe('2018-08-23');
  });

  test('day 0 is the start itself, whatever day it is', () => {
    expect(uk.addWorkingDays('2018-06-02', 0)).toBe('2018-06-02');
    expect(uk.addWorkingDays('2018-06-02', 1)).toBe('2018-06-04');
  });

  test('counting back', () => {
    // Two working days before Mon 4 June 2018: Thu 31 May (Fri 1 June is one).
    expect(uk.addWorkingDays('2018-06-04', -2)).toBe('2018-05-31');
    // Three working days before Thu 3 Jan 2019: 2 Jan (Scotland), 1 Jan and 25-26 Dec out:
    // Mon 31 Dec (1), Fri 28 (2), Thu 27 (3).
    expect(uk.addWorkingDays('2019-01-03', -3)).toBe('2018-12-27');
  });

  test.each([
    ['2018-05-29', '2018-06-26', 20],
    ['2018-06-26', '2018-05-29', -20],
    ['2018-06-01', '2018-06-03', 0], // Fri to Sun: nothing in (Fri, Sun]
    ['2018-06-02', '2018-06-04', 1], // Sat to Mon: Monday
    ['2018-12-24', '2019-01-03', 4], // Thu 27, Fri 28, Mon 31, Thu 3
    ['2018-07-11', '2018-07-13', 1], // Thu 12 July (NI) is not counted
  ])('workingDaysBetween(%s, %s) = %i', (from, to, n) => {
    expect(uk.workingDaysBetween(from, to)).toBe(n);
  });

  test('nextWorkingDayOnOrAfter', () => {
    expect(uk.nextWorkingDayOnOrAfter('2018-06-26')).toBe('2018-06-26');
    expect(uk.nextWorkingDayOnOrAfter('2018-12-29')).toBe('2018-12-31');
    // Good Friday 2024, then Easter Monday: Tue 2 Apr; in Scotland Mon 1 Apr.
    expect(uk.nextWorkingDayOnOrAfter('2024-03-29')).toBe('2024-04-02');
    expect(scotland.nextWorkingDayOnOrAfter('2024-03-29')).toBe('2024-04-01');
  });
});

describe('why a day is not a working day', () => {
  test.each([
    ['2018-06-02', 'Saturday'],
    ['2018-06-03', 'Sunday'],
    ['2018-12-25', 'Christmas Day'],
    ['2019-04-19', 'Good Friday'],
    ['2018-11-30', "St Andrew's Day (Scotland)"],
    ['2024-12-02', "St Andrew's Day, substitute day (Scotland)"],
    ['2018-05-07', 'Early May bank holiday (England and Wales, Scotland, Northern Ireland)'],
    ['2018-07-12', "Battle of the Boyne (Orangemen's Day) (Northern Ireland)"],
    ['2021-12-27', 'Christmas Day, substitute day (England and Wales, Scotland, Northern Ireland)'],
    ['2026-06-15', 'World Cup bank holiday (Scotland)'],
    // The divisions name the same Monday differently: both are given.
    [
      '2023-01-02',
      "New Year's Day, substitute day (England and Wales, Northern Ireland); 2nd January (Scotland)",
    ],
    ['2018-08-06', 'Summer bank holiday (Scotland)'],
    ['2018-08-27', 'Summer bank holiday (England and Wales, Northern Ireland)'],
  ])('%s: %s', (date, reason) => {
    expect(uk.nonWorkingReason(date)).toBe(reason);
    expect(uk.isWorkingDay(date)).toBe(false);
  });

  test('a working day has no reason', () => {
    expect(uk.nonWorkingReason('2018-06-04')).toBeUndefined();
    expect(uk.isWorkingDay('2018-06-04')).toBe(true);
  });

  test("FOISA's calendar does not know Northern Ireland's or England's days", () => {
    expect(scotland.isWorkingDay('2018-07-12')).toBe(true);
    expect(scotland.isWorkingDay('2018-04-02')).toBe(true); // Easter Monday
    expect(scotland.nonWorkingReason('2018-01-02')).toBe('2nd January (Scotland)');
  });
});

describe('explanations', () => {
  test('the example letter, day by day', () => {
    const e = uk.explain('2018-05-29', 20);
    expect(e.due).toBe('2018-06-26');
    expect(e.counted).toHaveLength(20);
    expect(e.counted[0]).toEqual({ date: '2018-05-30', n: 1 });
    expect(e.counted[19]).toEqual({ date: '2018-06-26', n: 20 });
    expect(e.skipped).toEqual([
      { date: '2018-06-02', reason: 'Saturday' },
      { date: '2018-06-03', reason: 'Sunday' },
      { date: '2018-06-09', reason: 'Saturday' },
      { date: '2018-06-10', reason: 'Sunday' },
      { date: '2018-06-16', reason: 'Saturday' },
      { date: '2018-06-17', reason: 'Sunday' },
      { date: '2018-06-23', reason: 'Saturday' },
      { date: '2018-06-24', reason: 'Sunday' },
    ]);
    expect(e.provisionalYears).toEqual([]);
  });

  test('a stopped clock is a reason too, and a weekend inside a pause stays a weekend', () => {
    const pause = { from: '2018-06-01', to: '2018-06-04', reason: 'clock stopped: awaiting fee' };
    const e = uk.explain('2018-05-29', 20, [pause]);
    expect(e.skipped.slice(0, 4)).toEqual([
      { date: '2018-06-01', reason: 'clock stopped: awaiting fee' },
      { date: '2018-06-02', reason: 'Saturday' },
      { date: '2018-06-03', reason: 'Sunday' },
      { date: '2018-06-04', reason: 'clock stopped: awaiting fee' },
    ]);
    // Two working days disregarded: the 22nd working day after 29 May, Thu 28 June.
    expect(e.due).toBe('2018-06-28');
    expect(uk.addWorkingDays('2018-05-29', 20, [pause])).toBe('2018-06-28');
  });
});
