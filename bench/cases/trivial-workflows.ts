// The yardstick for `npm run bench:cases`: a workflow that does nothing but wait. It answers
// a `status` query (so the bench asks both kinds the same way) and ends on a `stop` signal.
import { condition, defineQuery, defineSignal, setHandler } from '@temporalio/workflow';

export interface TrivialStatus {
  phase: 'waiting' | 'stopped';
  startedAtMs: number;
}

export const trivialStatusQuery = defineQuery<TrivialStatus>('status');
export const trivialStopSignal = defineSignal('stop');

export async function trivialCase(): Promise<TrivialStatus> {
  const startedAtMs = Date.now();
  let stopped = false;
  setHandler(trivialStatusQuery, () => ({ phase: stopped ? 'stopped' : 'waiting', startedAtMs }));
  setHandler(trivialStopSignal, () => {
    stopped = true;
  });
  await condition(() => stopped);
  return { phase: 'stopped', startedAtMs };
}
