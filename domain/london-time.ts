// UK civil time without a time-zone database, so the same code runs in the workflow
// sandbox and gives the same answer on replay. Summer Time Act 1972 as amended by the
// Summer Time Order 2002: British Summer Time (UTC+1) runs from 01:00 UTC on the last
// Sunday of March to 01:00 UTC on the last Sunday of October.
import type { IsoDate } from './calendar';
import { TIME_OF_DAY } from './formats';

const DAY_MS = 86_400_000;

function lastSundayUtc(year: number, monthIndex: number): number {
  const lastDay = Date.UTC(year, monthIndex + 1, 0);
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY_MS;
}

/** Offset of London from UTC at an instant, in milliseconds (0 or 1 hour). */
export function londonOffsetMs(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  const start = lastSundayUtc(year, 2) + 3_600_000;
  const end = lastSundayUtc(year, 9) + 3_600_000;
  return epochMs >= start && epochMs < end ? 3_600_000 : 0;
}

/** The calendar date in London at an instant. */
export function londonDate(epochMs: number): IsoDate {
  return new Date(epochMs + londonOffsetMs(epochMs)).toISOString().slice(0, 10);
}

/** 'HH:MM' on London clocks at an instant. */
export function londonClock(epochMs: number): string {
  return new Date(epochMs + londonOffsetMs(epochMs)).toISOString().slice(11, 16);
}

/** The instant at which London clocks show `hh:mm` on `date`. */
export function londonLocalTime(date: IsoDate, hh: number, mm: number): number {
  const asUtc = Date.parse(`${date}T00:00:00Z`) + (hh * 60 + mm) * 60_000;
  // Try the offset in force an hour either side: correct except inside the missing or
  // repeated hour of a clock change, where the earlier reading is taken.
  const guess = asUtc - londonOffsetMs(asUtc - 3_600_000);
  return asUtc - londonOffsetMs(guess);
}

/** 'HH:MM' → [hours, minutes]. */
export function parseTimeOfDay(hhmm: string): [number, number] {
  const m = TIME_OF_DAY.exec(hhmm);
  if (!m) throw new Error(`expected a time of day as HH:MM, got "${hhmm}"`);
  return [Number(m[1]), Number(m[2])];
}
