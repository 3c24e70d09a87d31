// The yardsticks for `npm run bench:cases`: a workflow that does nothing but wait, and one
// that first sends a one-line email through an activity and then waits (`--yardstick
// sends`: the least any workflow that tells someone at opening must do). Both answer a
// `status` query (so the bench asks every kind the same way) and end on a `stop` signal.
import {
  condition,
  defineQuery,
  defineSignal,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type * as activities from './trivial-activities';

export interface TrivialStatus {
  phase: 'waiting' | 'stopped';
  startedAtMs: number;
}

export const trivialStatusQuery = defineQuery<TrivialStatus>('status');
export const trivialStopSignal = defineSignal('stop');

const { sendOneLine } = proxyActivities<typeof activities>({ startToCloseTimeout: '1 minute' });

async function waitForStop(first?: () => Promise<void>): Promise<TrivialStatus> {
  const startedAtMs = Date.now();
  let stopped = false;
  setHandler(trivialStatusQuery, () => ({ phase: stopped ? 'stopped' : 'waiting', startedAtMs }));
  setHandler(trivialStopSignal, () => {
    stopped = true;
  });
  await first?.();
  await condition(() => stopped);
  return { phase: 'stopped', startedAtMs };
}

export async function trivialCase(): Promise<TrivialStatus> {
  return waitForStop();
}

export async function trivialCaseThatSends(): Promise<TrivialStatus> {
  return waitForStop(() => sendOneLine(workflowInfo().workflowId));
}
