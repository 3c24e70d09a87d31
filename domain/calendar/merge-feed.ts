// Merging an official list (GOV.UK format) into the proclamations data: the list is
// taken as complete for every division and year it contains, so a date it has that the
// engine lacks is added, and (unless addOnly) a date the engine has that it lacks is
// cancelled. Pure: the caller reads and writes the files.
import type { HolidayCancellation, HolidayChange } from './changes';
import { civilOf, fromDayNumber, toDayNumber, type IsoDate } from './dates';
import { DIVISIONS, type Division } from './divisions';
import type { FeedEvent } from './govuk-feed';
import { HolidaySource } from './holiday-table';
import type { Proclamations } from './proclamations-schema';

export interface MergeOptions {
  /** Named in each added entry and cancellation: the file imported. */
  source: string;
  /** Only add days; never cancel one (for a partial list of new proclamations). */
  addOnly?: boolean;
}

export interface MergeResult {
  next: Proclamations;
  added: HolidayChange[];
  cancelled: HolidayCancellation[];
  confirmedThroughYear: { before: number; after: number };
  /** Years the list covers, per division. */
  years: Record<Division, number[]>;
}

/** No official list has ever moved or dropped more than two days of one year. */
const MAX_CANCELLED_PER_YEAR = 2;

const key = (date: IsoDate, division: Division) => `${date} ${division}`;
const yearOf = (date: IsoDate) => civilOf(toDayNumber(date))[0];
const byDate = <T extends { date: IsoDate }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const inOrder = (ds: Division[]) => DIVISIONS.filter((d) => ds.includes(d));

/** The list's days by "division year", in one pass (an import stays linear in its size). */
function byDivisionYear(feed: readonly FeedEvent[]): Map<string, FeedEvent[]> {
  const groups = new Map<string, FeedEvent[]>();
  for (const e of feed) {
    const k = `${e.division} ${yearOf(e.date)}`;
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return groups;
}

function mergeOnce(current: Proclamations, feed: readonly FeedEvent[], opts: MergeOptions): MergeResult {
  const source = new HolidaySource(current);
  const feedByDivisionYear = byDivisionYear(feed);

  const toAdd = new Map<string, HolidayChange & { divisions: Division[] }>();
  const toCancel = new Map<IsoDate, { divisions: Division[]; titles: Set<string> }>();
  const years: Record<Division, number[]> = { 'england-and-wales': [], scotland: [], 'northern-ireland': [] };
  for (const [k, events] of feedByDivisionYear) {
    const [division, yearText] = k.split(' ') as [Division, string];
    const year = Number(yearText);
    years[division].push(year);
    const engine = new Map(source.holidaysIn(year, division).map((h) => [fromDayNumber(h.day), h]));
    const listed = new Set(events.map((e) => e.date));
    for (const e of events) {
      if (engine.has(e.date)) continue;
      const addKey = `${e.date}|${e.title}|${e.notes ?? ''}`;
      const entry = toAdd.get(addKey) ?? { date: e.date, title: e.title, divisions: [], source: opts.source };
      if (e.notes) entry.notes = e.notes;
      entry.divisions.push(division);
      toAdd.set(addKey, entry);
    }
    if (opts.addOnly) continue;
    for (const [date, h] of engine) {
      if (listed.has(date)) continue;
      const entry = toCancel.get(date) ?? { divisions: [], titles: new Set<string>() };
      entry.divisions.push(division);
      entry.titles.add(h.title);
      toCancel.set(date, entry);
    }
  }

  const added = [...toAdd.values()].map((c) => ({ ...c, divisions: inOrder(c.divisions) })).sort(byDate);
  const cancelled: HolidayCancellation[] = [...toCancel]
    .map(([date, c]) => ({
      date,
      divisions: inOrder(c.divisions),
      reason: `not in ${opts.source} (was ${[...c.titles].join(', ')})`,
    }))
    .sort(byDate);

  // Keep the data file minimal: an addition lifts an earlier cancellation of the same day
  // and division, and a day the file itself added is removed from it rather than cancelled.
  const addedKeys = new Set(added.flatMap((c) => c.divisions.map((d) => key(c.date, d))));
  const cancelledKeys = new Set(cancelled.flatMap((c) => c.divisions.map((d) => key(c.date, d))));
  const inFile = (date: IsoDate, d: Division) =>
    current.holidays.some((h) => h.date === date && h.divisions.includes(d));
  const cancelledInFile = (date: IsoDate, d: Division) =>
    current.cancellations.some((c) => c.date === date && c.divisions.includes(d));
  const newHolidays = added
    .map((a) => ({ ...a, divisions: a.divisions.filter((d) => !cancelledInFile(a.date, d)) }))
    .filter((a) => a.divisions.length > 0);
  const keptHolidays = current.holidays
    .map((h) => ({ ...h, divisions: h.divisions.filter((d) => !cancelledKeys.has(key(h.date, d))) }))
    .filter((h) => h.divisions.length > 0);
  const newCancellations = cancelled
    .map((c) => ({ ...c, divisions: c.divisions.filter((d) => !inFile(c.date, d)) }))
    .filter((c) => c.divisions.length > 0);
  const keptCancellations = current.cancellations
    .map((c) => ({ ...c, divisions: c.divisions.filter((d) => !addedKeys.has(key(c.date, d))) }))
    .filter((c) => c.divisions.length > 0);

  const fullYears = years['england-and-wales'].filter(
    (y) => years.scotland.includes(y) && years['northern-ireland'].includes(y),
  );
  const before = current.confirmedThroughYear;
  const after = Math.max(before, ...fullYears);
  for (const d of DIVISIONS) years[d].sort((a, b) => a - b);

  const next: Proclamations = {
    ...current,
    confirmedThroughYear: after,
    holidays: [...keptHolidays, ...newHolidays].sort(byDate),
    cancellations: [...keptCancellations, ...newCancellations].sort(byDate),
  };
  return { next, added, cancelled, confirmedThroughYear: { before, after }, years };
}

/**
 * Merges until the engine agrees with the list (a removed move can bring back the day it
 * replaced, so a second pass may be needed), then checks that it does: never a half merge.
 */
export function mergeFeed(
  current: Proclamations,
  feed: readonly FeedEvent[],
  opts: MergeOptions,
): MergeResult {
  let result = mergeOnce(current, feed, opts);
  const added = [...result.added];
  const cancelled = [...result.cancelled];
  for (let pass = 0; pass < 5 && (result.added.length > 0 || result.cancelled.length > 0); pass++) {
    result = mergeOnce(result.next, feed, opts);
    added.push(...result.added);
    cancelled.push(...result.cancelled);
  }
  // A list that would cancel several days in one year is a partial list, not GOV.UK's.
  for (const d of DIVISIONS) {
    for (const year of result.years[d]) {
      const lost = cancelled.filter((c) => c.divisions.includes(d) && yearOf(c.date) === year);
      if (lost.length > MAX_CANCELLED_PER_YEAR) {
        throw new Error(
          `${opts.source} would cancel ${lost.length} holidays in ${d} ${year} (${lost.map((c) => c.date).join(', ')}): ` +
            'if it lists only new days, import it with add-only',
        );
      }
    }
  }
  const check = new HolidaySource(result.next);
  const listedIn = byDivisionYear(feed);
  for (const d of DIVISIONS) {
    for (const year of result.years[d]) {
      const engine = new Set(check.holidaysIn(year, d).map((h) => fromDayNumber(h.day)));
      const listed = new Set((listedIn.get(`${d} ${year}`) ?? []).map((e) => e.date));
      const missing = [...listed].filter((date) => !engine.has(date));
      const extra = opts.addOnly ? [] : [...engine].filter((date) => !listed.has(date));
      if (missing.length > 0 || extra.length > 0) {
        throw new Error(
          `could not reconcile ${d} ${year} with ${opts.source}: ${[...missing, ...extra].join(', ')}`,
        );
      }
    }
  }
  return {
    ...result,
    added: added.sort(byDate),
    cancelled: cancelled.sort(byDate),
    confirmedThroughYear: { before: current.confirmedThroughYear, after: result.next.confirmedThroughYear },
  };
}
