// The `foi` command as people run it: a child process (bin/foi.js) against a real dev
// server, with a real worker polling in this process. The CLI runs asynchronously so
// the worker keeps answering while the command waits for it.
import { createHolidayFeedActivities } from '../../activities/holiday-feed';
import { createRefreshActivities } from '../../activities/holidays-refresh';
import { startRefresh } from '../../client/commands/holidays-refresh';
import { dataConverterFromEnv } from '../../codec/data-converter';
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { startCase } from '../../client/case-calls';
import type { Session } from '../../client/connect';
import { DEFAULT_PAGE_SIZE } from '../../client/page-size';
import { openCaseSchema, workflowIdFor, type TimelineEntry } from '../../domain/lifecycle';
import { timelineQuery } from '../../workflows/definitions';
import { startDevServer, TEST_NAMESPACE } from '../support/environments';
import { REPO_ROOT } from '../support/tools';
import type { TestRecordsStore } from '../support/records-store';
import { recordingActivities } from '../workflows/harness';
import { workflowBundlerOptions, workflowsPath } from '../../worker/workflow-bundle-options';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliHarness {
  env: TestWorkflowEnvironment;
  taskQueue: string;
  /** `cwd`: where the command runs (the repository by default), as a person's shell might. */
  foi(args: string[], extraEnv?: NodeJS.ProcessEnv, cwd?: string): Promise<Run>;
  timeline(reference: string): Promise<TimelineEntry[]>;
  /** The CLI's own calls in this process (client/), on this server and task queue. */
  session(pageSize?: number): Session;
  /** The records store the worker writes and the CLI reads. */
  records: TestRecordsStore;
  /** Service notices the worker sent (the holiday feed's reports to the manager). */
  notices: { key: string; subject: string; lines: string[] }[];
  stop(): Promise<void>;
}

export async function startCliHarness(
  taskQueue: string,
  server: { dbFilename?: string } = {},
): Promise<CliHarness> {
  const env = await startDevServer(server);
  const recorder = recordingActivities();
  const session = (pageSize = DEFAULT_PAGE_SIZE): Session => ({
    client: env.client,
    config: { address: env.address, namespace: TEST_NAMESPACE, taskQueue },
    pageSize,
  });
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: TEST_NAMESPACE,
    taskQueue,
    workflowsPath,
    dataConverter: dataConverterFromEnv(),
    bundlerOptions: workflowBundlerOptions,
    activities: {
      ...recorder.activities,
      // The daily holiday feed fetch and the batch refresh it starts, as the worker has them.
      ...createHolidayFeedActivities(await recorder.records.db()),
      ...createRefreshActivities((reason, jobId) => startRefresh(session(), { by: reason, jobId })),
    },
  });
  const running = worker.run();
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    TEMPORAL_ADDRESS: env.address,
    TEMPORAL_NAMESPACE: TEST_NAMESPACE,
    TEMPORAL_TASK_QUEUE: taskQueue,
    FOI_USER: 'officer@police.example.gov.uk',
    // The CLI reads and writes the same records store as this worker.
    FOI_RECORDS_URL: recorder.records.url,
    NO_COLOR: '1',
  };
  return {
    env,
    taskQueue,
    foi: (args, extraEnv = {}, cwd = REPO_ROOT) =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          [path.join(REPO_ROOT, 'bin', 'foi.js'), ...args],
          { cwd, env: { ...baseEnv, ...extraEnv }, timeout: 90_000 },
          (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
            resolve({ code, stdout, stderr });
          },
        );
      }),
    timeline: (reference) => env.client.workflow.getHandle(workflowIdFor(reference)).query(timelineQuery),
    session,
    records: recorder.records,
    notices: recorder.notices,
    stop: async () => {
      worker.shutdown();
      await running;
      await env.teardown();
      await recorder.records.close();
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

/** Opens many cases at once through the CLI's own start call (`foi open` one by one would
 * take a second or more each); `receivedOn` gives each its date of receipt. */
export async function openCases(
  s: Session,
  references: string[],
  receivedOn: (i: number) => string,
  concurrency = 10,
): Promise<void> {
  for (let i = 0; i < references.length; i += concurrency) {
    await Promise.all(
      references.slice(i, i + concurrency).map(async (reference, k) => {
        const input = openCaseSchema.parse({
          reference,
          regime: 'foia',
          receivedOn: receivedOn(i + k),
          summary: 'Speed cameras',
          officer: 'officer@police.example.gov.uk',
          openedBy: 'officer@police.example.gov.uk',
        });
        if (!(await startCase(s, input))) throw new Error(`${reference} already exists`);
      }),
    );
  }
}

/** Waits until visibility counts `expected` records for `query` (it lags the workflows). */
export async function untilCounted(h: CliHarness, query: string, expected: number): Promise<number> {
  const { count } = await eventually(
    () => h.env.client.workflow.count(query),
    (c) => c.count === expected,
    240,
  );
  if (count !== expected) throw new Error(`visibility counts ${count}, not ${expected}, for ${query}`);
  return count;
}
