// The records disposal run, started once a day by a Temporal Schedule (the worker creates
// it; see worker/schedules.ts). Today is London's date at the workflow's start,
// from workflow time, so a replay or the time-skipping server sees the same day.
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { DisposalActivities } from '../activities/disposal';
import type { DisposalRun } from '../domain/disposal';
import { londonDate } from '../domain/london-time';

const { disposeDueRecords } = proxyActivities<DisposalActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { maximumInterval: '10 minutes' },
});

export async function disposeRecords(): Promise<DisposalRun> {
  return disposeDueRecords(londonDate(workflowInfo().startTime.getTime()));
}
