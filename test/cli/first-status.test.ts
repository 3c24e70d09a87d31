// The first status of a just-opened case, on a real dev server and worker: the case needs
// a moment (its first workflow task) before it answers queries, so the status query is
// asked again after short, growing waits, and `foi open` shows the status it got.
import { fetchStatus, settlingWait, startCase } from '../../client/case-calls';
import { openCaseSchema } from '../../domain/lifecycle';
import { startCliHarness, type CliHarness } from './harness';

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness('cli-first-status');
});
afterAll(async () => {
  await h?.stop();
});

test('the waits grow from 10 ms and level off at 250 ms', () => {
  expect([0, 1, 2, 3, 4, 5, 6, 30, 2000].map(settlingWait)).toEqual([
    10, 20, 40, 80, 160, 250, 250, 250, 250,
  ]);
});

test('a status asked the moment the case has started is its status', async () => {
  const s = h.session();
  const timings: string[] = [];
  for (let i = 1; i <= 5; i++) {
    const reference = `FOI-FIRST/${i}`;
    const t0 = performance.now();
    const started = await startCase(
      s,
      openCaseSchema.parse({
        reference,
        regime: 'foia',
        receivedOn: '2026-01-05',
        summary: 'Speed cameras',
        officer: 'officer@police.example.gov.uk',
        openedBy: 'officer@police.example.gov.uk',
      }),
    );
    const t1 = performance.now();
    const status = await fetchStatus(s, reference);
    timings.push(`${(performance.now() - t1).toFixed(0)} ms (start ${(t1 - t0).toFixed(0)} ms)`);
    expect(started).toBe(true);
    expect(status).toMatchObject({ reference, phase: 'in_progress', receivedOn: '2026-01-05' });
  }
  // For reading, not asserting: timings depend on the machine.
  console.log(`first status after the start: ${timings.join(', ')}`);
});

test('foi open prints the status of the case it has just opened', async () => {
  const r = await h.foi([
    'open',
    'FOI-FIRST/CLI',
    '--received',
    '2026-01-05',
    '--summary',
    'Speed cameras',
    '--officer',
    'officer@police.example.gov.uk',
  ]);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(r.stdout).toMatch(/^opened FOI-FIRST\/CLI\nFOI-FIRST\/CLI {2}Freedom of Information Act 2000\n/);
  expect(r.stdout).toMatch(/^phase: +in progress$/m);
});
