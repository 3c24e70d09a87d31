// A case's calendar counts only the years its holiday table holds (issue 13): the years come
// from the records store through an activity, never from rules compiled into the workflow,
// and a count that runs past them is refused by name rather than guessed.
import { buildHolidayTable } from '../../../domain/calendar/holiday-table';
import { WorkingDayCalendar, YearNotInTable } from '../../../domain/calendar/working-day-calendar';
import type { Division } from '../../../domain/calendar/divisions';

const UK: Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const table = buildHolidayTable(2025, 2027);
const tableOnly = WorkingDayCalendar.ofTableOnly(table, UK);
const withRules = WorkingDayCalendar.fromTable(table, UK);

type Row = [what: string, start: string, n: number, due: string];
// Worked by hand (UK: holidays of any part of the UK, FOIA s10(6)).
const inside: Row[] = [
  // Wed 1 Dec 2027: days 1-17 = 2-24 Dec; Christmas 2027 falls on a Saturday, so Mon 27
  // (Christmas substitute) and Tue 28 (Boxing Day substitute) are skipped; 18-20 = 29-31 Dec.
  ['to the last day of the table', '2027-12-01', 20, '2027-12-31'],
  // One working day back from Mon 6 Jan 2025 is Fri 3 Jan (1 and 2 Jan, Wed and Thu, are
  // holidays, 2 Jan in Scotland).
  ['back within the first year', '2025-01-06', -1, '2025-01-03'],
];

test.each(inside)('%s: %s + %i working days is %s with or without the rules', (_, start, n, due) => {
  expect(tableOnly.addWorkingDays(start, n)).toBe(due);
  expect(withRules.addWorkingDays(start, n)).toBe(due);
});

// Past the table: by the rules 1 Jan 2028 is a Saturday (substitute Mon 3 Jan) and 2 Jan a
// Sunday (Scotland's substitute Tue 4 Jan), so one working day after Fri 31 Dec 2027 is
// Wed 5 Jan 2028. The case's calendar will not say.
test('a count past the last year is refused, naming the year and the table', () => {
  expect(withRules.addWorkingDays('2027-12-31', 1)).toBe('2028-01-05');
  expect(() => tableOnly.addWorkingDays('2027-12-31', 1)).toThrow(YearNotInTable);
  expect(() => tableOnly.addWorkingDays('2027-12-31', 1)).toThrow(
    'the holiday table this count was given covers 2025-2027, not 2028',
  );
});

test('a date before the first year, or a day in a later year, is refused too', () => {
  expect(() => tableOnly.isWorkingDay('2024-12-31')).toThrow(YearNotInTable);
  expect(() => tableOnly.workingDaysBetween('2027-12-01', '2028-01-10')).toThrow(YearNotInTable);
  expect(withRules.workingDaysBetween('2027-12-01', '2028-01-10')).toBe(
    withRules.workingDaysBetween('2027-12-01', '2027-12-31') + 4, // Wed 5 to Mon 10 Jan: 5, 6, 7, 10
  );
  const refused = (() => {
    try {
      tableOnly.isWorkingDay('2031-06-02');
    } catch (err) {
      return err;
    }
  })() as YearNotInTable;
  // It names the first year missing on the way there.
  expect([refused.year, refused.table.fromYear, refused.table.toYear]).toEqual([2028, 2025, 2027]);
});

// Cases holding equal tables share one built calendar (issue 15); a different table or
// different divisions get their own, which counts by its own table.
test('equal tables share one table-only calendar; a changed table gets its own', () => {
  const copy = JSON.parse(JSON.stringify(table)) as typeof table;
  expect(WorkingDayCalendar.ofTableOnly(copy, UK)).toBe(tableOnly);
  const scotland = WorkingDayCalendar.ofTableOnly(copy, ['scotland']);
  expect(scotland).not.toBe(tableOnly);
  // Mon 12 Jul 2027 (Battle of the Boyne) is a holiday in Northern Ireland only: working in Scotland.
  expect(scotland.isWorkingDay('2027-07-12')).toBe(true);
  expect(tableOnly.isWorkingDay('2027-07-12')).toBe(false);
  // The same years with 12 July dropped (a table version that moved it) count it as working.
  const moved = {
    ...copy,
    version: (copy.version ?? 0) + 1,
    holidays: copy.holidays.filter((h) => h.date !== '2027-07-12'),
  };
  const movedCalendar = WorkingDayCalendar.ofTableOnly(moved, UK);
  expect(movedCalendar).not.toBe(tableOnly);
  expect(movedCalendar.isWorkingDay('2027-07-12')).toBe(true);
  expect(WorkingDayCalendar.ofTableOnly(table, UK).isWorkingDay('2027-07-12')).toBe(false);
});
