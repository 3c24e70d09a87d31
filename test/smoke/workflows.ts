// Trivial workflows for the smoke tests: prove worker, server and activity are wired.
import { proxyActivities, sleep } from '@temporalio/workflow';
import type * as activities from './activities';

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '10 seconds' });

export async function greetWorkflow(name: string): Promise<string> {
  return greet(name);
}

/** Sleeps 30 days of workflow time, then greets: the time-skipping server makes it instant. */
export async function sleepyGreetWorkflow(name: string): Promise<{ greeting: string; sleptMs: number }> {
  const before = Date.now();
  await sleep('30 days');
  return { greeting: await greet(name), sleptMs: Date.now() - before };
}
