// Each case's reminders go out at its own fixed minute within a window around the time of
// day, so a morning's reminders are spread instead of waking every case at once.
import fc from 'fast-check';
import { remindersBetween, reminderOffsetMinutes } from '../../domain/lifecycle';
import { ctxFor, openCase } from '../support/case-builder';

test('the offset is fixed per reference and lies within the window', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 64 }), fc.integer({ min: 2, max: 240 }), (ref, w) => {
      const off = reminderOffsetMinutes(ref, w);
      expect(off).toBe(reminderOffsetMinutes(ref, w));
      expect(Number.isInteger(off)).toBe(true);
      expect(off).toBeGreaterThanOrEqual(-Math.floor(w / 2));
      expect(off).toBeLessThan(w - Math.floor(w / 2));
    }),
  );
});

test('no window, no offset', () => {
  expect(reminderOffsetMinutes('FOI2018/02892', 0)).toBe(0);
  expect(reminderOffsetMinutes('FOI2018/02892', 1)).toBe(0);
});

test('10,000 sequential references spread over every minute of a 60-minute window', () => {
  const perMinute = new Map<number, number>();
  for (let i = 1; i <= 10_000; i++) {
    const off = reminderOffsetMinutes(`FOI2026/${String(i).padStart(5, '0')}`, 60);
    perMinute.set(off, (perMinute.get(off) ?? 0) + 1);
  }
  expect([...perMinute.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i - 30));
  // About 167 a minute; none takes more than twice its share.
  expect(Math.max(...perMinute.values())).toBeLessThan(2 * (10_000 / 60));
});

const planAt = (offset: number, timeOfDay = '09:00') =>
  remindersBetween(
    openCase({ settings: { reminders: { timeOfDay } } }),
    { ...ctxFor('foia', '2018-05-29'), reminderOffsetMinutes: offset },
    Date.parse('2018-05-29T12:00:00Z'),
    Date.parse('2018-06-20T00:00:00Z'),
  ).map((r) => new Date(r.at).toISOString());

test('the offset moves each reminder by its minutes on the same day (BST: 09:00 London is 08:00 UTC)', () => {
  // 10 WD before 26 Jun is 12 Jun, 5 WD before is 19 Jun (reminders.test.ts).
  expect(planAt(-30)).toEqual(['2018-06-12T07:30:00.000Z', '2018-06-19T07:30:00.000Z']);
  expect(planAt(29)).toEqual(['2018-06-12T08:29:00.000Z', '2018-06-19T08:29:00.000Z']);
});

test('an offset never moves a reminder to another day', () => {
  expect(planAt(-30, '00:10')).toEqual(['2018-06-11T23:00:00.000Z', '2018-06-18T23:00:00.000Z']);
  expect(planAt(29, '23:50')).toEqual(['2018-06-12T22:59:00.000Z', '2018-06-19T22:59:00.000Z']);
});
