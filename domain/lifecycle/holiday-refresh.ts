// What a new holiday table did to a case: which deadlines moved, from what to what, and
// the holidays that made them move. The officer's answer when a requester asks why the
// date changed (the timeline keeps it).
import { compareDates, type IsoDate } from '../calendar/dates';
import { divisionLabel, type Division } from '../calendar/divisions';
import type { Holiday, HolidayTable } from '../calendar/holiday-table';
import type { Deadline } from './case-deadlines';
import type { CaseEvent } from './events';

export interface DeadlineMove {
  label: string;
  from: IsoDate;
  to: IsoDate;
}

export function deadlineMoves(before: readonly Deadline[], after: readonly Deadline[]): DeadlineMove[] {
  const was = new Map(before.map((d) => [d.key, d]));
  return after.flatMap((d) => {
    const old = was.get(d.key);
    return old && old.due !== d.due ? [{ label: d.label, from: old.due, to: d.due }] : [];
  });
}

const holidayKey = (h: Holiday) => `${h.date}|${h.title}|${h.division}`;

/** Holidays of `divisions` added or removed between the tables, on or between two dates. */
export function holidayChanges(
  old: HolidayTable,
  fresh: HolidayTable,
  divisions: readonly Division[],
  from: IsoDate,
  to: IsoDate,
): string[] {
  const within = (t: HolidayTable) =>
    t.holidays.filter(
      (h) =>
        divisions.includes(h.division) && compareDates(h.date, from) >= 0 && compareDates(h.date, to) <= 0,
    );
  const oldKeys = new Set(within(old).map(holidayKey));
  const freshKeys = new Set(within(fresh).map(holidayKey));
  const describe = (what: string, h: Holiday) =>
    `${what} ${h.date} ${h.title} (${divisionLabel(h.division)})`;
  return [
    ...within(fresh)
      .filter((h) => !oldKeys.has(holidayKey(h)))
      .map((h) => describe('added', h)),
    ...within(old)
      .filter((h) => !freshKeys.has(holidayKey(h)))
      .map((h) => describe('removed', h)),
  ];
}

/** The timeline's account of a refresh; the holidays named are those from the case's
 * receipt to the latest date moved, the only ones that can have moved it. */
export function holidaysRefreshedEvent(
  on: IsoDate,
  receivedOn: IsoDate,
  old: HolidayTable,
  fresh: HolidayTable,
  divisions: readonly Division[],
  before: readonly Deadline[],
  after: readonly Deadline[],
): CaseEvent {
  const moved = deadlineMoves(before, after);
  const latest = moved
    .flatMap((m) => [m.from, m.to])
    .sort(compareDates)
    .pop();
  const because = latest ? holidayChanges(old, fresh, divisions, receivedOn, latest) : [];
  return {
    type: 'holidaysRefreshed',
    on,
    by: 'system',
    confirmedThroughYear: fresh.confirmedThroughYear,
    ...(fresh.version !== undefined ? { version: fresh.version } : {}),
    ...(moved.length ? { moved, because } : {}),
  };
}
