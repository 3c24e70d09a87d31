// UK clock changes, worked by hand from the Summer Time Order 2002 rule (last Sundays of
// March and October, 01:00 UTC).
import { londonClock, londonDate, londonLocalTime, londonOffsetMs } from '../../domain/london-time';

test.each([
  // [instant, London date, offset hours]
  ['2018-03-25T00:59:59Z', '2018-03-25', 0], // a second before BST begins
  ['2018-03-25T01:00:00Z', '2018-03-25', 1], // BST begins: clocks go to 02:00
  ['2018-10-27T23:30:00Z', '2018-10-28', 1], // 00:30 BST on the 28th: already the next London day
  ['2018-10-28T00:59:59Z', '2018-10-28', 1],
  ['2018-10-28T01:00:00Z', '2018-10-28', 0], // BST ends
  ['2027-12-31T23:59:59Z', '2027-12-31', 0], // winter: London is UTC
  ['2026-06-15T23:30:00Z', '2026-06-16', 1], // summer: 00:30 the next day in London
])('%s is %s in London (UTC+%d)', (instant, date, hours) => {
  const ms = Date.parse(instant);
  expect(londonDate(ms)).toBe(date);
  expect(londonOffsetMs(ms)).toBe(hours * 3_600_000);
});

test.each([
  ['2018-06-12', 9, 0, '2018-06-12T08:00:00.000Z'], // 09:00 BST
  ['2018-12-12', 9, 0, '2018-12-12T09:00:00.000Z'], // 09:00 GMT
  ['2018-03-26', 9, 0, '2018-03-26T08:00:00.000Z'], // the Monday after the change
  ['2018-10-29', 9, 0, '2018-10-29T09:00:00.000Z'],
  ['2018-03-25', 0, 1, '2018-03-25T00:01:00.000Z'], // before the change that morning
])('%s %d:%d London is %s', (date, hh, mm, iso) => {
  expect(new Date(londonLocalTime(date, hh, mm)).toISOString()).toBe(iso);
});

test.each([
  // BST (UTC+1) from 01:00 UTC Sun 25 Mar 2018 to 01:00 UTC Sun 28 Oct 2018.
  ['2018-06-26T08:00:00Z', '09:00'],
  ['2018-12-03T09:00:00Z', '09:00'],
  ['2018-03-25T00:59:00Z', '00:59'],
  ['2018-03-25T01:00:00Z', '02:00'],
  ['2018-10-28T00:59:00Z', '01:59'],
  ['2018-10-28T01:00:00Z', '01:00'],
])('London clocks at %s show %s', (iso, clock) => {
  expect(londonClock(Date.parse(iso))).toBe(clock);
});
