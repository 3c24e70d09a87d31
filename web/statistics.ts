// The statistics page and its CSV, from the records store: the figures `foi stats` gives
// (records/period-stats.ts, SQL aggregates), the same figures month by month for the
// chart, and one CSV row per case (records/period-cases.ts, no requester details).
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { IsoDate } from '../domain/calendar';
import type { PeriodStats } from '../domain/lifecycle/period-stats';
import { isoDate } from '../domain/schemas';
import type { RecordsDb } from '../records/open-records';
import { periodCaseRows, type PeriodCaseRow } from '../records/period-cases';
import { periodStats } from '../records/period-stats';

export function currentQuarter(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const end = new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
  return { from, to: end };
}

export const periodSchema = z.object({
  from: z.preprocess((v) => (v === '' ? undefined : v), isoDate.optional()),
  to: z.preprocess((v) => (v === '' ? undefined : v), isoDate.optional()),
});

export interface MonthFigures {
  month: string;
  received: number;
  answered: number;
  answeredInTime: number;
  shareInTime: number | null;
}

export interface PeriodReport {
  stats: PeriodStats;
  months: MonthFigures[];
}

/** Each month of [from, to] as its own period, cut to [from, to]. */
function monthsOf(from: IsoDate, to: IsoDate): { month: string; from: IsoDate; to: IsoDate }[] {
  const months = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7);) {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
    months.push({ month: m, from: `${m}-01` < from ? from : `${m}-01`, to: last > to ? to : last });
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  return months;
}

export async function periodReport(db: RecordsDb, from: IsoDate, to: IsoDate): Promise<PeriodReport> {
  const stats = await periodStats(db, { from, to });
  const months = [];
  for (const m of monthsOf(from, to)) {
    const r = await periodStats(db, { from: m.from, to: m.to });
    months.push({
      month: m.month,
      received: r.received,
      answered: r.answered,
      answeredInTime: r.answeredInTime,
      shareInTime: r.shareInTime,
    });
  }
  return { stats, months };
}

const CSV_COLUMNS: (keyof PeriodCaseRow)[] = [
  'reference',
  'regime',
  'receivedOn',
  'phase',
  'respondedOn',
  'outcome',
  'late',
  'workingDaysTaken',
  'extended',
  'exemptions',
  'reviewRequestedOn',
  'reviewResult',
  'reviewLate',
  'icoComplaintOn',
  'icoDecision',
];

export async function periodCsv(db: RecordsDb, from: IsoDate, to: IsoDate): Promise<string> {
  const rows = await periodCaseRows(db, from, to);
  return stringify(
    rows.map((r) =>
      CSV_COLUMNS.map((c) => {
        const v = r[c];
        if (Array.isArray(v)) return v.join(' ');
        if (typeof v === 'boolean') return v ? 'yes' : 'no';
        return v ?? '';
      }),
    ),
    { header: true, columns: CSV_COLUMNS as string[] },
  );
}
