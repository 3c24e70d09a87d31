// The `foi` command as people run it: a child process (bin/foi.js) against a real dev
// server, with a real worker polling in this process. The CLI runs asynchronously so
// the worker keeps answering while the command waits for it.
import { execFile } from 'node:child_process';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { workflowIdFor, type TimelineEntry } from '../../domain/lifecycle';
import { timelineQuery } from '../../workflows/definitions';
import { startDevServer, TEST_NAMESPACE } from '../support/environments';
import { REPO_ROOT } from '../support/tools';
import { recordingActivities } from '../workflows/harness';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliHarness {
  env: TestWorkflowEnvironment;
  taskQueue: string;
  foi(args: string[], extraEnv?: NodeJS.ProcessEnv): Promise<Run>;
  timeline(reference: string): Promise<TimelineEntry[]>;
  stop(): Promise<void>;
}

export async function startCliHarness(taskQueue: string): Promise<CliHarness> {
  const env = await startDevServer();
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: TEST_NAMESPACE,
    taskQueue,
    workflowsPath: require.resolve('../../workflows'),
    activities: recordingActivities().activities,
  });
  const running = worker.run();
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    TEMPORAL_ADDRESS: env.address,
    TEMPORAL_NAMESPACE: TEST_NAMESPACE,
    TEMPORAL_TASK_QUEUE: taskQueue,
    FOI_USER: 'officer@police.example.gov.uk',
    NO_COLOR: '1',
  };
  return {
    env,
    taskQueue,
    foi: (args, extraEnv = {}) =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          ['bin/foi.js', ...args],
          { cwd: REPO_ROOT, env: { ...baseEnv, ...extraEnv }, timeout: 90_000 },
          (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
            resolve({ code, stdout, stderr });
          },
        );
      }),
    timeline: (reference) => env.client.workflow.getHandle(workflowIdFor(reference)).query(timelineQuery),
    stop: async () => {
      worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}

/** Visibility is eventually consistent: ask again until `accept` says yes (or give up). */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  attempts = 40,
): Promise<T> {
  let value = await read();
  for (let i = 1; i < attempts && !accept(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}
