// Finding a case the way people type it (issue 9 item 11): references and officers'
// addresses whatever their letter case, "did you mean" for a mistyped reference, and
// --phase / --regime by what `foi status` prints. And a case nobody can reach, started on a
// task queue no worker polls, named with its queue and the way out (issue 10 item 9).
import { WORKFLOW_TYPE } from '../../workflows/definitions';
import { openCaseSchema, workflowIdFor } from '../../domain/lifecycle';
import { eventually, startCliHarness, type CliHarness, type Run } from './harness';

const REF = 'FOI2026/00002';
const OFFICER = 'jane.smith@police.example.gov.uk';

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness('cli-finding-cases');
  const r = await h.foi(['open', REF, '--summary', 'Numbers of drones', '--officer', OFFICER]);
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(async () => {
  await h?.stop();
});

const oneLine = (r: Run) => r.stderr.trimEnd().split('\n');

test('a reference in other letters finds the case', async () => {
  const r = await h.foi(['status', 'foi2026/00002']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout.split('\n')[0]).toBe(`${REF}  Freedom of Information Act 2000`);
});

test('a command to a reference in other letters goes to the case', async () => {
  const r = await h.foi([
    'assign',
    'Foi2026/00002',
    '--officer',
    OFFICER,
    '--approver',
    'boss@police.example.gov.uk',
  ]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect((await h.timeline(REF)).map((e) => e.type)).toEqual(['opened', 'assigned']);
});

test('an unknown reference suggests the near ones', async () => {
  const r = await h.foi(['status', 'FOI2026/00020']);
  expect(r.code).toBe(1);
  expect(oneLine(r)).toEqual([`foi: no case FOI2026/00020; did you mean ${REF}?`]);
  const far = await h.foi(['submit', 'XYZ9/1']);
  expect(far.code).toBe(1);
  expect(oneLine(far)).toEqual(['foi: no case XYZ9/1']);
});

test('opening a reference that exists in other letters is refused, naming the case', async () => {
  const r = await h.foi(['open', 'foi2026/00002', '--summary', 'again']);
  expect(r.code).toBe(1);
  expect(oneLine(r)).toEqual([`foi: case ${REF} already exists`]);
  expect(r.stdout.split('\n')[0]).toBe(`${REF}  Freedom of Information Act 2000`);
});

describe('foi list', () => {
  const listed = (args: string[]) =>
    eventually(
      () => h.foi(['list', '--json', ...args]),
      (r) => r.stdout.includes(REF),
    );

  test('--officer matches the address whatever its letter case', async () => {
    const r = await listed(['--officer', 'Jane.Smith@Police.Example.gov.uk']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toContainEqual(expect.objectContaining({ reference: REF }));
  });

  test.each([
    [['--phase', 'in progress']],
    [['--phase', 'In-Progress']],
    [['--regime', 'Freedom of Information Act 2000']],
    [['--regime', 'FOIA', '--phase', 'in_progress']],
  ])('%j: the words status prints work as well as ids', async (args) => {
    const r = await listed(args);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toContainEqual(expect.objectContaining({ reference: REF }));
  });

  test('a phase that is neither an id nor a label is still bad input', async () => {
    const r = await h.foi(['list', '--phase', 'in limbo']);
    expect(r.code).toBe(2);
    expect(oneLine(r)[0]).toMatch(/^foi: --phase: .*\(got .*in limbo/);
  });
});

test('a case started on a task queue no worker polls says which and how to recover', async () => {
  const reference = 'FOI-ORPHAN/0001';
  const input = openCaseSchema.parse({
    reference,
    regime: 'foia',
    receivedOn: '2026-11-02',
    summary: 'Speed cameras',
    openedBy: OFFICER,
  });
  const handle = await h.env.client.workflow.start(WORKFLOW_TYPE, {
    workflowId: workflowIdFor(reference),
    taskQueue: 'nobody-polls-this',
    args: [input],
  });
  try {
    const expected = [
      `foi: case ${reference} is waiting on task queue 'nobody-polls-this', which no worker polls (the worker polls '${h.taskQueue}'): ` +
        `start a worker on 'nobody-polls-this' (TEMPORAL_TASK_QUEUE=nobody-polls-this npm start) and the case runs; ` +
        `if it was opened in error, then end it with \`foi void ${reference} --reason TEXT\``,
    ];
    for (const args of [
      ['status', reference],
      ['assign', reference, '--officer', OFFICER],
    ]) {
      const r = await h.foi(args);
      expect(r.code).toBe(1);
      expect(oneLine(r)).toEqual(expected);
    }
  } finally {
    await handle.terminate('test over');
  }
});
