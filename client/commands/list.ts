// `foi list`: what is due, what is late, who holds what; one visibility query.
import type { Command } from 'commander';
import { byDueDate, toCaseRow, type CaseRow } from '../case-row';
import { calendarFor } from '../calendars';
import { useColour } from '../colour';
import { withSession } from '../connect';
import { withDeadline } from '../deadline';
import { parseListOptions, type ListOptions } from '../list-filters';
import { formatCaseList } from '../list-format';
import { listQuery } from '../list-query';
import { collect, withExitCodes } from '../options';
import { londonToday } from '../today';

export function registerList(program: Command): void {
  const cmd = program
    .command('list')
    .description(
      'open cases sorted by due date, with RAG status (red overdue, amber due within 5 working days)',
    )
    .option('--overdue', 'only cases past their deadline')
    .option('--due-within <n>', 'only cases due within N working days (from today, not yet overdue)')
    .option('--officer <email>', 'only cases of this case officer')
    .option('--phase <phase>', 'only cases in this phase (repeat for several), e.g. in_progress', collect)
    .option('--regime <id>', 'only cases under this regime (its calendar counts --due-within)')
    .option('--received-from <date>', 'only cases received on or after this date')
    .option('--received-to <date>', 'only cases received on or before this date')
    .option('--all', 'include cases that have ended')
    .option('--json', 'print JSON');
  withExitCodes(cmd);
  cmd.action(async (o: ListOptions & { json?: boolean }) => {
    const filters = parseListOptions(o);
    const today = londonToday();
    const query = listQuery(filters, today, calendarFor(filters.regime, today));
    const rows = await withSession(async (s) => {
      const out: CaseRow[] = [];
      await withDeadline(s, async () => {
        for await (const info of s.client.workflow.list({ query })) out.push(toCaseRow(info, today));
      });
      return out.sort(byDueDate);
    });
    process.stdout.write(`${o.json ? JSON.stringify(rows, null, 2) : formatCaseList(rows, useColour())}\n`);
  });
}
