// The manager's list as a table: RAG first, then what identifies and dates each case.
import type { CaseRow } from './case-row';
import { paint } from './colour';
import { renderTable, type Cell } from './text-table';

function left(n: number | undefined): string {
  if (n === undefined) return '-';
  if (n === 0) return 'due today';
  return n > 0 ? `${n} WD left` : `${-n} WD overdue`;
}

export function formatCaseList(rows: CaseRow[], colour: boolean): string {
  if (rows.length === 0) return 'no cases match';
  const cells: Cell[][] = rows.map((r) => [
    { text: r.rag ? r.rag.toUpperCase() : '-', colour: r.rag ? paint(r.rag, colour) : undefined },
    { text: r.reference },
    { text: r.regime ?? '-' },
    { text: r.phase ?? '-' },
    { text: r.due ?? '-' },
    { text: left(r.workingDaysLeft) },
    { text: r.officer ?? '-' },
    { text: r.receivedOn ?? '-' },
  ]);
  const table = renderTable(
    ['RAG', 'REFERENCE', 'REGIME', 'PHASE', 'DUE', 'LEFT', 'OFFICER', 'RECEIVED'],
    cells,
  );
  const count = (rag: string) => rows.filter((r) => r.rag === rag).length;
  const summary = `${rows.length} case${rows.length === 1 ? '' : 's'}: ${count('red')} red, ${count('amber')} amber, ${count('green')} green`;
  return `${table}\n${summary}`;
}
