// The statistics page and its CSV: the figures `foi stats` gives (client/stats.ts), a
// month-by-month series for the chart, and one CSV row per case. Every figure comes from
// the cases of the period as `periodCases` reads them: the one place to change the source
// (visibility memos today; the records store once it lands).
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { IsoDate } from '../domain/calendar';
import { isoDate } from '../domain/lifecycle/commands';
import type { Session } from '../client/connect';
import { factsOf } from '../client/facts';
import { statsQuery } from '../client/list-query';
import { forEachRecord } from '../client/pages';
import { StatsCounter, type PeriodStats } from '../client/stats';
import { FoiReference } from '../workflows/search-attributes';
import type { CaseFacts } from '../workflows/definitions';

export type CaseFactsRow = CaseFacts & { reference: string };

/** Every case received in [from, to], as facts (no requester details). */
export async function periodCases(
  s: Session,
  from: IsoDate,
  to: IsoDate,
  visit: (f: CaseFactsRow) => void,
): Promise<void> {
  await forEachRecord(s, statsQuery(from, to), (info) => {
    const f = factsOf(info);
    if (f)
      visit({
        ...f,
        reference: info.typedSearchAttributes.get(FoiReference) ?? info.workflowId.replace(/^foi-/, ''),
      });
  });
}

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

const monthOf = (d: IsoDate): string => d.slice(0, 7);

export async function periodReport(s: Session, from: IsoDate, to: IsoDate): Promise<PeriodReport> {
  const whole = new StatsCounter(from, to);
  const byMonth = new Map<string, StatsCounter>();
  for (let m = monthOf(from); m <= monthOf(to);) {
    byMonth.set(m, new StatsCounter(from, to));
    const [y, mo] = m.split('-').map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  await periodCases(s, from, to, (f) => {
    whole.add(f);
    byMonth.get(monthOf(f.receivedOn))?.add(f);
  });
  const months = [...byMonth].map(([month, c]) => {
    const r = c.result();
    return {
      month,
      received: r.received,
      answered: r.answered,
      answeredInTime: r.answeredInTime,
      shareInTime: r.shareInTime,
    };
  });
  return { stats: whole.result(), months };
}

const CSV_COLUMNS: (keyof CaseFactsRow)[] = [
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

export async function periodCsv(s: Session, from: IsoDate, to: IsoDate): Promise<string> {
  const rows: CaseFactsRow[] = [];
  await periodCases(s, from, to, (f) => rows.push(f));
  rows.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.reference.localeCompare(b.reference));
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
