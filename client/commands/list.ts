// `foi list`: what is due, what is late, who holds what; one visibility query, read a page
// at a time. The rows are sorted here: the dev server's and PostgreSQL's visibility refuse
// ORDER BY ("operation is not supported"), so each row is kept small (case-row.ts) and
// the output is written as it is formatted.
import { useHolidaysInForce } from '../calendars';
import { spellingsModule, withRecords } from '../records-session';
import type { Command } from 'commander';
import { byDueDate, interner, toCaseRow, type CaseRow } from '../case-row';
import { calendarFor } from '../calendars';
import { useColour } from '../colour';
import { withSession } from '../connect';
import { LIST_OPTIONS, parseListOptions, type ListOptions } from '../list-filters';
import { caseListJsonLines, caseListLines } from '../list-format';
import { listQuery } from '../list-query';
import { addOptions } from '../option-spec';
import { PAGING_HELP, withExitCodes } from '../options';
import { writeLines } from '../output';
import { forEachRecord } from '../pages';
import { londonToday } from '../today';

export function registerList(program: Command): void {
  const cmd = program
    .command('list')
    .description(
      'open cases sorted by due date, with RAG status (red overdue, amber due within 5 working days)',
    );
  addOptions(cmd, LIST_OPTIONS).option('--json', 'print JSON');
  withExitCodes(cmd).addHelpText('after', PAGING_HELP);
  cmd.action(async (o: ListOptions & { json?: boolean }) => {
    const filters = parseListOptions(o);
    const today = londonToday();
    // An officer's address matches however its letters were cased when cases were assigned.
    const officers = await withRecords(async (db) => {
      await useHolidaysInForce(db);
      return filters.officer ? spellingsModule().officerSpellings(db, filters.officer) : undefined;
    });
    const query = listQuery(filters, today, calendarFor(filters.regime, today), officers);
    const rows = await withSession(async (s) => {
      const out: CaseRow[] = [];
      const intern = interner();
      await forEachRecord(s, query, (info) => {
        out.push(toCaseRow(info, today, intern));
      });
      return out.sort(byDueDate);
    });
    await writeLines(o.json ? caseListJsonLines(rows) : caseListLines(rows, useColour()));
  });
}
