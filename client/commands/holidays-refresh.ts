// `foi holidays refresh`: after a holiday is proclaimed and imported, tell every open case
// to fetch the holiday table again, so its deadlines move without anyone touching it.
import type { Command } from 'commander';
import { withSession } from '../connect';
import { withDeadline } from '../deadline';
import { holidaysChangedSignal, WORKFLOW_TYPE } from '../../workflows/definitions';

export async function refreshOpenCases(): Promise<number> {
  return withSession(async (session) => {
    const { client } = session;
    const query = `WorkflowType = '${WORKFLOW_TYPE}' AND ExecutionStatus = 'Running'`;
    // Each server call has its own deadline, so a large authority's list can take its time.
    const open = await withDeadline(session, async () => {
      const ids: { workflowId: string; runId: string }[] = [];
      for await (const wf of client.workflow.list({ query }))
        ids.push({ workflowId: wf.workflowId, runId: wf.runId });
      return ids;
    });
    let signalled = 0;
    for (const { workflowId, runId } of open) {
      await withDeadline(session, () =>
        client.workflow.getHandle(workflowId, runId).signal(holidaysChangedSignal),
      );
      signalled++;
      if (signalled % 100 === 0)
        process.stderr.write(`  ${signalled} of ${open.length} cases told so far...\n`);
    }
    return signalled;
  });
}

export function registerHolidaysRefresh(holidays: Command): void {
  holidays
    .command('refresh')
    .description(
      'make every open case reload the holiday table and recompute its deadlines (after an import)',
    )
    .action(async () => {
      const n = await refreshOpenCases();
      process.stdout.write(`${n} open case${n === 1 ? '' : 's'} told to reload the bank holidays\n`);
    });
}
