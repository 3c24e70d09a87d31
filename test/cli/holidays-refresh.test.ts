// `foi holidays refresh` on a real dev server and worker: one batch job on the server
// signals every open case on the CLI's task queue, and only those; the command follows
// the job to its end, or with --no-wait leaves it to run and --watch picks it up again.
import { refreshQuery } from '../../client/commands/holidays-refresh';
import { openCaseSchema, workflowIdFor } from '../../domain/lifecycle';
import { WORKFLOW_TYPE } from '../../workflows/definitions';
import { openCases, startCliHarness, untilCounted, type CliHarness } from './harness';

const QUEUE = 'cli-refresh';
const JOB_LINE = new RegExp(
  `^started batch job (holidays-refresh-\\d{8}T\\d{6}Z-[0-9a-f]{6}): open cases on task queue "${QUEUE}" reload the bank holidays$`,
);

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness(QUEUE);
});
afterAll(async () => {
  await h?.stop();
});

const refreshes = async (ref: string) =>
  (await h.timeline(ref)).filter((e) => e.type === 'holidaysRefreshed').length;

/** Waits until every case shows at least `n` refreshes; returns those that do not. */
async function notRefreshed(refs: string[], n: number, attempts = 240): Promise<string[]> {
  let pending = refs;
  for (let i = 0; i < attempts && pending.length > 0; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 500));
    const counts = await Promise.all(pending.map(refreshes));
    pending = pending.filter((_, k) => counts[k]! < n);
  }
  return pending;
}

test('every open case on this task queue reloads the holiday table; an ended case and a case on another queue are left alone', async () => {
  const open = (ref: string) =>
    h.foi([
      'open',
      ref,
      '--received',
      '2018-05-29',
      '--summary',
      'Speed cameras',
      '--officer',
      'officer@police.example.gov.uk',
    ]);
  expect((await open('FOI/REFRESH/1')).code).toBe(0);
  expect((await open('FOI/REFRESH/2')).code).toBe(0);
  expect((await h.foi(['withdraw', 'FOI/REFRESH/2', '--reason', 'no longer needed'])).code).toBe(0);
  // A case of another worker's task queue (none polls it here): not this CLI's to refresh.
  const elsewhere = await h.env.client.workflow.start(WORKFLOW_TYPE, {
    workflowId: workflowIdFor('FOI/ELSEWHERE/1'),
    taskQueue: 'another-queue',
    args: [
      openCaseSchema.parse({
        reference: 'FOI/ELSEWHERE/1',
        regime: 'foia',
        receivedOn: '2018-05-29',
        summary: 'Elsewhere',
        openedBy: 'officer@police.example.gov.uk',
      }),
    ],
  });
  // Visibility lags a moment behind the workflows.
  await untilCounted(h, refreshQuery(QUEUE), 1);
  await untilCounted(h, `WorkflowType = '${WORKFLOW_TYPE}' AND ExecutionStatus = 'Running'`, 2);

  const run = await h.foi(['holidays', 'refresh']);
  expect(run.code).toBe(0);
  const [started, done, ...rest] = run.stdout.split('\n');
  expect(started).toMatch(JOB_LINE);
  expect(done).toBe('1 of 1 open case told to reload the bank holidays');
  expect(rest).toEqual(['']);
  expect(await notRefreshed(['FOI/REFRESH/1'], 1)).toEqual([]);
  expect(await refreshes('FOI/REFRESH/2')).toBe(0);
  const history = await elsewhere.fetchHistory();
  expect(history.events?.some((e) => e.workflowExecutionSignaledEventAttributes)).toBe(false);
});

test('a few hundred open cases: one job tells every one of them', async () => {
  const refs = Array.from({ length: 200 }, (_, i) => `FOI/MANY/${String(i + 1).padStart(3, '0')}`);
  await openCases(h.session(), refs, () => '2026-01-05');
  const open = await untilCounted(h, refreshQuery(QUEUE), refs.length + 1);

  const started = Date.now();
  const run = await h.foi(['holidays', 'refresh']);
  const jobMs = Date.now() - started;
  expect(run.stderr).not.toContain('foi:');
  expect(run.code).toBe(0);
  expect(run.stdout.split('\n')[0]).toMatch(JOB_LINE);
  expect(run.stdout.split('\n')[1]).toBe(`${open} of ${open} open cases told to reload the bank holidays`);
  expect(await notRefreshed(refs, 1)).toEqual([]);
  console.log(
    `refresh of ${open} open cases: the command took ${jobMs} ms; every case had recomputed ${Date.now() - started} ms after it started`,
  );
}, 600_000);

test('--no-wait returns with the job id at once; --watch follows that job to its end', async () => {
  const before = await refreshes('FOI/REFRESH/1');
  const start = await h.foi(['holidays', 'refresh', '--no-wait']);
  expect(start.code).toBe(0);
  const [started, follow] = start.stdout.split('\n');
  const jobId = JOB_LINE.exec(started!)?.[1];
  expect(jobId).toBeDefined();
  expect(follow).toBe(`follow it with: foi holidays refresh --watch ${jobId}`);

  const watch = await h.foi(['holidays', 'refresh', '--watch', jobId!]);
  expect(watch.code).toBe(0);
  expect(watch.stdout).toMatch(/^(\d+) of \1 open cases told to reload the bank holidays\n$/);
  expect(await notRefreshed(['FOI/REFRESH/1'], before + 1)).toEqual([]);
}, 300_000);

test('following a job that does not exist says so (exit 1)', async () => {
  const r = await h.foi(['holidays', 'refresh', '--watch', 'holidays-refresh-none']);
  expect(r).toMatchObject({
    code: 1,
    stdout: '',
    stderr: 'foi: no batch job "holidays-refresh-none" in namespace "foi"\n',
  });
});
