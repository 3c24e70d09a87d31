// The case list: filters from the URL (checked with zod), one SQL query over the records
// store's open cases (written by each case at every change, with the date lists count by,
// listed_due), then filtered by RAG, sorted and cut into pages here. One query, summaries
// included, whatever the page: reading visibility a page at a time for every view was the
// slow part at 2,000 open cases.
import { z } from 'zod';
import type { IsoDate } from '../domain/calendar';
import { isoDate } from '../domain/schemas';
import { PHASE_LABELS, PHASES, TERMINAL_PHASES } from '../domain/lifecycle/phases';
import { REGIME_IDS } from '../domain/regimes';
import { byDueDate, standing, type CaseRow } from '../client/case-row';
import type { RecordsDb } from '../records/open-records';

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

export async function listCases(db: RecordsDb, p: ListParams, today: IsoDate): Promise<CasePage> {
  let q = db
    .selectFrom('cases')
    .select([
      'reference',
      'workflow_id',
      'regime',
      'phase',
      'officer',
      'received_on',
      'listed_due',
      'summary',
    ])
    .select(['outcome', 'answered_late'])
    .where('phase', 'not in', [...TERMINAL_PHASES])
    .where('voided', '=', 0);
  if (p.phase.length > 0) q = q.where('phase', 'in', p.phase);
  if (p.regime) q = q.where('regime', '=', p.regime);
  if (p.officer) q = q.where('officer', '=', p.officer);
  if (p.receivedFrom) q = q.where('received_on', '>=', p.receivedFrom);
  if (p.receivedTo) q = q.where('received_on', '<=', p.receivedTo);
  const rows: ListedCase[] = [];
  for (const r of await q.execute()) {
    const due = r.listed_due ?? undefined;
    const { workingDaysLeft, rag } = standing(r.regime, due, today);
    if (p.rag.length > 0 && !(rag && p.rag.includes(rag))) continue;
    rows.push({
      reference: r.reference,
      regime: r.regime,
      phase: r.phase,
      officer: r.officer ?? undefined,
      receivedOn: r.received_on,
      due,
      workingDaysLeft,
      rag,
      outcome: r.outcome ?? undefined,
      answeredLate: r.answered_late === null ? undefined : r.answered_late === 1,
      workflowId: r.workflow_id,
      status: 'RUNNING',
      summary: r.summary,
      phaseLabel: PHASE_LABELS[r.phase as keyof typeof PHASE_LABELS],
    });
  }
  rows.sort(sorter(p));
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(p.page, pages);
  return { rows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: rows.length, page, pages };
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
