// What an import of a holiday list may change on its own, and what needs a person to say
// why. Christmas Day and Good Friday are non-working days by statute (FOIA s10(6), EIR
// reg 2(1), FOISA s73), whatever a list says, so no import cancels them; weekends are
// never working days and no list can make them so. Cancelling any other holiday, or adding
// more than a handful in one year (no year since 1971 has had more than three extra), is
// possible with --force and a recorded reason. Limits on size keep an import linear and bounded.
import { civilOf, fromDayNumber, toDayNumber } from './dates';
import { easterSunday } from './easter';
import type { MergeResult } from './merge-feed';

export const MAX_ADDED_PER_YEAR = 3;
/** GOV.UK's feed is about 20 kB; anything near this is not a holiday list. */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_EVENTS = 5_000;

export interface ImportCheck {
  /** Never allowed. */
  refused: string[];
  /** Allowed only with --force and a reason. */
  needsForce: string[];
}

export function isStatutoryHoliday(date: string): boolean {
  const [year, month, day] = civilOf(toDayNumber(date));
  return (month === 12 && day === 25) || date === fromDayNumber(easterSunday(year) - 2);
}

export function checkImport(result: Pick<MergeResult, 'added' | 'cancelled'>): ImportCheck {
  const refused = result.cancelled
    .filter((c) => isStatutoryHoliday(c.date))
    .map((c) => `${c.date} cannot be cancelled: Christmas Day and Good Friday are never working days`);
  const needsForce = result.cancelled
    .filter((c) => !isStatutoryHoliday(c.date))
    .map((c) => `cancels ${c.date} (${c.reason})`);
  const perYear = new Map<string, number>();
  for (const a of result.added)
    for (const d of a.divisions) {
      const k = `${d} ${a.date.slice(0, 4)}`;
      perYear.set(k, (perYear.get(k) ?? 0) + 1);
    }
  for (const [k, n] of perYear)
    if (n > MAX_ADDED_PER_YEAR)
      needsForce.push(`adds ${n} holidays in ${k} (more than ${MAX_ADDED_PER_YEAR})`);
  return { refused, needsForce };
}
