// Date primitives: ISO strings at the edge, day numbers inside.
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  compareDates,
  dayNumberOf,
  dayOfWeek,
  formatLongDate,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
} from '../../../domain/calendar';

describe('isIsoDate', () => {
  test.each(['2018-05-29', '2024-02-29', '2000-02-29', '1900-01-01', '2200-12-31'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });
  test.each([
    '2018-02-30', // no 30 February
    '2023-02-29', // 2023 is not a leap year
    '1900-02-29', // 1900 is not a leap year (divisible by 100, not 400)
    '2018-13-01',
    '2018-00-10',
    '2018-04-31',
    '29/05/2018',
    '2018-5-29',
    '2018-05-29T00:00:00Z',
    ' 2018-05-29',
    '20180529',
    '',
  ])('rejects %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });
});

describe('arithmetic', () => {
  test('day numbers agree with Date.UTC', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2018-05-29')).toBe(Date.UTC(2018, 4, 29) / 86_400_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(dayNumberOf(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
        },
      ),
    );
  });

  test('fromDayNumber inverts toDayNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 200_000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
        expect(fromDayNumber(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  test.each([
    ['2018-05-29', 1, '2018-05-30'],
    ['2018-12-31', 1, '2019-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2018-06-26', 42, '2018-08-07'], // six weeks after the example letter
  ])('addDays(%s, %i) = %s', (d, n, out) => {
    expect(addDays(d, n)).toBe(out);
  });

  test.each([
    ['2018-06-26', 2, '2018-08-26'],
    ['2024-01-31', 1, '2024-02-29'], // clamped to the leap February's end
    ['2023-01-31', 1, '2023-02-28'],
    ['2018-08-31', 6, '2019-02-28'], // six months to a short February
    ['2018-03-31', -1, '2018-02-28'],
    ['2018-11-15', 3, '2019-02-15'],
  ])('addMonths(%s, %i) = %s', (d, n, out) => {
    expect(addMonths(d, n)).toBe(out);
  });

  test('compareDates, dayOfWeek, formatLongDate', () => {
    expect(compareDates('2018-05-29', '2018-06-26')).toBeLessThan(0);
    expect(compareDates('2018-06-26', '2018-06-26')).toBe(0);
    expect(compareDates('2019-01-01', '2018-12-31')).toBeGreaterThan(0);
    expect(dayOfWeek('2018-06-26')).toBe(2); // Tuesday
    expect(dayOfWeek('2018-06-03')).toBe(0); // Sunday
    expect(dayOfWeek('1970-01-01')).toBe(4); // Thursday
    expect(formatLongDate('2018-06-26')).toBe('Tue 26 Jun 2018');
    expect(formatLongDate('2018-06-04')).toBe('Mon 4 Jun 2018');
  });

  test('bad input throws a RangeError naming it', () => {
    expect(() => addDays('2018-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('29/05/2018', 1)).toThrow('"29/05/2018"');
    expect(() => addDays('2018-05-29', 1.5)).toThrow(RangeError);
  });
});
