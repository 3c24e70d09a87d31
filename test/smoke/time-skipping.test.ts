// The time-skipping server: a 30-day timer completes without waiting 30 days.
import { dataConverterFromEnv } from '../../codec/data-converter';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startTimeSkippingServer } from '../support/environments';
import * as activities from './activities';
import { sleepyGreetWorkflow } from './workflows';

let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await startTimeSkippingServer();
});
afterAll(async () => {
  await env?.teardown();
});

test('a 30-day sleep completes and the activity after it runs', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: 'smoke-ts',
    dataConverter: dataConverterFromEnv(),
    workflowsPath: require.resolve('./workflows'),
    activities,
  });
  const wallStart = Date.now();
  const result = await worker.runUntil(
    env.client.workflow.execute(sleepyGreetWorkflow, {
      taskQueue: 'smoke-ts',
      workflowId: 'smoke-ts-1',
      args: ['manager'],
    }),
  );
  expect(result.greeting).toBe('hello manager from activity greet');
  // Workflow time moved by at least the 30 days slept...
  expect(result.sleptMs).toBeGreaterThanOrEqual(30 * 24 * 3600 * 1000);
  // ...while far less real time passed (a loose bound that only fails if nothing was skipped).
  expect(Date.now() - wallStart).toBeLessThan(24 * 3600 * 1000);
});
