// Absorbing a newly proclaimed holiday: the data file's format, and merging a GOV.UK-
// format list into it (the pure half of `foi holidays import`).
import fs from 'node:fs';
import {
  buildHolidayTableFrom,
  mergeFeed,
  parseHolidayFeed,
  parseProclamations,
  PROCLAMATIONS,
  WorkingDayCalendar,
  DIVISIONS,
  type Proclamations,
} from '../../../domain/calendar';
import { feed2029 } from './fixtures';
import { FEED_FILE } from './support';

const empty: Proclamations = { source: 'test', confirmedThroughYear: 2028, holidays: [], cancellations: [] };
const ALL = ['england-and-wales', 'scotland', 'northern-ireland'];

test('the data file in the repo is valid and confirms the feed years', () => {
  // The compiled-in copy is used without validation (no zod in the workflow sandbox): check it here.
  expect(parseProclamations(PROCLAMATIONS)).toEqual(PROCLAMATIONS);
  expect(PROCLAMATIONS.confirmedThroughYear).toBe(2028);
});

test('importing the official feed adds and cancels nothing: the rules already agree', () => {
  const feed = parseHolidayFeed(JSON.parse(fs.readFileSync(FEED_FILE, 'utf8')));
  const r = mergeFeed(PROCLAMATIONS, feed, { source: 'uk-bank-holidays.json' });
  expect(r.added).toEqual([]);
  expect(r.cancelled).toEqual([]);
  expect(r.confirmedThroughYear).toEqual({ before: 2028, after: 2028 });
});

describe('a 2029 list with a moved and an extra holiday', () => {
  const result = mergeFeed(empty, parseHolidayFeed(feed2029()), { source: 'bank-holidays.json' });

  test('adds the new days, cancels the moved one, confirms 2029', () => {
    expect(result.added).toEqual([
      { date: '2029-06-04', title: 'Spring bank holiday', divisions: ALL, source: 'bank-holidays.json' },
      {
        date: '2029-06-08',
        title: 'Imaginary jubilee',
        notes: 'Extra bank holiday',
        divisions: ALL,
        source: 'bank-holidays.json',
      },
    ]);
    expect(result.cancelled).toEqual([
      { date: '2029-05-28', divisions: ALL, reason: 'not in bank-holidays.json (was Spring bank holiday)' },
    ]);
    expect(result.confirmedThroughYear).toEqual({ before: 2028, after: 2029 });
  });

  test('deadlines then follow the proclamation', () => {
    const before = WorkingDayCalendar.fromTable(buildHolidayTableFrom(empty, 2029, 2029), DIVISIONS);
    const after = WorkingDayCalendar.fromTable(buildHolidayTableFrom(result.next, 2029, 2029), DIVISIONS);
    // From Fri 25 May 2029. Rules: Mon 28 May skipped; 29 May-1 June (1-4), 4-8 June (5-9),
    // 11-15 (10-14), 18-22 (15-19), Mon 25 June (20). Proclamation: Mon 28 May counts (1),
    // 29 May-1 June (2-5), Mon 4 and Fri 8 June skipped, 5-7 June (6-8), 11-15 (9-13),
    // 18-22 (14-18), Mon 25 (19), Tue 26 June (20).
    expect(before.addWorkingDays('2029-05-25', 20)).toBe('2029-06-25');
    expect(after.addWorkingDays('2029-05-25', 20)).toBe('2029-06-26');
    expect(after.isProvisional('2029-06-26')).toBe(false);
    expect(after.nonWorkingReason('2029-06-08')).toBe(
      'Imaginary jubilee, extra bank holiday (England and Wales, Scotland, Northern Ireland)',
    );
  });

  test('importing the same list again changes nothing', () => {
    const again = mergeFeed(result.next, parseHolidayFeed(feed2029()), { source: 'bank-holidays.json' });
    expect(again.added).toEqual([]);
    expect(again.cancelled).toEqual([]);
    expect(again.next).toEqual(result.next);
  });

  test('a list with the move undone lifts the cancellation and drops the added day', () => {
    const undone = feed2029();
    for (const d of Object.values(undone)) {
      d.events = d.events.map((e) => (e.date === '2029-06-04' ? { ...e, date: '2029-05-28' } : e));
    }
    const r = mergeFeed(result.next, parseHolidayFeed(undone), { source: 'undo.json' });
    expect(r.next.cancellations).toEqual([]);
    expect(r.next.holidays.map((h) => h.date)).toEqual(['2029-06-08']);
  });
});

test('a list that keeps a day the file had moved brings that day back', () => {
  // The file moved the 2029 early May holiday from Mon 7 to Tue 8 May; the list has both.
  const moved = parseProclamations({
    ...empty,
    holidays: [{ date: '2029-05-08', title: 'Moved', divisions: ALL, replaces: '2029-05-07' }],
  });
  const list = feed2029();
  for (const d of Object.values(list))
    d.events.push({ title: 'Moved', date: '2029-05-08', notes: '', bunting: true });
  const r = mergeFeed(moved, parseHolidayFeed(list), { source: 'both.json' });
  expect(r.added.map((a) => a.date)).toContain('2029-05-07');
  const dates = buildHolidayTableFrom(r.next, 2029, 2029).holidays.map((h) => h.date);
  expect(dates).toContain('2029-05-07');
  expect(dates).toContain('2029-05-08');
});

test('a partial list is refused unless it is imported add-only', () => {
  const partial = {
    scotland: {
      division: 'scotland',
      events: [{ title: 'Extra', date: '2029-09-14', notes: '', bunting: true }],
    },
  };
  expect(() => mergeFeed(empty, parseHolidayFeed(partial), { source: 'p.json' })).toThrow(
    /would cancel 9 holidays in scotland 2029/,
  );
  const r = mergeFeed(empty, parseHolidayFeed(partial), { source: 'p.json', addOnly: true });
  expect(r.added).toEqual([
    { date: '2029-09-14', title: 'Extra', divisions: ['scotland'], source: 'p.json' },
  ]);
  expect(r.cancelled).toEqual([]);
  expect(r.confirmedThroughYear.after).toBe(2028); // one division is not a confirmed year
});

test('a hand-edited move in the data file moves the deadline', () => {
  // An authority edits the file: the 2031 early May holiday moved from Mon 5 to Thu 8 May.
  const edited = parseProclamations({
    ...empty,
    holidays: [
      { date: '2031-05-08', title: 'Early May bank holiday', divisions: ALL, replaces: '2031-05-05' },
    ],
  });
  const cal = WorkingDayCalendar.fromTable(buildHolidayTableFrom(edited, 2031, 2031), DIVISIONS);
  expect(cal.isWorkingDay('2031-05-05')).toBe(true);
  expect(cal.isWorkingDay('2031-05-08')).toBe(false);
});

describe('validation', () => {
  test.each([
    [
      { 'england-and-wales': { events: [{ title: 'X', date: '2029-02-30' }] } },
      /england-and-wales.events.0.date/,
    ],
    [{ wales: { events: [] } }, /no division found/],
    [[1, 2], /not a GOV.UK bank-holidays file/],
  ])('a bad feed is refused with the place named', (json, message) => {
    expect(() => parseHolidayFeed(json)).toThrow(message);
  });

  test('a bad data file is refused with the place named', () => {
    expect(() =>
      parseProclamations({ ...empty, holidays: [{ date: '2029-01-01', title: 'X', divisions: ['wales'] }] }),
    ).toThrow(/holidays.0.divisions.0/);
    expect(() => parseProclamations({ holidays: [] })).toThrow(/invalid proclamations data/);
  });
});
