// Properties of working-day counting, over receipts from 1900 to 2200, checked with
// fast-check against a plain day-by-day oracle built from the same holiday table.
import fc from 'fast-check';
import {
  buildHolidayTable,
  dayNumberOf,
  DIVISIONS,
  fromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
  WorkingDayCalendar,
  type DateRange,
  type Division,
} from '../../../domain/calendar';

const table = buildHolidayTable(1900, 2202); // 300 working days past 2200 end in 2202
const calendars: [string, WorkingDayCalendar, Set<number>][] = (
  [
    ['FOIA/EIR', DIVISIONS],
    ['FOISA', ['scotland']],
  ] as [string, readonly Division[]][]
).map(([name, divisions]) => [
  name,
  // A small table, so that most of the range is reached by extending from the rules.
  WorkingDayCalendar.fromTable(buildHolidayTable(2018, 2019), divisions),
  new Set(table.holidays.filter((h) => divisions.includes(h.division)).map((h) => toDayNumber(h.date))),
]);

const first = dayNumberOf(1900, 1, 1);
const last = dayNumberOf(2200, 12, 31);
const day = fc.integer({ min: first, max: last });
const date = day.map(fromDayNumber);
const count = fc.integer({ min: 0, max: 300 });

function oracle(
  holidays: Set<number>,
  start: number,
  n: number,
  paused: (d: number) => boolean = () => false,
): number {
  let d = start;
  for (let k = 0; k < n;) {
    d++;
    const w = weekdayOfDayNumber(d);
    if (w !== 0 && w !== 6 && !holidays.has(d) && !paused(d)) k++;
  }
  return d;
}

describe.each(calendars)('%s', (_name, cal, holidays) => {
  test('every due date is a working day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 300 }), (d, n) =>
        cal.isWorkingDay(cal.addWorkingDays(d, n)),
      ),
    );
  });

  test('a later receipt never gives an earlier due date', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), count, (a, gap, n) => {
        return cal.addWorkingDays(fromDayNumber(a), n) <= cal.addWorkingDays(fromDayNumber(a + gap), n);
      }),
    );
  });

  test('adding a then b working days is adding a + b', () => {
    fc.assert(
      fc.property(
        date,
        count,
        count,
        (d, a, b) => cal.addWorkingDays(cal.addWorkingDays(d, a), b) === cal.addWorkingDays(d, a + b),
      ),
    );
  });

  test('the index agrees with a day-by-day loop', () => {
    fc.assert(
      fc.property(
        day,
        count,
        (s, n) => toDayNumber(cal.addWorkingDays(fromDayNumber(s), n)) === oracle(holidays, s, n),
      ),
    );
  });

  test('workingDaysBetween undoes addWorkingDays and is antisymmetric', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const due = cal.addWorkingDays(d, n);
        return cal.workingDaysBetween(d, due) === n && cal.workingDaysBetween(due, d) === -n;
      }),
    );
  });

  test('counting back from a working day undoes counting forward', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 300 }), count, (d, a, b) => {
        const w = cal.addWorkingDays(d, a); // a working day
        return cal.addWorkingDays(cal.addWorkingDays(w, b), -b) === w;
      }),
    );
  });

  test('clock stops: the working days inside pauses are not counted', () => {
    const pause = fc.tuple(fc.integer({ min: -5, max: 200 }), fc.integer({ min: 0, max: 30 }));
    fc.assert(
      fc.property(day, count, fc.array(pause, { maxLength: 4 }), (s, n, raw) => {
        const ranges = raw.map(([offset, length]) => [s + offset, s + offset + length] as const);
        const pauses: DateRange[] = ranges.map(([f, t]) => ({
          from: fromDayNumber(f),
          to: fromDayNumber(t),
        }));
        const inPause = (d: number) => ranges.some(([f, t]) => d >= f && d <= t);
        return (
          toDayNumber(cal.addWorkingDays(fromDayNumber(s), n, pauses)) === oracle(holidays, s, n, inPause)
        );
      }),
    );
  });

  test('explain counts exactly n days and skips the rest', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 60 }), (d, n) => {
        const e = cal.explain(d, n);
        const span = toDayNumber(e.due) - toDayNumber(d);
        return (
          e.counted.length === n &&
          e.counted.length + e.skipped.length === span &&
          e.due === cal.addWorkingDays(d, n)
        );
      }),
    );
  });
});
