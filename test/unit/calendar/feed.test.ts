// The official GOV.UK feed against the rules and the one-off list, division by division,
// for every year it covers: the date sets must be identical. Where they differed the feed
// won and the rule or the one-off list was fixed (see one-offs.ts).
import fs from 'node:fs';
import {
  buildHolidayTable,
  DIVISIONS,
  HolidaySource,
  ONE_OFF_CHANGES,
  parseHolidayFeed,
  fromDayNumber,
  type Division,
  type FeedEvent,
} from '../../../domain/calendar';
import { FEED_FILE } from './support';

function loadFeed(): FeedEvent[] {
  if (!fs.existsSync(FEED_FILE)) {
    throw new Error(
      `the official feed is missing: expected ${FEED_FILE} (the official feed kept with the tests)`,
    );
  }
  return parseHolidayFeed(JSON.parse(fs.readFileSync(FEED_FILE, 'utf8')));
}

const feed = loadFeed();
const yearOf = (d: string) => Number(d.slice(0, 4));
const years = [...new Set(feed.map((e) => yearOf(e.date)))].sort((a, b) => a - b);
const rulesOnly = new HolidaySource(
  { source: 'none', confirmedThroughYear: 2028, holidays: [], cancellations: [] },
  ONE_OFF_CHANGES,
);

const cases = DIVISIONS.flatMap((division) => years.map((year) => [division, year] as [Division, number]));

test('the feed covers 2012-2028 for all three divisions', () => {
  expect(years[0]).toBe(2012);
  expect(years[years.length - 1]).toBe(2028);
  for (const d of DIVISIONS)
    expect(new Set(feed.filter((e) => e.division === d).map((e) => yearOf(e.date))).size).toBe(17);
});

describe.each(cases)('%s %i', (division, year) => {
  const official = feed.filter((e) => e.division === division && yearOf(e.date) === year).map((e) => e.date);

  test('rules + one-off list give exactly the official dates', () => {
    const generated = rulesOnly.holidaysIn(year, division).map((h) => fromDayNumber(h.day));
    expect(generated).toEqual([...official].sort());
  });

  test('the holiday table (with the proclamations file) gives exactly the official dates', () => {
    const table = buildHolidayTable(year, year).holidays.filter((h) => h.division === division);
    expect(table.map((h) => h.date)).toEqual([...official].sort());
  });
});

test('titles match the feed too, but for the feed disagreeing with itself', () => {
  // GOV.UK names Scotland's 2 and 3 January 2023 (1 Jan a Sunday) "New Year's Day
  // (substitute)" and "2nd January (substitute)", but 2012 and 2017, the same case, the
  // other way round. The rules follow 2012 and 2017 (2 January stays on 2 January).
  const knownSwaps = new Set(['scotland 2023-01-02', 'scotland 2023-01-03']);
  const table = buildHolidayTable(2012, 2028).holidays;
  const mismatches = feed.flatMap((e) => {
    const ours = table.find((h) => h.division === e.division && h.date === e.date);
    const same = ours?.title === e.title && (ours?.notes ?? '') === (e.notes ?? '');
    return same || knownSwaps.has(`${e.division} ${e.date}`) ? [] : [`${e.division} ${e.date} ${e.title}`];
  });
  expect(mismatches).toEqual([]);
});

test('the feed lists each one-off change the issue names', () => {
  const has = (d: Division, date: string) => feed.some((e) => e.division === d && e.date === date);
  for (const d of DIVISIONS) {
    for (const date of [
      '2012-06-04',
      '2012-06-05',
      '2020-05-08',
      '2022-06-02',
      '2022-06-03',
      '2022-09-19',
      '2023-05-08',
    ]) {
      expect(has(d, date)).toBe(true);
    }
    expect(has(d, '2020-05-04')).toBe(false); // moved to 8 May
    expect(has(d, '2022-05-30')).toBe(false); // moved to 2 June
  }
  expect(has('scotland', '2026-06-15')).toBe(true);
  expect(has('england-and-wales', '2026-06-15')).toBe(false);
});
