// The case list: filters from the URL (checked with zod), one visibility listing read a
// page at a time, then filtered by RAG, sorted and cut into pages here (the visibility
// stores refuse ORDER BY, as for `foi list`); the summaries of the page shown come from
// the records store.
import { z } from 'zod';
import type { IsoDate } from '../domain/calendar';
import { isoDate } from '../domain/schemas';
import { PHASE_LABELS, PHASES } from '../domain/lifecycle/phases';
import { REGIME_IDS } from '../domain/regimes';
import { calendarFor } from '../client/calendars';
import { byDueDate, interner, toCaseRow, type CaseRow } from '../client/case-row';
import type { Session } from '../client/connect';
import { forEachRecord } from '../client/pages';
import { summariesOf } from '../records/case-reads';
import type { RecordsDb } from '../records/open-records';
import { openCases } from './list-clauses';

export const PAGE_SIZE = 50;
export const SORTS = ['due', 'reference', 'received', 'officer', 'phase'] as const;

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));
const blankIsAbsent = (v: unknown) => (v === '' ? undefined : v);

export const listQuerySchema = z.object({
  phase: oneOrMany(z.enum(PHASES)),
  regime: z.preprocess(blankIsAbsent, z.enum(REGIME_IDS).optional()),
  officer: z.preprocess(blankIsAbsent, z.email().optional()),
  rag: oneOrMany(z.enum(['red', 'amber', 'green'])),
  receivedFrom: z.preprocess(blankIsAbsent, isoDate.optional()),
  receivedTo: z.preprocess(blankIsAbsent, isoDate.optional()),
  sort: z.preprocess(blankIsAbsent, z.enum(SORTS).default('due')),
  order: z.preprocess(blankIsAbsent, z.enum(['asc', 'desc']).default('asc')),
  page: z.preprocess(blankIsAbsent, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type ListParams = z.infer<typeof listQuerySchema>;

export interface ListedCase extends CaseRow {
  summary?: string;
  phaseLabel?: string;
}

export interface CasePage {
  rows: ListedCase[];
  total: number;
  page: number;
  pages: number;
}

const compare = (a: string | undefined, b: string | undefined): number =>
  (a ?? '\uffff').localeCompare(b ?? '\uffff');

function sorter(p: ListParams): (a: ListedCase, b: ListedCase) => number {
  const by: Record<(typeof SORTS)[number], (a: ListedCase, b: ListedCase) => number> = {
    due: byDueDate,
    reference: (a, b) => a.reference.localeCompare(b.reference),
    received: (a, b) => compare(a.receivedOn, b.receivedOn) || byDueDate(a, b),
    officer: (a, b) => compare(a.officer, b.officer) || byDueDate(a, b),
    phase: (a, b) => compare(a.phase, b.phase) || byDueDate(a, b),
  };
  const f = by[p.sort];
  return p.order === 'desc' ? (a, b) => f(b, a) : f;
}

export async function listCases(s: Session, db: RecordsDb, p: ListParams, today: IsoDate): Promise<CasePage> {
  const query = openCases(today, calendarFor(p.regime, today), {
    phases: p.phase,
    regime: p.regime,
    officer: p.officer,
    receivedFrom: p.receivedFrom,
    receivedTo: p.receivedTo,
  });
  const rows: ListedCase[] = [];
  const intern = interner();
  await forEachRecord(s, query, (info) => {
    const row: ListedCase = toCaseRow(info, today, intern);
    if (p.rag.length > 0 && !(row.rag && p.rag.includes(row.rag))) return;
    row.phaseLabel = row.phase ? PHASE_LABELS[row.phase as keyof typeof PHASE_LABELS] : undefined;
    rows.push(row);
  });
  rows.sort(sorter(p));
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(p.page, pages);
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  // Summaries are in the records store, not in Temporal: read for the page shown only.
  const summaries = await summariesOf(
    db,
    shown.map((r) => r.reference),
  );
  for (const r of shown) r.summary = summaries.get(r.reference);
  return { rows: shown, total: rows.length, page, pages };
}

/** The URL of the list with these filters and one setting changed: the state lives in the URL. */
export function listUrl(p: ListParams, change: Partial<ListParams> = {}): string {
  const q = new URLSearchParams();
  const all = { ...p, ...change };
  for (const ph of all.phase) q.append('phase', ph);
  for (const r of all.rag) q.append('rag', r);
  for (const key of ['regime', 'officer', 'receivedFrom', 'receivedTo'] as const) {
    const v = all[key];
    if (v) q.set(key, v);
  }
  if (all.sort !== 'due') q.set('sort', all.sort);
  if (all.order !== 'asc') q.set('order', all.order);
  if (all.page > 1) q.set('page', String(all.page));
  const s = q.toString();
  return s ? `/cases?${s}` : '/cases';
}
