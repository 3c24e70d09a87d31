// `foi holidays refresh` reaches every open case (and only open ones) on a real server.
import { eventually, startCliHarness, type CliHarness } from './harness';

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness('cli-refresh');
});
afterAll(async () => {
  await h?.stop();
});

test('every open case reloads the holiday table; an ended case is left alone', async () => {
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
  // Visibility lags a moment behind the workflows.
  const listed = await eventually(
    () => h.foi(['list', '--json']),
    (r) => r.stdout.includes('FOI/REFRESH/1') && !r.stdout.includes('FOI/REFRESH/2'),
  );
  expect(listed.stdout).toContain('FOI/REFRESH/1');

  const run = await h.foi(['holidays', 'refresh']);
  expect(run).toMatchObject({ code: 0, stdout: '1 open case told to reload the bank holidays\n' });
  const timeline = await eventually(
    () => h.timeline('FOI/REFRESH/1'),
    (t) => t.some((e) => e.type === 'holidaysRefreshed'),
  );
  expect(timeline.map((e) => e.type)).toContain('holidaysRefreshed');
  expect((await h.timeline('FOI/REFRESH/2')).map((e) => e.type)).not.toContain('holidaysRefreshed');
});
