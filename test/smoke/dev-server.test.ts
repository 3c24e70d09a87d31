// The chain for real: Temporal CLI dev server, a real worker, an activity, the client.
import { dataConverterFromEnv } from '../../codec/data-converter';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startDevServer, TEST_NAMESPACE } from '../support/environments';
import * as activities from './activities';
import { greetWorkflow } from './workflows';

let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await startDevServer();
});
afterAll(async () => {
  await env?.teardown();
});

test('a workflow on the dev server calls an activity and returns its result', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: TEST_NAMESPACE,
    taskQueue: 'smoke-dev',
    dataConverter: dataConverterFromEnv(),
    workflowsPath: require.resolve('./workflows'),
    activities,
  });
  const result = await worker.runUntil(
    env.client.workflow.execute(greetWorkflow, {
      taskQueue: 'smoke-dev',
      workflowId: 'smoke-dev-1',
      args: ['officer'],
    }),
  );
  expect(result).toBe('hello officer from activity greet');
  const described = await env.client.workflow.getHandle('smoke-dev-1').describe();
  expect(described.status.name).toBe('COMPLETED');
});

test('the dev server has the project search attributes registered', async () => {
  const { customAttributes } = await env.connection.operatorService.listSearchAttributes({
    namespace: TEST_NAMESPACE,
  });
  expect(Object.keys(customAttributes ?? {})).toEqual(expect.arrayContaining(['FoiPhase', 'FoiDueDate']));
});
