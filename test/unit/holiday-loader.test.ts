// The holiday activity keeps the tables it built while the proclamations file is unchanged,
// and builds afresh as soon as the file changes (an import reaches the next refresh).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { holidayTableLoader, PROCLAMATIONS_FILE } from '../../activities/holidays';
import { buildHolidayTable } from '../../domain/calendar';

test('same file, same years: the same table; a changed file: a new one with the change', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'holidays-'));
  const file = path.join(dir, 'proclamations.json');
  fs.copyFileSync(PROCLAMATIONS_FILE, file);
  const load = holidayTableLoader(file);

  const first = await load({ fromYear: 2026, toYear: 2029 });
  expect(first).toEqual(buildHolidayTable(2026, 2029));
  expect(await load({ fromYear: 2026, toYear: 2029 })).toBe(first);
  expect((await load({ fromYear: 2027, toYear: 2030 })).fromYear).toBe(2027);

  // A one-off holiday proclaimed for every part of the UK on Friday 4 June 2027.
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  data.holidays.push({
    date: '2027-06-04',
    title: 'Proclaimed holiday',
    divisions: ['england-and-wales', 'scotland', 'northern-ireland'],
  });
  fs.writeFileSync(file, JSON.stringify(data));
  const after = await load({ fromYear: 2026, toYear: 2029 });
  expect(after).not.toBe(first);
  expect(after.holidays.filter((h) => h.date === '2027-06-04')).toHaveLength(3);
  expect(first.holidays.some((h) => h.date === '2027-06-04')).toBe(false);
  fs.rmSync(dir, { recursive: true });
});
