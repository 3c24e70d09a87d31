// The compiled worker as production runs it (node dist/worker/worker.js): it loads the
// prebuilt workflow bundle, serves Prometheus metrics when WORKER_METRICS_ADDRESS is set,
// and drains and exits 0 on SIGTERM. Against a real dev server.
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  DEFAULT_MAX_CONCURRENT_ACTIVITIES,
  DEFAULT_MAX_CONCURRENT_WORKFLOW_TASKS,
} from '../worker/worker-config';
import { freePort, startMailpit } from './support/mailpit';
import { startDevServer, TEST_NAMESPACE } from './support/environments';
import { DISPOSAL_SCHEDULE_ID, HOLIDAY_FEED_SCHEDULE_ID } from '../worker/schedules';
import { ensureBuilt, REPO_ROOT } from './support/tools';

let env: TestWorkflowEnvironment;

beforeAll(async () => {
  ensureBuilt();
  env = await startDevServer();
}, 300_000);

afterAll(async () => {
  await env?.teardown();
});

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startCompiledWorker(extraEnv: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, ['dist/worker/worker.js'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: env.address,
      TEMPORAL_NAMESPACE: TEST_NAMESPACE,
      TEMPORAL_TASK_QUEUE: `worker-process-${process.pid}`,
      // Its own records store, not the project's data/ folder.
      FOI_RECORDS_URL: `sqlite:${path.join(os.tmpdir(), `foi-worker-process-${process.pid}.db`)}`,
      ...extraEnv,
    },
  });
  let text = '';
  child.stdout.on('data', (b: Buffer) => (text += b.toString()));
  child.stderr.on('data', (b: Buffer) => (text += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** The value of temporal_worker_task_slots_available for one kind of slot. */
function slots(metrics: string, workerType: string): number | undefined {
  const line = metrics
    .split('\n')
    .find(
      (l) =>
        l.startsWith('temporal_worker_task_slots_available{') && l.includes(`worker_type="${workerType}"`),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

async function until<T>(what: string, read: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('the compiled worker polls from the prebuilt bundle, serves /metrics, and stops cleanly on SIGTERM', async () => {
  const port = await freePort();
  const w = startCompiledWorker({
    WORKER_METRICS_ADDRESS: `127.0.0.1:${port}`,
    FOI_HOLIDAY_FEED_URL: 'https://www.gov.uk/bank-holidays.json',
  });
  try {
    await until('the polling line', async () => (w.output().includes('worker: polling') ? true : undefined));
    expect(w.output()).toContain('workflows from the prebuilt bundle');
    // The test server keeps closed cases for a day, less than the week the worker asks for.
    expect(w.output()).toMatch(/warning: namespace foi keeps closed cases for (1 days|24 hours)/);
    expect(w.output()).toContain('records in ');
    expect(w.output()).toContain('payloads encrypted with key test-2 (2 known, from FOI_PAYLOAD_KEYS)');
    // The daily records disposal, as a Schedule in Temporal (visible in its UI).
    expect(w.output()).toContain(`schedule ${DISPOSAL_SCHEDULE_ID} (disposeRecords): created`);
    const schedule = await env.client.schedule.getHandle(DISPOSAL_SCHEDULE_ID).describe();
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'disposeRecords' });
    expect(schedule.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 2, end: 2, step: 1 }] });
    expect(schedule.spec.timezone).toBe('Europe/London');
    // With a feed URL, the daily bank holiday fetch too, the URL its argument.
    expect(w.output()).toContain(`schedule ${HOLIDAY_FEED_SCHEDULE_ID} (fetchHolidays): created`);
    const feed = await env.client.schedule.getHandle(HOLIDAY_FEED_SCHEDULE_ID).describe();
    expect(feed.action).toMatchObject({
      workflowType: 'fetchHolidays',
      args: ['https://www.gov.uk/bank-holidays.json'],
    });
    expect(w.output()).toContain(`metrics at http://127.0.0.1:${port}/metrics`);

    // The SDK records its first metrics once the pollers are running.
    const metrics = await until('Temporal metrics', async () => {
      const body = await fetch(`http://127.0.0.1:${port}/metrics`).then(
        (r) => r.text(),
        () => '',
      );
      return /^temporal_worker_task_slots_available\{/m.test(body) ? body : undefined;
    });
    expect(metrics).toMatch(/^temporal_num_pollers\{/m);
    // Nothing runs yet, so every slot of the default settings is free.
    expect(slots(metrics, 'WorkflowWorker')).toBe(DEFAULT_MAX_CONCURRENT_WORKFLOW_TASKS);
    expect(slots(metrics, 'ActivityWorker')).toBe(DEFAULT_MAX_CONCURRENT_ACTIVITIES);
  } finally {
    w.child.kill('SIGTERM');
  }
  expect(await w.exited).toBe(0);
});

test('a second start keeps the schedules; without a feed URL the feed schedule is deleted', async () => {
  // The first test created both; this start has no FOI_HOLIDAY_FEED_URL.
  const w = startCompiledWorker({});
  try {
    await until('the polling line', async () => (w.output().includes('worker: polling') ? true : undefined));
    expect(w.output()).toContain(`schedule ${DISPOSAL_SCHEDULE_ID} (disposeRecords): kept`);
    expect(w.output()).toContain(`schedule ${HOLIDAY_FEED_SCHEDULE_ID}: deleted (no longer configured)`);
    await expect(env.client.schedule.getHandle(HOLIDAY_FEED_SCHEDULE_ID).describe()).rejects.toThrow();
  } finally {
    w.child.kill('SIGTERM');
  }
  expect(await w.exited).toBe(0);
});

test('the task slots the metrics report follow the WORKER_* settings', async () => {
  const port = await freePort();
  const w = startCompiledWorker({
    WORKER_METRICS_ADDRESS: `127.0.0.1:${port}`,
    WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '7',
    WORKER_MAX_CONCURRENT_ACTIVITIES: '3',
  });
  try {
    const metrics = await until('Temporal metrics', async () => {
      const body = await fetch(`http://127.0.0.1:${port}/metrics`).then(
        (r) => r.text(),
        () => '',
      );
      return /worker_type="ActivityWorker"/.test(body) && /worker_type="WorkflowWorker"/.test(body)
        ? body
        : undefined;
    });
    expect(slots(metrics, 'WorkflowWorker')).toBe(7);
    expect(slots(metrics, 'ActivityWorker')).toBe(3);
  } finally {
    w.child.kill('SIGTERM');
  }
  expect(await w.exited).toBe(0);
});

test('a bad WORKER_* setting stops the compiled worker with one line naming it', async () => {
  const w = startCompiledWorker({ WORKER_MAX_CACHED_WORKFLOWS: 'lots' });
  expect(await w.exited).toBe(2);
  expect(w.output()).toBe(
    'worker: configuration error: WORKER_MAX_CACHED_WORKFLOWS: expected a whole number, 0 or more, got "lots"\n',
  );
});

test.each([
  [
    { FOI_PAYLOAD_KEYS: 'k1=tooshort' },
    /^worker: configuration error: FOI_PAYLOAD_KEYS: key "k1" is not 32 bytes/,
  ],
  [
    { FOI_DISPOSAL_RULES: 'forever' },
    /^worker: configuration error: FOI_DISPOSAL_RULES: expected \[regime=\]years/,
  ],
  [
    { FOI_HOLIDAY_FEED_URL: 'gov.uk' },
    /^worker: configuration error: FOI_HOLIDAY_FEED_URL: expected an http\(s\) URL/,
  ],
])('a bad setting %p stops the worker with one line, before it connects', async (env, message) => {
  const w = startCompiledWorker(env);
  expect(await w.exited).toBe(2);
  expect(w.output()).toMatch(message);
  expect(w.output().trim().split('\n')).toHaveLength(1);
});

test('the mail relay is checked at start: a wrong port is one warning line, and the worker runs on', async () => {
  const closed = await freePort();
  const w = startCompiledWorker({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(closed), SMTP_TLS: 'none' });
  try {
    await until('the polling line', async () => (w.output().includes('worker: polling') ? true : undefined));
    const warnings = w
      .output()
      .split('\n')
      .filter((l) => l.includes('the mail relay at'));
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^worker: warning: the mail relay at 127\\.0\\.0\\.1:${closed} .*ECONNREFUSED`),
      ),
    ]);
  } finally {
    w.child.kill('SIGTERM');
  }
  expect(await w.exited).toBe(0);

  // A relay that answers: no warning.
  const mailpit = await startMailpit();
  const ok = startCompiledWorker({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailpit.smtpPort),
    SMTP_TLS: 'none',
  });
  try {
    await until('the polling line', async () => (ok.output().includes('worker: polling') ? true : undefined));
    expect(ok.output()).not.toContain('the mail relay at');
  } finally {
    ok.child.kill('SIGTERM');
    await ok.exited;
    await mailpit.stop();
  }
});
