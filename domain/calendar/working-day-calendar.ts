// Working days for one regime: every day except Saturday, Sunday and the holidays of the
// regime's parts of the UK. FOIA s10(6) and EIR reg 2: Christmas Day, Good Friday and the
// bank holidays of ANY part of the UK (the union of the three divisions); FOISA s73:
// Christmas Day and the bank holidays of Scotland. Which divisions is the regime's choice
// (domain/regimes.ts); this class only counts.
//
// Counting (ICO line to take LTT47; FOIA s10(1) "the twentieth working day following the
// date of receipt"): the start date is day 0 whatever day it is, and day 1 is the first
// working day after it.
import {
  civilOf,
  fromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
  type DayNumber,
  type IsoDate,
} from './dates';
import { divisionLabel, DIVISIONS, type Division } from './divisions';
import {
  assertSupportedYear,
  DEFAULT_HOLIDAY_SOURCE,
  MAX_YEAR,
  MIN_YEAR,
  type Holiday,
  type HolidayTable,
} from './holiday-table';
import { WorkingDayIndex } from './working-day-index';

/** Inclusive range of dates; `reason` says why the clock stopped ('clock stopped: awaiting fee'). */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
  reason?: string;
}

export interface Explanation {
  start: IsoDate;
  due: IsoDate;
  workingDays: number;
  /** The working days counted, numbered from 1. */
  counted: { date: IsoDate; n: number }[];
  /** Days after the start up to the due date that were not counted, and why. */
  skipped: { date: IsoDate; reason: string }[];
  /** Years in the span whose holidays are not yet confirmed by an official list. */
  provisionalYears: number[];
}

interface Pause {
  from: DayNumber;
  to: DayNumber;
  reason: string;
}

/** Christmas Day and Good Friday are named in FOIA s10(6) itself, so their reason carries no division. */
const NAMED_IN_STATUTE = new Set(['Christmas Day', 'Good Friday']);

function labelOf(h: Holiday): string {
  return h.notes ? `${h.title}, ${h.notes.toLowerCase()}` : h.title;
}

/** A count reached a year the calendar's table does not hold, and the calendar was told not
 * to guess it from the rules (a case's calendar: issue 13). */
export class YearNotInTable extends RangeError {
  constructor(
    readonly year: number,
    readonly table: { fromYear: number; toYear: number },
  ) {
    super(
      `the holiday table this count was given covers ${table.fromYear}-${table.toYear}, not ${year}; ` +
        'a case fetches later years as it reaches them',
    );
    this.name = 'YearNotInTable';
  }
}

/**
 * Table-only calendars by table and divisions. Such a calendar never changes once built
 * (it refuses years outside its table rather than growing), so equal tables can share one:
 * in the worker's sandbox this module is shared by every case, and thousands of cases
 * holding the same table build it once instead of once each (issue 15). A few are kept,
 * oldest dropped first: the table changes a few times a year.
 */
const TABLE_ONLY_CALENDARS = new Map<string, WorkingDayCalendar>();
const TABLE_ONLY_CALENDARS_KEPT = 8;

export class WorkingDayCalendar {
  private index: WorkingDayIndex;
  private readonly reasons = new Map<DayNumber, string>();
  private readonly tableByYear = new Map<number, Holiday[]>();

  private constructor(
    private readonly table: HolidayTable,
    readonly divisions: readonly Division[],
    /** Refuse years outside the table rather than take them from the rules. */
    private readonly tableOnly: boolean,
  ) {
    for (const h of table.holidays) {
      if (!divisions.includes(h.division)) continue;
      const year = civilOf(toDayNumber(h.date))[0];
      this.tableByYear.set(year, [...(this.tableByYear.get(year) ?? []), h]);
    }
    this.index = this.build(table.fromYear, Math.min(table.toYear + (tableOnly ? 0 : 1), MAX_YEAR));
  }

  /** A calendar counting the holidays of `divisions` (years outside the table come from the rules). */
  static fromTable(table: HolidayTable, divisions: readonly Division[]): WorkingDayCalendar {
    if (divisions.length === 0) throw new RangeError('a working-day calendar needs at least one division');
    return new WorkingDayCalendar(table, [...divisions], false);
  }

  /**
   * A calendar that counts only the years its table holds, and throws YearNotInTable beyond
   * them: a case's calendar, whose years come from the records store, never from rules
   * compiled into the workflow (issue 13).
   */
  static ofTableOnly(table: HolidayTable, divisions: readonly Division[]): WorkingDayCalendar {
    if (divisions.length === 0) throw new RangeError('a working-day calendar needs at least one division');
    const key = `${divisions.join(',')}|${JSON.stringify(table)}`;
    const shared = TABLE_ONLY_CALENDARS.get(key);
    if (shared) return shared;
    const calendar = new WorkingDayCalendar(table, [...divisions], true);
    TABLE_ONLY_CALENDARS.set(key, calendar);
    if (TABLE_ONLY_CALENDARS.size > TABLE_ONLY_CALENDARS_KEPT) {
      TABLE_ONLY_CALENDARS.delete(TABLE_ONLY_CALENDARS.keys().next().value as string);
    }
    return calendar;
  }

  /** The holiday table the calendar counts with (a refresh compares the old with the new). */
  get holidayTable(): HolidayTable {
    return this.table;
  }

  get tableVersion(): number | undefined {
    return this.table.version;
  }

  get confirmedThroughYear(): number {
    return this.table.confirmedThroughYear;
  }

  private holidaysOf(year: number): Holiday[] {
    if (year >= this.table.fromYear && year <= this.table.toYear) return this.tableByYear.get(year) ?? [];
    if (this.tableOnly) throw new YearNotInTable(year, this.table);
    return this.divisions.flatMap((division) =>
      DEFAULT_HOLIDAY_SOURCE.holidaysIn(year, division).map((h) => ({
        ...h,
        date: fromDayNumber(h.day),
        division,
      })),
    );
  }

  private build(fromYear: number, toYear: number): WorkingDayIndex {
    const holidayDays = new Set<DayNumber>();
    for (let year = fromYear; year <= toYear; year++) {
      const byDay = new Map<DayNumber, Map<string, Division[]>>();
      for (const h of this.holidaysOf(year)) {
        const day = toDayNumber(h.date);
        holidayDays.add(day);
        const labels = byDay.get(day) ?? new Map<string, Division[]>();
        labels.set(labelOf(h), [...(labels.get(labelOf(h)) ?? []), h.division]);
        byDay.set(day, labels);
      }
      for (const [day, labels] of byDay) {
        const parts = [...labels].map(([label, divs]) => {
          if (NAMED_IN_STATUTE.has(label)) return label;
          const names = DIVISIONS.filter((d) => divs.includes(d)).map(divisionLabel);
          return `${label} (${names.join(', ')})`;
        });
        this.reasons.set(day, parts.join('; '));
      }
    }
    return new WorkingDayIndex(fromYear, toYear, (day) => {
      const w = weekdayOfDayNumber(day);
      return w !== 0 && w !== 6 && !holidayDays.has(day);
    });
  }

  /** Grows the index (from the rules) to cover [lo, hi], with a year to spare. */
  private ensure(lo: DayNumber, hi: DayNumber): WorkingDayIndex {
    const ix = this.index;
    if (lo >= ix.first && hi <= ix.last) return ix;
    const loYear = civilOf(lo)[0];
    const hiYear = civilOf(hi)[0];
    assertSupportedYear(loYear);
    assertSupportedYear(hiYear);
    const fromYear = Math.min(ix.fromYear, loYear);
    // A year to spare past the span, unless it is a year the calendar may not assume.
    const spare = this.tableOnly && hiYear >= this.table.toYear ? 0 : 1;
    const toYear = Math.max(ix.toYear, Math.min(hiYear + spare, MAX_YEAR));
    this.index = this.build(fromYear, toYear);
    return this.index;
  }

  // ---- day-number API (the fast path; the ISO methods below wrap it) ----

  isWorkingDayNumber(day: DayNumber): boolean {
    const ix = this.ensure(day, day);
    return ix.working[day - ix.first] === 1;
  }

  /** The n-th working day after `start` (start = day 0); n < 0 counts back. */
  addWorkingDaysToDay(start: DayNumber, n: number): DayNumber {
    if (n === 0) return start;
    const ix = this.index;
    if (start >= ix.first && start <= ix.last && Number.isInteger(n)) {
      const due = ix.step(start, n);
      if (due !== undefined) return due;
    }
    return this.addSlowly(start, n);
  }

  private addSlowly(start: DayNumber, n: number): DayNumber {
    if (!Number.isInteger(n)) throw new RangeError(`expected a whole number of working days, got ${n}`);
    // n working days span at most about 1.5n calendar days; 2n + 30 leaves room.
    for (let span = 2 * Math.abs(n) + 30; ; span *= 2) {
      const ix = n > 0 ? this.ensure(start, start + span) : this.ensure(start - span, start);
      const due = ix.step(start, n);
      if (due !== undefined) return due;
      if (ix.fromYear <= MIN_YEAR && ix.toYear >= MAX_YEAR) {
        throw new RangeError(
          `${n} working days from ${fromDayNumber(start)} is outside ${MIN_YEAR}-${MAX_YEAR}`,
        );
      }
    }
  }

  /** Working days in (from, to] when to >= from; minus the working days in (to, from] otherwise. */
  workingDaysBetweenDays(from: DayNumber, to: DayNumber): number {
    const ix = this.ensure(Math.min(from, to), Math.max(from, to));
    return ix.countThrough(to) - ix.countThrough(from);
  }

  private addWithPauses(start: DayNumber, n: number, pauses: readonly Pause[]): DayNumber {
    let due = this.addWorkingDaysToDay(start, n);
    if (pauses.length === 0) return due;
    if (n < 0) throw new RangeError('clock stops apply only when counting forwards');
    let disregarded = 0;
    for (const p of mergeOverlaps(pauses)) {
      if (p.to <= start) continue;
      const from = Math.max(p.from, start + 1);
      if (from > due) break;
      disregarded += this.workingDaysBetweenDays(from - 1, p.to);
      due = this.addWorkingDaysToDay(start, n + disregarded);
    }
    return due;
  }

  // ---- ISO API ----

  isWorkingDay(d: IsoDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(d));
  }

  /** Why a day is not a working day ('Saturday', "St Andrew's Day (Scotland)"), or undefined. */
  nonWorkingReason(d: IsoDate): string | undefined {
    return this.reasonFor(toDayNumber(d));
  }

  private reasonFor(day: DayNumber): string | undefined {
    const w = weekdayOfDayNumber(day);
    if (w === 6) return 'Saturday';
    if (w === 0) return 'Sunday';
    this.ensure(day, day);
    return this.reasons.get(day);
  }

  /** The n-th working day after start (day 0); working days inside `pauses` are not counted. */
  addWorkingDays(start: IsoDate, n: number, pauses?: readonly DateRange[]): IsoDate {
    const s = toDayNumber(start);
    if (!pauses || pauses.length === 0) return fromDayNumber(this.addWorkingDaysToDay(s, n));
    return fromDayNumber(this.addWithPauses(s, n, normalisePauses(pauses)));
  }

  /** Signed count: working days in (from, to] if to >= from, negative count if to < from. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    return this.workingDaysBetweenDays(toDayNumber(from), toDayNumber(to));
  }

  nextWorkingDayOnOrAfter(d: IsoDate): IsoDate {
    return this.isWorkingDay(d) ? d : this.addWorkingDays(d, 1);
  }

  /** True when the date's year is beyond the years an official list has confirmed. */
  isProvisional(d: IsoDate): boolean {
    return civilOf(toDayNumber(d))[0] > this.table.confirmedThroughYear;
  }

  /** The counting behind addWorkingDays, day by day, for a person to check. */
  explain(start: IsoDate, n: number, pauses: readonly DateRange[] = []): Explanation {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`explain counts forwards: got ${n} working days`);
    const s = toDayNumber(start);
    const sorted = normalisePauses(pauses);
    const due = this.addWithPauses(s, n, sorted);
    const counted: Explanation['counted'] = [];
    const skipped: Explanation['skipped'] = [];
    for (let day = s + 1; day <= due; day++) {
      const date = fromDayNumber(day);
      const reason = this.reasonFor(day) ?? sorted.find((p) => day >= p.from && day <= p.to)?.reason;
      if (reason !== undefined) skipped.push({ date, reason });
      else counted.push({ date, n: counted.length + 1 });
    }
    const provisionalYears: number[] = [];
    for (let y = civilOf(s)[0]; y <= civilOf(due)[0]; y++) {
      if (y > this.table.confirmedThroughYear) provisionalYears.push(y);
    }
    return { start, due: fromDayNumber(due), workingDays: n, counted, skipped, provisionalYears };
  }
}

/** Pauses sorted by start with overlapping or adjacent ones joined, so no day counts twice. */
function mergeOverlaps(sorted: readonly Pause[]): Pause[] {
  const out: Pause[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.from <= last.to + 1) last.to = Math.max(last.to, p.to);
    else out.push({ ...p });
  }
  return out;
}

function normalisePauses(pauses: readonly DateRange[]): Pause[] {
  return pauses
    .map((p) => {
      const from = toDayNumber(p.from);
      const to = toDayNumber(p.to);
      if (to < from) throw new RangeError(`clock stop ends (${p.to}) before it starts (${p.from})`);
      return { from, to, reason: p.reason ?? 'clock stopped' };
    })
    .sort((a, b) => a.from - b.from);
}
