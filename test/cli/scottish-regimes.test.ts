// The EIR(S) regime and the Coronavirus (Scotland) Act 2020's variation reach the CLI, the
// worker and the workflow from the data alone (domain/regimes.ts, domain/regime-variations.ts):
// on a real dev server and worker, through the compiled `foi`. Dates worked by hand in
// test/unit/eir-scotland.test.ts and test/unit/regime-variations.test.ts.
import { startCliHarness, type CliHarness } from './harness';

const OFFICER = 'officer@council.example.gov.uk';
const APPROVER = 'approver@council.example.gov.uk';

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness('cli-scottish-regimes');
});
afterAll(async () => {
  await h?.stop();
});

async function ok(...args: string[]): Promise<string> {
  const r = await h.foi(args);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  return r.stdout;
}

test("foi open --regime eirs: Scotland's calendar, 20 working days (reg 5(2)(a))", async () => {
  expect(
    await ok(
      'open',
      'EIRS/1',
      '--regime',
      'eirs',
      '--received',
      '2025-11-05',
      '--summary',
      'Peat',
      '--officer',
      OFFICER,
    ),
  ).toMatch(/^opened EIRS\/1\nEIRS\/1 {2}Environmental Information \(Scotland\) Regulations 2004\n/);
  // Wed 5 Nov 2025 + 20 WD, Mon 1 Dec (St Andrew's Day substitute) skipped → Thu 4 Dec 2025.
  const status = JSON.parse(await ok('status', 'EIRS/1', '--json')) as Record<string, unknown>;
  expect(status).toMatchObject({ regime: 'eirs', responseDue: '2025-12-04' });
});

test('a FOISA request answered on Tue 26 May 2020 had the 60 working days then in force: on time', async () => {
  await ok(
    'open',
    'FOISA/2020',
    '--regime',
    'foisa',
    '--received',
    '2020-04-20',
    '--summary',
    'Care homes',
    '--officer',
    OFFICER,
    '--approver',
    APPROVER,
  );
  await ok('submit', 'FOISA/2020', '--on', '2020-05-26');
  await ok('approve', 'FOISA/2020', '--on', '2020-05-26', '--by', APPROVER);
  await ok('respond', 'FOISA/2020', '--on', '2020-05-26', '--outcome', 'disclosed-in-full');
  // Mon 20 Apr 2020 + 60 Scottish working days → Wed 15 Jul 2020 (20 would be Tue 19 May).
  const status = JSON.parse(await ok('status', 'FOISA/2020', '--json')) as { response?: unknown };
  expect(status.response).toMatchObject({ sentOn: '2020-05-26', due: '2020-07-15', late: false });
});
