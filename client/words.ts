// Small pieces of readable English shared by the CLI's outputs.
import { formatLongDate, type IsoDate } from '../domain/calendar';
import { londonClock, londonDate } from '../domain/london-time';

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${Math.abs(n) === 1 ? one : many}`;

/** 'Tue 26 Jun 2018' for a date. */
export const longDate = (d: IsoDate): string => formatLongDate(d);

/** An instant as London clocks show it: 'Mon 3 Jun 2024 09:00'. */
export function londonDateTime(iso: string): string {
  const ms = Date.parse(iso);
  return `${formatLongDate(londonDate(ms))} ${londonClock(ms)}`;
}

/** A mail outage holding a case's email, as `foi status` and the case page say it. */
export const mailOutageText = (o: { since: string; reason: string }): string =>
  `not delivered since ${londonDateTime(o.since)} (${o.reason}); retrying`;

/** "42.9%" (one decimal), or "n/a" when nothing was counted. */
export const percent = (part: number, whole: number): string =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
