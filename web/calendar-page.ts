// The calendar page: the bank holidays in force in each part of the UK for a year, and the
// due-date calculator (the deadline rules `foi due` uses).
import { z } from 'zod';
import {
  DIVISIONS,
  divisionLabel,
  MAX_YEAR,
  MIN_YEAR,
  WorkingDayCalendar,
  yearOf,
  type Holiday,
  type IsoDate,
} from '../domain/calendar';
import { responseDeadline } from '../domain/deadlines';
import { isoDate } from '../domain/schemas';
import { holidayTable } from '../client/calendars';
import { getRegime, REGIME_IDS, REGIMES } from '../domain/regimes';

const blank = (v: unknown) => (v === '' ? undefined : v);

export const calendarQuerySchema = z.object({
  year: z.preprocess(blank, z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional()),
  received: z.preprocess(blank, isoDate.optional()),
  regime: z.preprocess(blank, z.enum(REGIME_IDS).default('foia')),
  extended: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
});

export function holidaysByDivision(year: number): { division: string; holidays: Holiday[] }[] {
  const table = holidayTable(year, year);
  return DIVISIONS.map((d) => ({
    division: divisionLabel(d),
    holidays: table.holidays.filter((h) => h.division === d),
  }));
}

export const regimeOptions = REGIME_IDS.map((id) => ({ value: id, text: REGIMES[id].title }));

export function dueDate(received: IsoDate, regimeId: string, extended: boolean) {
  const regime = getRegime(regimeId);
  if (extended && !regime.extension) return { error: `${regime.title} allows no extension` };
  const y = yearOf(received);
  const cal = WorkingDayCalendar.fromTable(
    holidayTable(Math.max(MIN_YEAR, y - 1), Math.min(MAX_YEAR, y + 2)),
    regime.divisions,
  );
  const r = responseDeadline(cal, regime, { receivedOn: received, feePauses: [], extended });
  return {
    due: r.due,
    workingDays: r.workingDays,
    regimeTitle: regime.title,
    skipped: r.explanation.skipped,
  };
}
