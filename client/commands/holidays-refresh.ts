// `foi holidays refresh`: after a holiday is proclaimed and imported, tell every open case
// to fetch the holiday table again, so its deadlines move without anyone touching it.
import type { Command } from 'commander';
import { withSession } from '../connect';
import { holidaysChangedSignal, WORKFLOW_TYPE } from '../../workflows/definitions';

export async function refreshOpenCases(): Promise<number> {
  return withSession(async ({ client }) => {
    let signalled = 0;
    const query = `WorkflowType = '${WORKFLOW_TYPE}' AND ExecutionStatus = 'Running'`;
    for await (const wf of client.workflow.list({ query })) {
      await client.workflow.getHandle(wf.workflowId, wf.runId).signal(holidaysChangedSignal);
      signalled++;
      if (signalled % 100 === 0) process.stderr.write(`  ${signalled} cases told so far...\n`);
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
