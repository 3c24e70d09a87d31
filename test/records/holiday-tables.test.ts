// The bank-holiday table in the records store, as the activity reads it: version 1 is the
// shipped table, each import a new version seen at the next call, and two imports started
// from the same version cannot both land.
import { createHolidayActivities } from '../../activities/holidays';
import { buildHolidayTable, PROCLAMATIONS } from '../../domain/calendar';
import { currentHolidays, holidayHistory, saveHolidayVersion } from '../../records/holiday-tables';
import { postgresEngine, sqliteEngine, type Engine } from './engines';

describe.each([
  ['sqlite', () => Promise.resolve(sqliteEngine())],
  ['postgres', () => postgresEngine(1)],
])('holiday tables on %s', (_name, start: () => Promise<Engine>) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await start();
  });
  afterAll(() => engine?.close());

  test('the shipped table first; an import is a new version the activity sees at once', async () => {
    const db = await engine.fresh();
    const { loadHolidayTable } = createHolidayActivities(db);
    const first = await loadHolidayTable({ fromYear: 2026, toYear: 2029 });
    expect(first).toEqual({ ...buildHolidayTable(2026, 2029), version: 1 });
    expect(await loadHolidayTable({ fromYear: 2026, toYear: 2029 })).toBe(first);

    // A one-off holiday proclaimed for every part of the UK on Friday 4 June 2027.
    const { proclamations } = await currentHolidays(db, PROCLAMATIONS);
    const next = {
      ...proclamations,
      holidays: [
        ...proclamations.holidays,
        {
          date: '2027-06-04',
          title: 'Proclaimed holiday',
          divisions: ['england-and-wales' as const, 'scotland' as const, 'northern-ireland' as const],
        },
      ],
    };
    const meta = { by: 'officer@example.gov.uk', source: 'proclamation.json', summary: 'added 2027-06-04' };
    expect(await saveHolidayVersion(db, 1, next, meta)).toBe(2);
    // A second import that also started from version 1 is refused, not silently merged.
    expect(await saveHolidayVersion(db, 1, proclamations, meta)).toBeUndefined();

    const after = await loadHolidayTable({ fromYear: 2026, toYear: 2029 });
    expect(after.version).toBe(2);
    expect(after.holidays.filter((h) => h.date === '2027-06-04')).toHaveLength(3);
    expect(first.holidays.some((h) => h.date === '2027-06-04')).toBe(false);
    expect((await holidayHistory(db)).map((v) => [v.version, v.importedBy])).toEqual([
      [2, 'officer@example.gov.uk'],
      [1, 'system'],
    ]);
  });
});
