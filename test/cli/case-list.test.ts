// The manager's list: rows read from visibility records, RAG status, order and table.
import type { WorkflowExecutionInfo } from '@temporalio/client';
import { TypedSearchAttributes, type SearchAttributePair } from '@temporalio/common';
import { byDueDate, interner, toCaseRow } from '../../client/case-row';
import { caseListJsonLines, formatCaseList } from '../../client/list-format';
import { ragFor } from '../../client/rag';
import { tableLines } from '../../client/text-table';
import * as SA from '../../workflows/search-attributes';

const TODAY = '2026-11-26'; // a Thursday

function info(reference: string, due: string | undefined, status = 'RUNNING'): WorkflowExecutionInfo {
  const pairs: SearchAttributePair[] = [
    { key: SA.FoiReference, value: reference },
    { key: SA.FoiRegime, value: 'foia' },
    { key: SA.FoiPhase, value: 'in_progress' },
    { key: SA.FoiCaseOfficer, value: 'officer@police.example.gov.uk' },
    { key: SA.FoiReceivedDate, value: new Date('2026-10-01T00:00:00Z') },
  ];
  if (due) pairs.push({ key: SA.FoiDueDate, value: new Date(`${due}T00:00:00Z`) });
  return {
    workflowId: `foi-${reference}`,
    status: { name: status },
    typedSearchAttributes: new TypedSearchAttributes(pairs),
  } as unknown as WorkflowExecutionInfo;
}

describe('RAG', () => {
  test('red once the due date has passed, even when no working day has passed since (a weekend)', () => {
    // Due Fri 27 Nov, today Sat 28 Nov: no working day in between, but it is overdue.
    expect(ragFor('2026-11-27', 0, '2026-11-28')).toBe('red');
  });

  test('amber from 5 working days before the due date to the due day itself; green before', () => {
    expect(ragFor(TODAY, 0, TODAY)).toBe('amber');
    expect(ragFor('2026-12-03', 5, TODAY)).toBe('amber');
    expect(ragFor('2026-12-04', 6, TODAY)).toBe('green');
  });
});

describe('case rows', () => {
  test('a row carries the due date, working days left and RAG', () => {
    // Thu 26 Nov → Thu 3 Dec: 27, 30 Nov, 1, 2, 3 Dec (30 Nov, St Andrew's Day, falls on a Monday
    // in 2026 and is a Scottish bank holiday, so FOIA does not count it): 4 working days.
    expect(toCaseRow(info('FOI2026/1', '2026-12-03'), TODAY)).toMatchObject({
      reference: 'FOI2026/1',
      phase: 'in_progress',
      officer: 'officer@police.example.gov.uk',
      receivedOn: '2026-10-01',
      due: '2026-12-03',
      workingDaysLeft: 4,
      rag: 'amber',
    });
  });

  test('an ended case has no RAG, whatever its last due date', () => {
    const row = toCaseRow(info('FOI2026/2', '2026-01-05', 'COMPLETED'), TODAY);
    expect(row.rag).toBeUndefined();
    expect(row.status).toBe('COMPLETED');
  });

  test('rows of a long list share their repeated values, and are the same rows', () => {
    const intern = interner();
    const a = toCaseRow(info('FOI2026/3', '2026-12-03'), TODAY, intern);
    const b = toCaseRow(info('FOI2026/4', '2026-12-03'), TODAY, intern);
    expect(a).toEqual(toCaseRow(info('FOI2026/3', '2026-12-03'), TODAY));
    expect(intern(b.officer)).toBe(a.officer);
    expect(intern('an unseen value')).toBe('an unseen value');
  });

  test('sorted by due date, cases without one last, then by reference', () => {
    const rows = [
      toCaseRow(info('B', undefined), TODAY),
      toCaseRow(info('C', '2026-12-20'), TODAY),
      toCaseRow(info('A', undefined), TODAY),
      toCaseRow(info('D', '2026-11-02'), TODAY),
    ].sort(byDueDate);
    expect(rows.map((r) => r.reference)).toEqual(['D', 'C', 'A', 'B']);
  });
});

describe('the list table', () => {
  const rows = [
    toCaseRow(info('FOI2026/9', '2026-11-02'), TODAY),
    toCaseRow(info('FOI2026/10', '2026-12-21'), TODAY),
  ];

  test('one aligned line per case and a RAG count', () => {
    const lines = formatCaseList(rows, false).split('\n');
    expect(lines[0]).toMatch(/^RAG +REFERENCE +REGIME +PHASE +DUE +LEFT +OFFICER +RECEIVED$/);
    expect(lines[1]).toMatch(
      /^RED +FOI2026\/9 +foia +in_progress +2026-11-02 +\d+ WD overdue +officer@police\.example\.gov\.uk +2026-10-01$/,
    );
    expect(lines[2]).toMatch(/^GREEN +FOI2026\/10 +foia +in_progress +2026-12-21 +\d+ WD left /);
    expect(lines[0]!.indexOf('DUE')).toBe(lines[1]!.indexOf('2026-11-02'));
    expect(lines[3]).toBe('2 cases: 1 red, 0 amber, 1 green');
  });

  test('colour only when asked, without breaking the columns', () => {
    expect(formatCaseList(rows, false)).not.toContain('\x1b[');
    const coloured = formatCaseList(rows, true).split('\n');
    expect(coloured[1]!.startsWith('\x1b[31mRED  \x1b[0m  FOI2026/9')).toBe(true);
  });

  test('an empty list says so', () => {
    expect(formatCaseList([], false)).toBe('no cases match');
  });

  test('--json is written a row at a time, as JSON.stringify(rows, null, 2) would write it whole', () => {
    for (const some of [[], rows.slice(0, 1), rows]) {
      expect([...caseListJsonLines(some)].join('\n')).toBe(JSON.stringify(some, null, 2));
    }
  });

  test('a table of 200,000 rows (more than Math.max(...widths) can take) is made and aligned', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => [{ text: String(i) }, { text: 'x' }]);
    const lines = [...tableLines(['N', 'X'], many, (r) => r)];
    expect(lines).toHaveLength(200_001);
    expect(lines[1]).toBe('0       x');
    expect(lines[200_000]).toBe('199999  x');
  });
});
