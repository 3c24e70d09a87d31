// Response deadlines with the clock stops composed, and the regimes' numbers. Dates
// worked by hand (see working-days.test.ts for the calendar months used).
import { responseDeadline, type ResponseClock } from '../../../domain/deadlines';
import { endOfPeriod, getRegime, REGIMES, REGIME_IDS } from '../../../domain/regimes';
import { scotland, uk } from './support';

const foia = REGIMES.foia;
const clock = (c: Partial<ResponseClock> & { receivedOn: string }): ResponseClock => ({
  feePauses: [],
  extended: false,
  ...c,
});

describe('responseDeadline', () => {
  test('the example letter', () => {
    const d = responseDeadline(uk, foia, clock({ receivedOn: '2018-05-29' }));
    expect(d).toMatchObject({
      due: '2018-06-26',
      start: '2018-05-29',
      workingDays: 20,
      provisional: false,
      clockStopped: null,
    });
  });

  test('receipt rule: a Saturday receipt under the authority setting moves day 0 to Monday', () => {
    // Default (LTT47): Sat 2 June is day 0, due Fri 29 June. Setting: Mon 4 June is day 0,
    // due Mon 2 July, one working day later.
    expect(responseDeadline(uk, foia, clock({ receivedOn: '2018-06-02' })).due).toBe('2018-06-29');
    const moved = responseDeadline(
      uk,
      foia,
      clock({ receivedOn: '2018-06-02', receiptRule: 'next-working-day' }),
    );
    expect(moved).toMatchObject({ start: '2018-06-04', due: '2018-07-02' });
    // On a working day the setting changes nothing.
    expect(
      responseDeadline(uk, foia, clock({ receivedOn: '2018-05-29', receiptRule: 'next-working-day' })).due,
    ).toBe('2018-06-26');
  });

  test('extension: 40 working days for FOIA and EIR, none for FOISA', () => {
    expect(responseDeadline(uk, foia, clock({ receivedOn: '2018-05-29', extended: true })).due).toBe(
      '2018-07-25',
    );
    expect(responseDeadline(uk, REGIMES.eir, clock({ receivedOn: '2018-05-29', extended: true })).due).toBe(
      '2018-07-25',
    );
    expect(() =>
      responseDeadline(scotland, REGIMES.foisa, clock({ receivedOn: '2018-05-29', extended: true })),
    ).toThrow(/no extension/);
  });

  test('clarification: its receipt is the new day 0 (s1(3), s10(6)(b))', () => {
    // Clarified Wed 13 June 2018: day 1 Thu 14 June ... day 20 Wed 11 July.
    const d = responseDeadline(
      uk,
      foia,
      clock({ receivedOn: '2018-06-04', clarificationReceivedOn: '2018-06-13' }),
    );
    expect(d).toMatchObject({ start: '2018-06-13', due: '2018-07-11' });
  });

  test('fee pause: notice to payment, both days included, disregarded (s10(2))', () => {
    // Notice Tue 5 June, fee received Thu 7 June: 3 working days disregarded, so the 23rd
    // working day after 29 May: Fri 29 June.
    const d = responseDeadline(
      uk,
      foia,
      clock({ receivedOn: '2018-05-29', feePauses: [{ from: '2018-06-05', to: '2018-06-07' }] }),
    );
    expect(d.due).toBe('2018-06-29');
    expect(d.pauses).toEqual([
      { from: '2018-06-05', to: '2018-06-07', reason: 'clock stopped: awaiting fee' },
    ]);
    expect(d.explanation.skipped.slice(0, 5)).toEqual([
      { date: '2018-06-02', reason: 'Saturday' },
      { date: '2018-06-03', reason: 'Sunday' },
      { date: '2018-06-05', reason: 'clock stopped: awaiting fee' },
      { date: '2018-06-06', reason: 'clock stopped: awaiting fee' },
      { date: '2018-06-07', reason: 'clock stopped: awaiting fee' },
    ]);
  });

  test('a fee paid the day the notice is given still disregards that day', () => {
    // Notice and payment Tue 5 June: one day disregarded, due Wed 27 June.
    const d = responseDeadline(
      uk,
      foia,
      clock({ receivedOn: '2018-05-29', feePauses: [{ from: '2018-06-05', to: '2018-06-05' }] }),
    );
    expect(d.due).toBe('2018-06-27');
  });

  test('an unpaid fee stops the clock: no due date, and the days used so far', () => {
    // Notice Tue 5 June, unpaid: used Wed 30, Thu 31 May, Fri 1, Mon 4 June = 4; 16 left.
    const d = responseDeadline(
      uk,
      foia,
      clock({ receivedOn: '2018-05-29', feePauses: [{ from: '2018-06-05' }] }),
    );
    expect(d.due).toBeNull();
    expect(d.clockStopped).toEqual({ since: '2018-06-05', workingDaysUsed: 4, workingDaysLeft: 16 });
    expect(d.explanation.counted.map((c) => c.date)).toEqual([
      '2018-05-30',
      '2018-05-31',
      '2018-06-01',
      '2018-06-04',
    ]);
  });

  test('a fees notice after the deadline changes nothing', () => {
    const d = responseDeadline(
      uk,
      foia,
      clock({ receivedOn: '2018-05-29', feePauses: [{ from: '2018-06-27' }] }),
    );
    expect(d).toMatchObject({ due: '2018-06-26', clockStopped: null });
  });

  test('clarification, then a fee pause, then the extension, composed', () => {
    // Received Mon 4 June 2018. A fees notice 6-8 June comes before the clarification and
    // stops nothing in the new count. Clarified Wed 13 June (day 0). Fees notice Fri 15 June,
    // paid Tue 19 June: Fri 15, Mon 18, Tue 19 disregarded. Counting: Thu 14 (1), Wed 20 -
    // Fri 22 (2-4), 25-29 June (5-9), 2-6 July (10-14), 9-11 July (15-17), Thu 12 July
    // skipped (Battle of the Boyne, NI), Fri 13 (18), Mon 16 (19), Tue 17 (20): the
    // unextended date. Extended to 40: 18-20 July (21-23), 23-27 (24-28), 30, 31 July, 1-3
    // Aug (29-33), Mon 6 Aug skipped (Scotland's summer holiday), 7-10 Aug (34-37), 13-15
    // Aug (38-40): Wed 15 August.
    const base = {
      receivedOn: '2018-06-04',
      clarificationReceivedOn: '2018-06-13',
      feePauses: [
        { from: '2018-06-06', to: '2018-06-08' },
        { from: '2018-06-15', to: '2018-06-19' },
      ],
    };
    const plain = responseDeadline(uk, foia, clock(base));
    expect(plain.due).toBe('2018-07-17');
    expect(plain.pauses).toEqual([
      { from: '2018-06-15', to: '2018-06-19', reason: 'clock stopped: awaiting fee' },
    ]);
    const extended = responseDeadline(uk, foia, clock({ ...base, extended: true }));
    expect(extended.due).toBe('2018-08-15');
    expect(extended.explanation.skipped).toContainEqual({
      date: '2018-07-12',
      reason: "Battle of the Boyne (Orangemen's Day) (Northern Ireland)",
    });
    expect(extended.explanation.skipped).toContainEqual({
      date: '2018-08-06',
      reason: 'Summer bank holiday (Scotland)',
    });
    expect(extended.explanation.skipped).toContainEqual({
      date: '2018-06-18',
      reason: 'clock stopped: awaiting fee',
    });
    // FOISA on the same facts: 12 July counts, so Mon 16 July; and no extension.
    expect(responseDeadline(scotland, REGIMES.foisa, clock(base)).due).toBe('2018-07-16');
  });

  test('provisional years are reported', () => {
    const d = responseDeadline(uk, foia, clock({ receivedOn: '2030-12-20' }));
    expect(d.provisional).toBe(true);
    expect(d.explanation.provisionalYears).toEqual([2030, 2031]);
  });

  test('impossible clocks are refused', () => {
    expect(() =>
      responseDeadline(uk, foia, clock({ receivedOn: '2018-06-04', clarificationReceivedOn: '2018-06-01' })),
    ).toThrow(RangeError);
    expect(() =>
      responseDeadline(
        uk,
        foia,
        clock({ receivedOn: '2018-06-04', feePauses: [{ from: '2018-06-08', to: '2018-06-07' }] }),
      ),
    ).toThrow(RangeError);
  });
});

describe('regimes', () => {
  test('the numbers of the three laws', () => {
    expect(REGIMES.foia).toMatchObject({
      divisions: ['england-and-wales', 'scotland', 'northern-ireland'],
      responseWorkingDays: 20,
      extension: { kind: 'public-interest', maxTotalWorkingDays: 40 },
      reviewRequestWindow: { unit: 'working-days', n: 40 },
      reviewResponseWorkingDays: 20,
      reviewMaxWorkingDays: 40,
      regulator: { complaintWindow: { unit: 'weeks', n: 6 } },
      decisionComplianceCalendarDays: 35,
      tribunalAppealCalendarDays: 28,
      feeLapse: { unit: 'months', n: 3 },
      complaintAfterReviewWorkingDays: 40,
    });
    expect(REGIMES.eir).toMatchObject({
      divisions: ['england-and-wales', 'scotland', 'northern-ireland'],
      extension: { kind: 'complex-voluminous', maxTotalWorkingDays: 40 },
      reviewRequestWindow: { unit: 'working-days', n: 40 },
      reviewResponseWorkingDays: 40,
      reviewMaxWorkingDays: 40,
      feeLapse: { unit: 'working-days', n: 60 },
    });
    expect(REGIMES.foisa).toMatchObject({
      divisions: ['scotland'],
      responseWorkingDays: 20,
      extension: null,
      reviewRequestWindow: { unit: 'working-days', n: 40 },
      reviewResponseWorkingDays: 20,
      reviewMaxWorkingDays: 20,
      regulator: { name: 'Scottish Information Commissioner', complaintWindow: { unit: 'months', n: 6 } },
      feeLapse: { unit: 'months', n: 3 },
      complaintAfterReviewWorkingDays: 20,
    });
    expect(REGIMES['foia-archives'].responseWorkingDays).toBe(30);
    expect(REGIMES['foia-armed-forces'].responseWorkingDays).toBe(60);
    expect(REGIMES['foia-overseas'].responseWorkingDays).toBe(60);
    expect(REGIMES['foia-schools'].responseWorkingDays).toBe(20);
  });

  test('every regime has its own id and a calendar', () => {
    for (const id of REGIME_IDS) {
      expect(getRegime(id).id).toBe(id);
      expect(getRegime(id).divisions.length).toBeGreaterThan(0);
    }
  });

  test('an unknown regime names the known ones', () => {
    expect(() => getRegime('gdpr')).toThrow(
      'unknown regime "gdpr": use one of foia, eir, foisa, eirs, foia-schools, foia-archives, foia-armed-forces, foia-overseas',
    );
  });

  test('archives: 30 working days from the example receipt', () => {
    // 20th = Tue 26 June; 27-29 June (21-23), 2-6 July (24-28), Mon 9 (29), Tue 10 July (30).
    expect(responseDeadline(uk, REGIMES['foia-archives'], clock({ receivedOn: '2018-05-29' })).due).toBe(
      '2018-07-10',
    );
  });

  test('endOfPeriod in each unit', () => {
    expect(endOfPeriod(uk, '2018-06-26', { unit: 'working-days', n: 40 })).toBe('2018-08-23');
    expect(endOfPeriod(uk, '2018-06-26', { unit: 'calendar-days', n: 35 })).toBe('2018-07-31');
    expect(endOfPeriod(uk, '2018-06-26', { unit: 'weeks', n: 6 })).toBe('2018-08-07');
    expect(endOfPeriod(uk, '2018-06-26', { unit: 'months', n: 2 })).toBe('2018-08-26'); // the letter's "two months"
    expect(endOfPeriod(scotland, '2018-08-31', { unit: 'months', n: 6 })).toBe('2019-02-28');
  });
});
