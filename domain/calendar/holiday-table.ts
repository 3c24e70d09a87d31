// The holiday table: for each year and part of the UK, the rule-generated holidays
// (rules.ts), then the historical one-off changes (one-offs.ts), then the authority's
// proclamations file (cancellations, then additions and moves). Plain data, so it can be
// handed to a workflow as an activity result.
import { applyCancellations, applyChanges, type HolidayCancellation, type HolidayChange } from './changes';
import { civilOf, fromDayNumber, toDayNumber, type DayNumber, type IsoDate } from './dates';
import { DIVISIONS, type Division } from './divisions';
import { ONE_OFF_CHANGES } from './one-offs';
import { PROCLAMATIONS } from './proclamations';
import type { Proclamations } from './proclamations-schema';
import { ruleHolidays, type HolidayDraft } from './rules';

export interface Holiday {
  date: IsoDate;
  title: string;
  division: Division;
  /** GOV.UK's notes, e.g. 'Substitute day', 'Extra bank holiday'. */
  notes?: string;
}

export interface HolidayTable {
  fromYear: number;
  toYear: number;
  /** Years after this one come from the rules alone and are provisional. */
  confirmedThroughYear: number;
  holidays: Holiday[];
  /** The records store's version of the table it was built from (absent: the shipped one). */
  version?: number;
}

/** Years the engine computes; nothing in 1900-2200 is refused. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2500;

export function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year ${year} is outside the supported years ${MIN_YEAR}-${MAX_YEAR}`);
  }
}

function byYear<T extends { date: IsoDate }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const year = civilOf(toDayNumber(item.date))[0];
    map.set(year, [...(map.get(year) ?? []), item]);
  }
  return map;
}

/** Everything needed to generate holidays: the one-off list and a proclamations file. */
export class HolidaySource {
  private readonly oneOffs: Map<number, HolidayChange[]>;
  private readonly added: Map<number, HolidayChange[]>;
  private readonly cancelled: Map<number, HolidayCancellation[]>;

  constructor(
    readonly proclamations: Proclamations,
    oneOffs: readonly HolidayChange[] = ONE_OFF_CHANGES,
  ) {
    this.oneOffs = byYear(oneOffs);
    this.added = byYear(proclamations.holidays);
    this.cancelled = byYear(proclamations.cancellations);
  }

  /** One division's holidays in one year, in date order. */
  holidaysIn(year: number, division: Division): HolidayDraft[] {
    assertSupportedYear(year);
    const byDay = new Map<DayNumber, HolidayDraft>();
    for (const h of ruleHolidays(year, division)) byDay.set(h.day, h);
    applyChanges(byDay, division, this.oneOffs.get(year) ?? []);
    applyCancellations(byDay, division, this.cancelled.get(year) ?? []);
    applyChanges(byDay, division, this.added.get(year) ?? []);
    return [...byDay.values()].sort((a, b) => a.day - b.day);
  }

  table(fromYear: number, toYear: number): HolidayTable {
    assertSupportedYear(fromYear);
    assertSupportedYear(toYear);
    if (toYear < fromYear) throw new RangeError(`toYear ${toYear} is before fromYear ${fromYear}`);
    const holidays: Holiday[] = [];
    for (let year = fromYear; year <= toYear; year++) {
      for (const division of DIVISIONS) {
        for (const h of this.holidaysIn(year, division)) {
          const date = fromDayNumber(h.day);
          holidays.push(
            h.notes ? { date, title: h.title, division, notes: h.notes } : { date, title: h.title, division },
          );
        }
      }
    }
    holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { fromYear, toYear, confirmedThroughYear: this.proclamations.confirmedThroughYear, holidays };
  }
}

/** The source compiled into this build: the one-off list and data/proclamations.json. */
export const DEFAULT_HOLIDAY_SOURCE = new HolidaySource(PROCLAMATIONS);

/** Holidays of every part of the UK for fromYear..toYear (inclusive). */
export function buildHolidayTable(fromYear: number, toYear: number): HolidayTable {
  return DEFAULT_HOLIDAY_SOURCE.table(fromYear, toYear);
}

/** The same, from a proclamations file read at run time (an activity, the CLI). */
export function buildHolidayTableFrom(
  proclamations: Proclamations,
  fromYear: number,
  toYear: number,
): HolidayTable {
  return new HolidaySource(proclamations).table(fromYear, toYear);
}
