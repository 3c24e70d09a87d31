// A long case rolls over to a fresh history when Temporal suggests it, and nothing of the
// case is lost: its state, timeline, deadlines and pending reminders carry over. The dev
// server is told to suggest continue-as-new after a few events, as a year-long case would.
import { dataConverterFromEnv } from '../../codec/data-converter';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { TestWorkflowEnvironment as Env } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { workflowIdFor } from '../../domain/lifecycle';
import { commandUpdates, statusQuery, timelineQuery } from '../../workflows/definitions';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { TEST_NAMESPACE } from '../support/environments';
import { APPROVER, LETTER_CASE, OFFICER } from '../support/example-letter';
import { temporalCli } from '../support/tools';
import { recordingActivities } from './harness';
import { workflowBundlerOptions, workflowsPath } from '../../worker/workflow-bundle-options';

let env: TestWorkflowEnvironment;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  env = await Env.createLocal({
    client: { dataConverter: dataConverterFromEnv() },
    server: {
      executable: { type: 'existing-path', path: temporalCli() },
      namespace: TEST_NAMESPACE,
      searchAttributes: [...ALL_SEARCH_ATTRIBUTES],
      log: { format: 'pretty', level: 'error' },
      extraArgs: ['--dynamic-config-value', 'limit.historyCount.suggestContinueAsNew=30'],
    },
  });
  worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: TEST_NAMESPACE,
    taskQueue: 'can',
    dataConverter: dataConverterFromEnv(),
    workflowsPath,
    bundlerOptions: workflowBundlerOptions,
    activities: recordingActivities().activities,
  });
  running = worker.run();
});
afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
});

test('the case continues as new with its state, timeline and deadlines intact', async () => {
  const workflowId = workflowIdFor(LETTER_CASE.reference);
  const first = await env.client.workflow.start('foiRequest', {
    taskQueue: 'can',
    workflowId,
    args: [LETTER_CASE],
  });
  const handle = env.client.workflow.getHandle(workflowId);
  const u = commandUpdates;
  // Enough steps to pass the 30-event threshold; returning and resubmitting a draft is ordinary work.
  for (let i = 0; i < 4; i++) {
    await handle.executeUpdate(u.submitDraft, { args: [{ by: OFFICER, on: '2018-06-18' }] });
    await handle.executeUpdate(u.returnDraft, {
      args: [{ by: APPROVER, on: '2018-06-18', comment: `round ${i + 1}` }],
    });
  }
  await handle.executeUpdate(u.submitDraft, { args: [{ by: OFFICER, on: '2018-06-19' }] });

  let runId = first.firstExecutionRunId;
  for (let i = 0; i < 100 && runId === first.firstExecutionRunId; i++) {
    runId = (await handle.describe()).runId;
    if (runId === first.firstExecutionRunId) await new Promise((r) => setTimeout(r, 100));
  }
  expect(runId).not.toBe(first.firstExecutionRunId);

  const status = await handle.query(statusQuery, '2018-06-19');
  expect(status).toMatchObject({ phase: 'awaiting_approval', officer: OFFICER, responseDue: '2018-06-26' });
  const timeline = await handle.query(timelineQuery);
  expect(timeline.filter((t) => t.type === 'draftReturned').map((t) => t.text)).toEqual([
    'draft returned: round 1',
    'draft returned: round 2',
    'draft returned: round 3',
    'draft returned: round 4',
  ]);
  // The new run takes commands as the old one did.
  const approved = await handle.executeUpdate(u.approve, { args: [{ by: APPROVER, on: '2018-06-20' }] });
  expect(approved.phase).toBe('approved');
  await handle.executeUpdate(u.withdraw, { args: [{ by: OFFICER, on: '2018-06-21', reason: 'test over' }] });
  expect(await handle.result()).toMatchObject({ phase: 'withdrawn' });
});
