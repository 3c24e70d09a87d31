// Every mistake a person can make gets one clear line on stderr, the right exit code
// (2: bad input, 1: anything else) and changes nothing: the case's timeline and phase
// are the same afterwards.
import { workflowIdFor } from '../../domain/lifecycle';
import { WorkflowNotFoundError } from '@temporalio/client';
import { startCliHarness, type CliHarness, type Run } from './harness';

const REF = 'FOI-BAD/0001';
const OFFICER = 'officer@police.example.gov.uk';

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness('cli-bad-input');
  const r = await h.foi(['open', REF, '--summary', 'Numbers of drones', '--officer', OFFICER]);
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(async () => {
  await h?.stop();
});

/** One line, the CLI's own words, no stack trace. */
function expectOneLine(r: Run, code: number, message: string | RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  if (typeof message === 'string') expect(r.stderr).toBe(`foi: ${message}\n`);
  else expect(r.stderr).toMatch(message);
}

const badInputs: [string, string[], string | RegExp][] = [
  [
    'an impossible date',
    ['extend', REF, '--reason', 'complex', '--on', '2018-02-30'],
    '--on: expected a real date as YYYY-MM-DD (got "2018-02-30")',
  ],
  [
    'a date in another format',
    ['clarify', REF, '--question', 'which year?', '--on', '26/06/2018'],
    '--on: expected a real date as YYYY-MM-DD (got "26/06/2018")',
  ],
  ['a missing reason', ['extend', REF], '--reason is required'],
  ['a blank reason', ['withdraw', REF, '--reason', '   '], '--reason: the reason is required (got "   ")'],
  [
    'an unknown outcome',
    ['respond', REF, '--outcome', 'maybe'],
    '--outcome: Invalid option: expected one of "disclosed-in-full"|"disclosed-in-part"|"refused"|"neither-confirm-nor-deny"|"not-held"|"cost-limit"|"vexatious-or-repeated" (got "maybe")',
  ],
  [
    'an exemption without its kind',
    ['respond', REF, '--outcome', 'refused', '--exemption', 's24(2)'],
    '--exemption: expected SECTION:absolute or SECTION:qualified, e.g. s24(2):qualified (got "s24(2)")',
  ],
  [
    'an officer who is not an email address',
    ['assign', REF, '--officer', 'Bob'],
    '--officer: Invalid email address (got "Bob")',
  ],
  [
    'a fee in fractions of a penny',
    ['fee', REF, '--amount', '10.001'],
    '--amount: expected an amount in pounds such as 25 or 25.50 (got "10.001")',
  ],
  [
    'an unknown review result',
    ['review-complete', REF, '--result', 'fine'],
    '--result: Invalid option: expected one of "upheld"|"partly-upheld"|"overturned" (got "fine")',
  ],
  [
    'a reference with spaces',
    ['status', 'FOI 2018'],
    'reference: expected a reference such as FOI2018/02892 (letters, digits, / _ . -) (got "FOI 2018")',
  ],
  [
    'an unknown regime',
    ['open', 'FOI-BAD/0002', '--summary', 'x', '--regime', 'gdpr'],
    '--regime: expected one of foia, eir, foisa, eirs, foia-schools, foia-archives, foia-armed-forces, foia-overseas (got "gdpr")',
  ],
  ['a case without a summary', ['open', 'FOI-BAD/0002'], '--summary is required'],
  [
    'an impossible receipt date',
    ['open', 'FOI-BAD/0002', '--summary', 'x', '--received', '2018-13-01'],
    '--received: expected a real date as YYYY-MM-DD (got "2018-13-01")',
  ],
  [
    'a receipt before the rights of access existed',
    ['open', 'FOI-BAD/0002', '--summary', 'x', '--received', '1900-01-01'],
    '--received: 1900-01-01 is before 2005-01-01, when the rights of access came into force',
  ],
  [
    'a receipt in 2099',
    ['open', 'FOI-BAD/0002', '--summary', 'x', '--received', '2099-01-01'],
    /^foi: --received: 2099-01-01 is in the future \(today is \d{4}-\d{2}-\d{2}\)\n$/,
  ],
  [
    'a receipt time of 25:00',
    ['open', 'FOI-BAD/0002', '--summary', 'x', '--received-at', '25:00'],
    '--received-at: expected HH:MM (got "25:00")',
  ],
  [
    'a review window in fortnights',
    ['open', 'FOI-BAD/0002', '--summary', 'x', '--review-request-window', '3 fortnights'],
    '--review-request-window: expected a period such as "2 months", "40 working days" or "6 weeks" (got "3 fortnights")',
  ],
  [
    'a list of overdue cases due within a week',
    ['list', '--overdue', '--due-within', '5'],
    '--overdue and --due-within: choose one (overdue cases are listed first by default)',
  ],
  ['statistics without a period', ['stats'], '--from is required'],
  [
    'a period that ends before it starts',
    ['stats', '--from', '2019-01-01', '--to', '2018-12-31'],
    '--from 2019-01-01 is after --to 2018-12-31',
  ],
  [
    'a holiday refresh at no cases a second',
    ['holidays', 'refresh', '--rate', '0'],
    '--rate: expected a whole number of cases a second, 1 or more (got "0")',
  ],
  [
    'following a refresh job while asking to start one',
    ['holidays', 'refresh', '--watch', 'holidays-refresh-x', '--no-wait'],
    '--watch follows a job already started: leave out --no-wait and --rate',
  ],
  [
    'a date in the future (a typing mistake, not a rule of the case)',
    ['clarify', REF, '--question', 'which year?', '--on', '2999-01-01'],
    /^foi: --on: 2999-01-01 is in the future \(today is \d{4}-\d{2}-\d{2}\)\n$/,
  ],
  [
    'a summary of 10,000 characters (the message quotes only its start)',
    ['open', 'FOI-BAD/0002', '--summary', 'x'.repeat(10_000)],
    `--summary: Too big: expected string to have <=2000 characters (got "${'x'.repeat(80)}…" (10000 characters))`,
  ],
  [
    'a summary carrying a terminal escape',
    ['open', 'FOI-BAD/0002', '--summary', 'Speed cameras \u001b[31mred\u001b[0m'],
    // The escape is shown as \\u001b, not played back to the terminal.
    '--summary: contains control characters (such as terminal escapes); type plain text (got "Speed cameras \\u001b[31mred\\u001b[0m")',
  ],
];

const failures: [string, string[], string | RegExp][] = [
  [
    'an approval with no draft (a rule of the case)',
    ['approve', REF, '--by', 'approver@police.example.gov.uk'],
    'rejected: cannot approve: no draft is awaiting approval (the case is in progress)',
  ],
  ['an unknown reference', ['status', 'FOI2099/00001'], 'no case FOI2099/00001'],
  ['a command to an unknown reference', ['submit', 'FOI2099/00001'], 'no case FOI2099/00001'],
];

describe('bad input: exit 2, nothing sent', () => {
  test.each(badInputs)('%s', async (_what, args, message) => {
    expectOneLine(await h.foi(args), 2, message);
  });
});

describe('other failures: exit 1', () => {
  test.each(failures)('%s', async (_what, args, message) => {
    expectOneLine(await h.foi(args), 1, message);
  });

  test('opening a case twice says it exists and shows its status', async () => {
    const r = await h.foi(['open', REF, '--summary', 'again']);
    expectOneLine(r, 1, `case ${REF} already exists`);
    expect(r.stdout).toMatch(/^FOI-BAD\/0001 {2}Freedom of Information Act 2000\nphase: +in progress\n/);
  });

  test('an unreachable server is named, with what to do', async () => {
    expectOneLine(
      await h.foi(['status', REF], { TEMPORAL_ADDRESS: '127.0.0.1:1' }),
      1,
      'cannot reach Temporal at 127.0.0.1:1: is it running? (npm start)',
    );
  });

  test('TLS against a server without it says TLS may be the problem', async () => {
    // By name: Node warns about TLS to a bare IP address, which is not what this test is about.
    const address = h.env.address.replace('127.0.0.1', 'localhost');
    expectOneLine(
      await h.foi(['status', REF], { TEMPORAL_TLS: 'true', TEMPORAL_ADDRESS: address }),
      1,
      `cannot reach Temporal at ${address} over TLS: is it running, and does it use TLS? (TEMPORAL_TLS, TEMPORAL_API_KEY turn TLS on; the local dev server has none)`,
    );
  });

  test('a namespace that does not exist', async () => {
    expectOneLine(
      await h.foi(['status', REF], { TEMPORAL_NAMESPACE: 'nowhere' }),
      1,
      `namespace "nowhere" does not exist at ${h.env.address}: check TEMPORAL_NAMESPACE`,
    );
  });

  test('connection settings are checked before connecting (exit 2)', async () => {
    expectOneLine(
      await h.foi(['list'], { TEMPORAL_ADDRESS: 'localhost' }),
      2,
      'TEMPORAL_ADDRESS: expected host:port, e.g. localhost:7233, got "localhost"',
    );
  });

  test('a listing page size is checked before connecting (exit 2)', async () => {
    for (const size of ['0', '10001', 'ten']) {
      expectOneLine(
        await h.foi(['list'], { FOI_PAGE_SIZE: size }),
        2,
        `FOI_PAGE_SIZE: expected a whole number of records from 1 to 10000, got "${size}"`,
      );
    }
  });

  test('a records store address that is neither PostgreSQL nor SQLite is exit 2', async () => {
    expectOneLine(
      await h.foi(['stats', '--from', '2018-01-01'], { FOI_RECORDS_URL: 'mysql://db/foi' }),
      2,
      'FOI_RECORDS_URL: expected postgres://user:password@host:5432/database or sqlite:<file>',
    );
  });

  test('a usage mistake commander catches is exit 2', async () => {
    const r = await h.foi(['status']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("foi: missing required argument 'reference'\n");
  });
});

test('none of it changed the case, and no case was opened by a bad `open`', async () => {
  const timeline = await h.timeline(REF);
  expect(timeline.map((e) => e.type)).toEqual(['opened']);
  const r = await h.foi(['status', REF, '--json']);
  expect(JSON.parse(r.stdout)).toMatchObject({ phase: 'in_progress', officer: OFFICER });
  await expect(
    h.env.client.workflow.getHandle(workflowIdFor('FOI-BAD/0002')).describe(),
  ).rejects.toBeInstanceOf(WorkflowNotFoundError);
});
