// The rules outside the feed's years (2012-2028), worked from the statute and calendars.
import {
  buildHolidayTable,
  DIVISIONS,
  easterSunday,
  fromDayNumber,
  WorkingDayCalendar,
  type Division,
} from '../../../domain/calendar';

const datesOf = (year: number, division: Division) =>
  buildHolidayTable(year, year)
    .holidays.filter((h) => h.division === division)
    .map((h) => h.date);

describe('Easter Sunday', () => {
  test.each([
    [1818, '1818-03-22'], // earliest possible date
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'],
  ])('%i: %s', (year, date) => {
    expect(fromDayNumber(easterSunday(year))).toBe(date);
  });
});

describe('years the feed does not cover', () => {
  test('2011, England and Wales: New Year on a Saturday, royal wedding, Christmas on a Sunday', () => {
    expect(datesOf(2011, 'england-and-wales')).toEqual([
      '2011-01-03', // 1 Jan is a Saturday: Monday substitute
      '2011-04-22', // Good Friday
      '2011-04-25', // Easter Monday
      '2011-04-29', // royal wedding (one-off)
      '2011-05-02', // first Monday in May
      '2011-05-30', // last Monday in May
      '2011-08-29', // last Monday in August
      '2011-12-26', // Boxing Day on the Monday
      '2011-12-27', // Christmas Day (a Sunday) moves to Tuesday
    ]);
  });

  test('2002, Scotland: Golden Jubilee and the spring holiday moved to Tuesday 4 June', () => {
    expect(datesOf(2002, 'scotland')).toEqual([
      '2002-01-01',
      '2002-01-02',
      '2002-03-29', // Good Friday (Easter 31 March)
      '2002-05-06',
      '2002-06-03', // Golden Jubilee
      '2002-06-04', // spring holiday, moved from 27 May
      '2002-08-05', // first Monday in August
      '2002-12-25',
      '2002-12-26', // no St Andrew's Day before 2007
    ]);
  });

  test('2033, Northern Ireland (provisional): every substitute rule at once', () => {
    // 1 Jan 2033 Sat -> Mon 3; 17 Mar Thu; Easter 17 Apr; 12 Jul Tue; 25 Dec Sun.
    expect(datesOf(2033, 'northern-ireland')).toEqual([
      '2033-01-03',
      '2033-03-17',
      '2033-04-15',
      '2033-04-18',
      '2033-05-02',
      '2033-05-30',
      '2033-07-12',
      '2033-08-29',
      '2033-12-26',
      '2033-12-27',
    ]);
  });

  test('2034, Scotland: 1 Jan on a Sunday gives 2 Jan on Monday and New Year on Tuesday', () => {
    expect(datesOf(2034, 'scotland').slice(0, 2)).toEqual(['2034-01-02', '2034-01-03']);
  });

  test('any year 1900-2200 works and beyond the confirmed years is provisional', () => {
    const table = buildHolidayTable(2020, 2021);
    const cal = WorkingDayCalendar.fromTable(table, DIVISIONS);
    expect(cal.isProvisional('2028-12-31')).toBe(false);
    expect(cal.isProvisional('2029-01-01')).toBe(true);
    // Christmas Day 2199 is a Wednesday: 20 working days from Fri 13 Dec 2199 skips 25, 26
    // Dec and 1, 2 Jan 2200: Mon 16 - Tue 24 (7), Fri 27 (8), Mon 30, Tue 31 (10), Fri 3 Jan
    // (11), 6-10 Jan (16), 13-16 Jan (20).
    expect(cal.addWorkingDays('2199-12-13', 20)).toBe('2200-01-16');
    expect(cal.explain('2199-12-13', 20).provisionalYears).toEqual([2199, 2200]);
    expect(cal.addWorkingDays('1900-01-01', 1)).toBe('1900-01-03'); // 1 Jan Mon, 2 Jan Scotland
    expect(cal.workingDaysBetween('1900-01-01', '2200-12-31')).toBeGreaterThan(70_000);
  });
});
