// The manager's list as a table: RAG first, then what identifies and dates each case.
import type { CaseRow } from './case-row';
import { paint } from './colour';
import { tableLines, type Cell } from './text-table';

function left(n: number | undefined): string {
  if (n === undefined) return '-';
  if (n === 0) return 'due today';
  return n > 0 ? `${n} WD left` : `${-n} WD overdue`;
}

const HEADERS = ['RAG', 'REFERENCE', 'REGIME', 'PHASE', 'DUE', 'LEFT', 'OFFICER', 'RECEIVED'];

const cells =
  (colour: boolean) =>
  (r: CaseRow): Cell[] => [
    { text: r.rag ? r.rag.toUpperCase() : '-', colour: r.rag ? paint(r.rag, colour) : undefined },
    // A mail outage holds the case's email: foi status says since when and why.
    { text: r.mailOutage ? `${r.reference} [mail held]` : r.reference },
    { text: r.regime ?? '-' },
    { text: r.phase ?? '-' },
    { text: r.due ?? '-' },
    { text: left(r.workingDaysLeft) },
    { text: r.officer ?? '-' },
    { text: r.receivedOn ?? '-' },
  ];

/** The list line by line (the table, then the RAG count), for writing as it is made. */
export function* caseListLines(rows: readonly CaseRow[], colour: boolean): Generator<string> {
  if (rows.length === 0) {
    yield 'no cases match';
    return;
  }
  yield* tableLines(HEADERS, rows, cells(colour));
  const count = { red: 0, amber: 0, green: 0 };
  for (const r of rows) if (r.rag) count[r.rag]++;
  const held = rows.filter((r) => r.mailOutage).length;
  yield (
    `${rows.length} case${rows.length === 1 ? '' : 's'}: ${count.red} red, ${count.amber} amber, ${count.green} green` +
    (held ? `; ${held} with email held by a mail outage` : '')
  );
}

export function formatCaseList(rows: readonly CaseRow[], colour: boolean): string {
  return [...caseListLines(rows, colour)].join('\n');
}

/** `JSON.stringify(rows, null, 2)` one row at a time, so a long list is never one string. */
export function* caseListJsonLines(rows: readonly CaseRow[]): Generator<string> {
  if (rows.length === 0) {
    yield '[]';
    return;
  }
  yield '[';
  for (let i = 0; i < rows.length; i++) {
    const row = JSON.stringify(rows[i], null, 2).replace(/^/gm, '  ');
    yield i < rows.length - 1 ? `${row},` : row;
  }
  yield ']';
}
