// One-off changes to the rule-generated holidays: an extra day, a day moved (`replaces`),
// or a day cancelled. Used both for the historical list in one-offs.ts and for the
// authority's data file (data/proclamations.json).
import { toDayNumber, type DayNumber, type IsoDate } from './dates';
import type { Division } from './divisions';
import type { HolidayDraft } from './rules';

export interface HolidayChange {
  date: IsoDate;
  title: string;
  notes?: string;
  divisions: readonly Division[];
  /** A rule-generated date that this day takes the place of (the holiday was moved). */
  replaces?: IsoDate;
  /** Where it was announced: proclamation, GOV.UK, import file. */
  source?: string;
}

export interface HolidayCancellation {
  date: IsoDate;
  divisions: readonly Division[];
  reason: string;
}

/**
 * Applies additions and moves to one division's holidays, keyed by day: every replaced
 * day is removed first, then every day added, so the order of the list does not matter.
 */
export function applyChanges(
  byDay: Map<DayNumber, HolidayDraft>,
  division: Division,
  changes: readonly HolidayChange[],
): void {
  const mine = changes.filter((c) => c.divisions.includes(division));
  for (const c of mine) if (c.replaces !== undefined) byDay.delete(toDayNumber(c.replaces));
  for (const c of mine) {
    const day = toDayNumber(c.date);
    byDay.set(day, c.notes ? { day, title: c.title, notes: c.notes } : { day, title: c.title });
  }
}

export function applyCancellations(
  byDay: Map<DayNumber, HolidayDraft>,
  division: Division,
  cancellations: readonly HolidayCancellation[],
): void {
  for (const c of cancellations) {
    if (c.divisions.includes(division)) byDay.delete(toDayNumber(c.date));
  }
}
