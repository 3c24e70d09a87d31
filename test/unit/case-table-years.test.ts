// The years a case's holiday table holds and when it asks for more (issue 13), by hand.
import { caseTableYears, needsLaterYears, tableRenewalDay } from '../../domain/lifecycle/case-table-years';

test.each([
  // received, today, from, to
  ['2026-11-20', '2026-11-27', 2025, 2028], // opened the week it came: the year before to two on
  ['2018-05-29', '2026-11-27', 2017, 2028], // entered years after the fact: two past today
  ['2026-01-02', '2026-01-02', 2025, 2028], // 2 Jan: a count back reaches 2025
])('received %s, asked on %s: years %i-%i', (received, today, fromYear, toYear) => {
  expect(caseTableYears(received, today)).toEqual({ fromYear, toYear });
});

test.each([
  // today, table's last year, asks for more?
  ['2026-11-27', 2028, false], // two years ahead held
  ['2027-01-01', 2028, true], // only next year held: ask
  ['2027-12-31', 2028, true],
  ['2027-06-01', 2029, false],
  ['2029-03-01', 2028, true], // long past it (a case that slept): ask
])('on %s with a table to %i: asks for later years: %s', (today, toYear, asks) => {
  expect(needsLaterYears(today, toYear)).toBe(asks);
});

test('the renewal day is in January of the last year but one, from the 1st to the 28th, fixed per case', () => {
  // FNV-1a of 'FOI/2026/0001' is 1631256306 (worked outside this code); mod 28 is 22, so the 23rd.
  expect(tableRenewalDay('FOI/2026/0001', 2028)).toBe('2027-01-23');
  expect(tableRenewalDay('FOI/2026/0001', 2031)).toBe('2030-01-23');
  const days = new Set(
    Array.from({ length: 2000 }, (_, i) => tableRenewalDay(`FOI/2026/${i}`, 2028).slice(8)),
  );
  // 2,000 cases spread over all 28 days, none outside them.
  expect(days.size).toBe(28);
  expect([...days].every((d) => Number(d) >= 1 && Number(d) <= 28)).toBe(true);
});
