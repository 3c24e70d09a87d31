// Every mistake a person can make gets one clear line on stderr, the right exit code
// (2: bad input, 1: anything else) and changes nothing (issue 10): one table of bad inputs
// across the CLI, the worker's settings and the holiday import, each checked against the
// case before and after (its status, its timeline and Temporal's history length).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { WorkflowNotFoundError } from '@temporalio/client';
import { fetchStatus } from '../../client/case-calls';
import { workflowIdFor } from '../../domain/lifecycle';
import { REGIME_IDS } from '../../domain/regimes';
import { REPO_ROOT } from '../support/tools';
import { startCliHarness, type CliHarness, type Run } from './harness';

const REF = 'FOI-BAD/0001';
const OFFICER = 'officer@police.example.gov.uk';

// Files for the holiday import's rows, made before the table names them.
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-bad-input-'));
function file(name: string, content: string | Buffer): string {
  const p = path.join(DIR, name);
  fs.writeFileSync(p, content);
  return p;
}
const goodList = JSON.stringify({
  'england-and-wales': {
    division: 'england-and-wales',
    events: [{ title: 'A new day', date: '2031-06-02' }],
  },
});
const FILES = {
  folder: DIR,
  missing: path.join(DIR, 'no-such-file.json'),
  notJson: file('not-json.json', 'Christmas Day, 25 December'),
  array: file('array.json', '[]'),
  noDivision: file('no-division.json', JSON.stringify({ wales: { events: [] } })),
  badDate: file(
    'bad-date.json',
    JSON.stringify({ scotland: { division: 'scotland', events: [{ title: 'x', date: '2031-02-30' }] } }),
  ),
  noTitle: file(
    'no-title.json',
    JSON.stringify({ scotland: { division: 'scotland', events: [{ title: '', date: '2031-06-02' }] } }),
  ),
  empty: file('empty.json', JSON.stringify({ scotland: { division: 'scotland', events: [] } })),
  huge: file('huge.json', Buffer.alloc(1_000_001, 0x20)),
  good: file('good.json', goodList),
};

interface BadInput {
  what: string;
  /** `foi` (the CLI) or the worker process, started with `env` added. */
  runs: 'foi' | 'worker';
  args: string[];
  env?: NodeJS.ProcessEnv;
  message: string | RegExp;
}

const foi = (what: string, args: string[], message: string | RegExp, env?: NodeJS.ProcessEnv): BadInput => ({
  what,
  runs: 'foi',
  args,
  message: typeof message === 'string' ? `foi: ${message}` : message,
  env,
});
const worker = (what: string, env: NodeJS.ProcessEnv, message: string): BadInput => ({
  what: `worker: ${what}`,
  runs: 'worker',
  args: [],
  env,
  message: `worker: configuration error: ${message}`,
});
const holidayImport = (what: string, args: string[], message: string | RegExp): BadInput =>
  foi(`holiday import: ${what}`, ['holidays', 'import', ...args], message);

const open = (...more: string[]) => ['open', 'FOI-BAD/0002', '--summary', 'x', ...more];
const today = /\(today is \d{4}-\d{2}-\d{2}\)/.source;

/** The table: one row per distinct bad input, each exit 2 with one line, nothing changed. */
const BAD_INPUTS: BadInput[] = [
  // Update commands: the options of a step.
  foi(
    'an impossible date',
    ['extend', REF, '--reason', 'complex', '--on', '2018-02-30'],
    '--on: expected a real date as YYYY-MM-DD (got "2018-02-30")',
  ),
  foi(
    'a date in another format',
    ['clarify', REF, '--question', 'which year?', '--on', '26/06/2018'],
    '--on: expected a real date as YYYY-MM-DD (got "26/06/2018")',
  ),
  foi(
    'a date in the future (a typing mistake, not a rule of the case)',
    ['clarify', REF, '--question', 'which year?', '--on', '2999-01-01'],
    new RegExp(`^foi: --on: 2999-01-01 is in the future ${today}\\n$`),
  ),
  foi(
    'an extension to an impossible date',
    ['extend', REF, '--reason', 'complex', '--until', '2018-02-30'],
    '--until: expected a real date as YYYY-MM-DD (got "2018-02-30")',
  ),
  foi('a missing reason', ['extend', REF], '--reason is required'),
  foi('a blank reason', ['withdraw', REF, '--reason', '   '], '--reason: the reason is required (got "   ")'),
  foi(
    'a reason with a bell in it',
    ['withdraw', REF, '--reason', 'no longer \u0007wanted'],
    '--reason: contains control characters (such as terminal escapes); type plain text (got "no longer \\u0007wanted")',
  ),
  foi(
    'an unknown outcome',
    ['respond', REF, '--outcome', 'maybe'],
    '--outcome: Invalid option: expected one of "disclosed-in-full"|"disclosed-in-part"|"refused"|"neither-confirm-nor-deny"|"not-held"|"cost-limit"|"vexatious-or-repeated" (got "maybe")',
  ),
  foi(
    'an exemption without its kind',
    ['respond', REF, '--outcome', 'refused', '--exemption', 's24(2)'],
    '--exemption: expected SECTION:absolute or SECTION:qualified, e.g. s24(2):qualified (got "s24(2)")',
  ),
  foi(
    'an exemption without its section',
    ['respond', REF, '--outcome', 'refused', '--exemption', ':qualified'],
    '--exemption: expected SECTION:absolute or SECTION:qualified, e.g. s24(2):qualified (got ":qualified")',
  ),
  foi(
    'an exemption of an unknown kind',
    ['respond', REF, '--outcome', 'refused', '--exemption', 's24(2):partial'],
    '--exemption: expected SECTION:absolute or SECTION:qualified, e.g. s24(2):qualified (got "s24(2):partial")',
  ),
  foi(
    'an exemption no law has (issue 9 item 14)',
    ['respond', REF, '--outcome', 'refused', '--exemption', 's99:qualified'],
    /^foi: --exemption: "s99" is not an exemption or exception under FOIA, EIR, FOISA[A-Z, ]* \(got "s99:qualified"\)\n$/,
  ),
  foi(
    'an extension weighing an exemption no law has',
    ['extend', REF, '--reason', 'complex', '--exemption', 'reg99(1):qualified'],
    /^foi: --exemption: "reg99\(1\)" is not an exemption or exception under FOIA, EIR, FOISA[A-Z, ]* \(got "reg99\(1\):qualified"\)\n$/,
  ),
  foi(
    'an officer who is not an email address',
    ['assign', REF, '--officer', 'Bob'],
    '--officer: Invalid email address (got "Bob")',
  ),
  foi(
    'an assignment to nobody',
    ['assign', REF, '--officer', ''],
    '--officer: Invalid email address (got "")',
  ),
  foi(
    'an approver who is not an email address',
    ['assign', REF, '--officer', OFFICER, '--approver', 'the boss'],
    '--approver: Invalid email address (got "the boss")',
  ),
  foi(
    'a fee in fractions of a penny',
    ['fee', REF, '--amount', '10.001'],
    '--amount: expected an amount in pounds such as 25 or 25.50 (got "10.001")',
  ),
  foi(
    'a fee in words',
    ['fee', REF, '--amount', 'ten pounds'],
    '--amount: expected an amount in pounds such as 25 or 25.50 (got "ten pounds")',
  ),
  foi(
    'a negative fee',
    ['fee', REF, '--amount', '-5'],
    '--amount: expected an amount in pounds such as 25 or 25.50 (got "-5")',
  ),
  foi(
    'a fee of a hundred million pounds',
    ['fee', REF, '--amount', '100000000'],
    '--amount: expected an amount in pounds such as 25 or 25.50 (got "100000000")',
  ),
  foi(
    'an unknown review result',
    ['review-complete', REF, '--result', 'fine'],
    '--result: Invalid option: expected one of "upheld"|"partly-upheld"|"overturned" (got "fine")',
  ),
  foi(
    'a reference with spaces',
    ['status', 'FOI 2018'],
    'reference: expected a reference such as FOI2018/02892 (letters, digits, / _ . -) (got "FOI 2018")',
  ),
  foi('a command without its reference', ['status'], "missing required argument 'reference'"),
  foi('an option no command has', ['status', REF, '--frobnicate'], "unknown option '--frobnicate'"),
  foi('a command foi does not have', ['frobnicate', REF], "unknown command 'frobnicate'"),

  // Opening a case.
  foi(
    'an unknown regime',
    open('--regime', 'gdpr'),
    `--regime: expected one of ${REGIME_IDS.join(', ')} (got "gdpr")`,
  ),
  foi('a case without a summary', ['open', 'FOI-BAD/0002'], '--summary is required'),
  foi(
    'an impossible receipt date',
    open('--received', '2018-13-01'),
    '--received: expected a real date as YYYY-MM-DD (got "2018-13-01")',
  ),
  foi(
    'a receipt before the rights of access existed',
    open('--received', '1900-01-01'),
    '--received: 1900-01-01 is before 2005-01-01, when the rights of access came into force',
  ),
  foi(
    'a receipt in 2099',
    open('--received', '2099-01-01'),
    new RegExp(`^foi: --received: 2099-01-01 is in the future ${today}\\n$`),
  ),
  foi(
    'a receipt time of 25:00',
    open('--received-at', '25:00'),
    '--received-at: expected HH:MM (got "25:00")',
  ),
  foi(
    'a review window in fortnights',
    open('--review-request-window', '3 fortnights'),
    '--review-request-window: expected a period such as "2 months", "40 working days" or "6 weeks" (got "3 fortnights")',
  ),
  foi(
    'a review window of no time',
    open('--review-request-window', '0 months'),
    '--review-request-window: expected a period such as "2 months", "40 working days" or "6 weeks" (got "0 months")',
  ),
  foi('a request by carrier pigeon', open('--channel', 'pigeon'), /^foi: --channel: .*\(got "pigeon"\)\n$/),
  foi(
    'a case officer who is not an address',
    open('--officer', 'Bob'),
    '--officer: Invalid email address (got "Bob")',
  ),
  foi(
    "a requester's address that is not one",
    open('--requester-email', 'nope'),
    '--requester-email: Invalid email address (got "nope")',
  ),
  foi('an unknown receipt rule', open('--receipt-rule', 'whenever'), /^foi: --receipt-rule: .*"whenever"/),
  foi(
    'a summary of 10,000 characters (the message quotes only its start)',
    open()
      .slice(0, 2)
      .concat(['--summary', 'x'.repeat(10_000)]),
    `--summary: Too big: expected string to have <=2000 characters (got "${'x'.repeat(80)}…" (10000 characters))`,
  ),
  foi(
    'a summary carrying a terminal escape',
    open().slice(0, 2).concat(['--summary', 'Speed cameras \u001b[31mred\u001b[0m']),
    // The escape is shown as \\u001b, not played back to the terminal.
    '--summary: contains control characters (such as terminal escapes); type plain text (got "Speed cameras \\u001b[31mred\\u001b[0m")',
  ),

  // Lists, statistics, deadlines.
  foi(
    'a list of overdue cases due within a week',
    ['list', '--overdue', '--due-within', '5'],
    '--overdue and --due-within: choose one (overdue cases are listed first by default)',
  ),
  foi(
    'cases due within minus one days',
    ['list', '--due-within', '-1'],
    '--due-within: expected a whole number of working days from 0 to 1000 (got "-1")',
  ),
  foi(
    'cases due within 1001 working days',
    ['list', '--due-within', '1001'],
    '--due-within: expected a whole number of working days from 0 to 1000 (got "1001")',
  ),
  foi(
    'a list from an impossible date',
    ['list', '--received-from', '2018-02-30'],
    '--received-from: expected a real date as YYYY-MM-DD (got "2018-02-30")',
  ),
  foi(
    'a list whose period ends before it starts',
    ['list', '--received-from', '2019-01-01', '--received-to', '2018-01-01'],
    '--received-from 2019-01-01 is after --received-to 2018-01-01',
  ),
  foi(
    'a list by an officer who is not an address',
    ['list', '--officer', 'Bob'],
    '--officer: Invalid email address (got "Bob")',
  ),
  foi(
    'a list of a phase that does not exist',
    ['list', '--phase', 'in limbo'],
    /^foi: --phase: .*\(got .*in limbo/,
  ),
  foi(
    'a list of a regime that does not exist',
    ['list', '--regime', 'gdpr'],
    /^foi: --regime: .*\(got "gdpr"\)\n$/,
  ),
  foi('statistics without a period', ['stats'], '--from is required'),
  foi(
    'a period that ends before it starts',
    ['stats', '--from', '2019-01-01', '--to', '2018-12-31'],
    '--from 2019-01-01 is after --to 2018-12-31',
  ),
  foi(
    'statistics from an impossible date',
    ['stats', '--from', '2018-02-30'],
    '--from: expected a real date as YYYY-MM-DD (got "2018-02-30")',
  ),
  foi(
    'statistics of a regime that does not exist',
    ['stats', '--from', '2018-01-01', '--regime', 'gdpr'],
    /^foi: --regime: .*\(got "gdpr"\)\n$/,
  ),
  foi(
    'a deadline from an impossible date',
    ['due', '--received', '2018-02-30'],
    '--received "2018-02-30" is not a real calendar date',
  ),
  foi(
    'a deadline under a regime that does not exist',
    ['due', '--received', '2018-06-01', '--regime', 'gdpr'],
    /^foi: .*gdpr/,
  ),
  foi(
    'a deadline counted in words',
    ['due', '--received', '2018-06-01', '--days', 'ten'],
    '--days "ten" is not a whole number of working days (0-9999)',
  ),

  // Holidays.
  foi(
    'holidays of a year in words',
    ['holidays', 'list', '--year', 'twenty'],
    /^foi: --year "twenty" should be a year from \d+ to \d+\n$/,
  ),
  foi(
    'holidays of Mars',
    ['holidays', 'list', '--year', '2026', '--division', 'mars'],
    /^foi: --division "mars": use one of /,
  ),
  foi(
    'a holiday refresh at no cases a second',
    ['holidays', 'refresh', '--rate', '0'],
    '--rate: expected a whole number of cases a second, 1 or more (got "0")',
  ),
  foi(
    'following a refresh job while asking to start one',
    ['holidays', 'refresh', '--watch', 'holidays-refresh-x', '--no-wait'],
    '--watch follows a job already started: leave out --no-wait and --rate',
  ),
  holidayImport('a folder', [FILES.folder], `holiday file ${FILES.folder} is not a regular file`),
  holidayImport('a device', ['/dev/zero'], 'holiday file /dev/zero is not a regular file'),
  holidayImport(
    'a file that is not there',
    [FILES.missing],
    `cannot read holiday file ${FILES.missing}: ENOENT`,
  ),
  holidayImport(
    'a file over 1 MB',
    [FILES.huge],
    `holiday file ${FILES.huge} is larger than 1 MB: not a holiday list`,
  ),
  holidayImport(
    'a file that is not JSON',
    [FILES.notJson],
    /^foi: holiday file .*not-json\.json is not valid JSON: /,
  ),
  holidayImport('a JSON list', [FILES.array], /^foi: .*array\.json: not a GOV\.UK bank-holidays file \(/),
  holidayImport(
    'a file with no part of the UK',
    [FILES.noDivision],
    `${FILES.noDivision}: not a GOV.UK bank-holidays file (top level: no division found: expected keys england-and-wales, scotland or northern-ireland)`,
  ),
  holidayImport(
    'a holiday on 30 February',
    [FILES.badDate],
    /^foi: .*bad-date\.json: not a GOV\.UK bank-holidays file \(scotland\.events\.0\.date: /,
  ),
  holidayImport(
    'a holiday with no name',
    [FILES.noTitle],
    /^foi: .*no-title\.json: not a GOV\.UK bank-holidays file \(scotland\.events\.0\.title: /,
  ),
  holidayImport('a list of no holidays', [FILES.empty], `${FILES.empty}: empty.json lists no holidays`),
  holidayImport(
    '--force without a reason',
    [FILES.good, '--force'],
    `${FILES.good}: --force needs --reason: the reason is kept with the table`,
  ),

  // Settings the CLI reads from the environment, checked before it connects.
  foi(
    'a Temporal address without a port',
    ['list'],
    'TEMPORAL_ADDRESS: expected host:port, e.g. localhost:7233, got "localhost"',
    {
      TEMPORAL_ADDRESS: 'localhost',
    },
  ),
  foi('TLS neither on nor off', ['status', REF], /^foi: TEMPORAL_TLS: .*"maybe"\n$/, {
    TEMPORAL_TLS: 'maybe',
  }),
  foi(
    'a client certificate without its key',
    ['status', REF],
    'TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY: set both (mTLS) or neither',
    { TEMPORAL_TLS_CERT: FILES.good },
  ),
  foi(
    'a page size of 0',
    ['list'],
    'FOI_PAGE_SIZE: expected a whole number of records from 1 to 10000, got "0"',
    {
      FOI_PAGE_SIZE: '0',
    },
  ),
  foi(
    'a page size of 10001',
    ['list'],
    'FOI_PAGE_SIZE: expected a whole number of records from 1 to 10000, got "10001"',
    { FOI_PAGE_SIZE: '10001' },
  ),
  foi(
    'a page size in words',
    ['list'],
    'FOI_PAGE_SIZE: expected a whole number of records from 1 to 10000, got "ten"',
    {
      FOI_PAGE_SIZE: 'ten',
    },
  ),
  foi(
    'a records store that is neither PostgreSQL nor SQLite',
    ['stats', '--from', '2018-01-01'],
    'FOI_RECORDS_URL: expected postgres://user:password@host:5432/database or sqlite:<file>',
    { FOI_RECORDS_URL: 'mysql://db/foi' },
  ),

  // The worker's settings: it stops with one line before it connects to anything.
  worker(
    'a mail port in letters',
    { SMTP_PORT: 'abc' },
    'SMTP_PORT: expected a port number 1-65535, got "abc"',
  ),
  worker(
    'a mail port past 65535',
    { SMTP_PORT: '70000' },
    'SMTP_PORT: expected a port number 1-65535, got "70000"',
  ),
  worker(
    'an unknown mail TLS mode',
    { SMTP_TLS: 'maybe' },
    'SMTP_TLS: expected one of none, starttls, tls, got "maybe"',
  ),
  worker(
    'a Temporal address that is not host:port',
    { TEMPORAL_ADDRESS: 'no port here' },
    'TEMPORAL_ADDRESS: expected host:port, e.g. localhost:7233, got "no port here"',
  ),
  worker(
    'a namespace name with spaces',
    { TEMPORAL_NAMESPACE: 'my cases' },
    'TEMPORAL_NAMESPACE: expected a namespace name, got "my cases"',
  ),
  worker(
    'a mail user without a password',
    { SMTP_USER: 'foi' },
    'SMTP_PASSWORD: required when SMTP_USER is set (set both or neither)',
  ),
  worker(
    'a sender that is not an address',
    { MAIL_FROM: 'nope' },
    'MAIL_FROM: expected "Name <address@domain>" or "address@domain", got "nope"',
  ),
  worker(
    'a requester switch neither on nor off',
    { STAFF_EMAIL_SHOWS_REQUESTER: 'perhaps' },
    'STAFF_EMAIL_SHOWS_REQUESTER: expected true or false, got "perhaps"',
  ),
  worker(
    'a negative cache',
    { WORKER_MAX_CACHED_WORKFLOWS: '-1' },
    'WORKER_MAX_CACHED_WORKFLOWS: expected a whole number, 0 or more, got "-1"',
  ),
  worker(
    'one workflow task at a time',
    { WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '1' },
    'WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: expected a whole number, 2 or more, got "1"',
  ),
  worker(
    'no activities at all',
    { WORKER_MAX_CONCURRENT_ACTIVITIES: '0' },
    'WORKER_MAX_CONCURRENT_ACTIVITIES: expected a whole number, 1 or more, got "0"',
  ),
  worker(
    'a sticky timeout without a unit',
    { WORKER_STICKY_SCHEDULE_TO_START_TIMEOUT: '10' },
    'WORKER_STICKY_SCHEDULE_TO_START_TIMEOUT: expected a duration such as 500ms, 10s or 2m, at least 1000ms, got "10"',
  ),
  worker(
    'a grace time in hours',
    { WORKER_SHUTDOWN_GRACE_TIME: '1h' },
    'WORKER_SHUTDOWN_GRACE_TIME: expected a duration such as 500ms, 10s or 2m, got "1h"',
  ),
  worker(
    'a metrics address by host name',
    { WORKER_METRICS_ADDRESS: 'localhost:9464' },
    'WORKER_METRICS_ADDRESS: expected IP:port, e.g. 127.0.0.1:9464 or 0.0.0.0:9464, got "localhost:9464"',
  ),
  worker(
    'a records store that is neither PostgreSQL nor SQLite',
    { FOI_RECORDS_URL: 'mysql://db/foi' },
    'FOI_RECORDS_URL: expected postgres://user:password@host:5432/database or sqlite:<file>',
  ),
  worker(
    'payload keys that are not id=key pairs',
    { FOI_PAYLOAD_KEYS: 'garbage' },
    'FOI_PAYLOAD_KEYS: expected id=key pairs (id of letters, digits, . _ -), got "garbage…"',
  ),
  worker(
    'disposal rules that are not rules',
    { FOI_DISPOSAL_RULES: 'forever' },
    'FOI_DISPOSAL_RULES: expected [regime=]years:destroy|anonymise, got "forever"',
  ),
  worker(
    'a disposal schedule neither on nor off',
    { FOI_DISPOSAL_SCHEDULE: 'sometimes' },
    'FOI_DISPOSAL_SCHEDULE: expected on or off, got "sometimes"',
  ),
  worker(
    'a holiday feed over FTP',
    { FOI_HOLIDAY_FEED_URL: 'ftp://example.org/bank-holidays.json' },
    'FOI_HOLIDAY_FEED_URL: expected an http(s) URL, e.g. https://www.gov.uk/bank-holidays.json, got "ftp://example.org/bank-holidays.json"',
  ),
];

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness('cli-bad-input');
  const r = await h.foi(['open', REF, '--summary', 'Numbers of drones', '--officer', OFFICER]);
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(async () => {
  await h?.stop();
  fs.rmSync(DIR, { recursive: true, force: true });
});

/** The worker process from its sources, as `npm start` runs it (no server is reached). */
function startWorker(env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'worker/worker.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        TEMPORAL_ADDRESS: h.env.address,
        TEMPORAL_NAMESPACE: 'foi',
        // Should a row not stop it, it polls a queue of its own, not the test's.
        TEMPORAL_TASK_QUEUE: 'bad-input-worker',
        FOI_RECORDS_URL: h.records.url,
        ...env,
      },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** What the rows must leave as it was: the case's status, timeline and Temporal history. */
async function caseNow(): Promise<unknown> {
  const s = h.session();
  const described = await h.env.client.workflow.getHandle(workflowIdFor(REF)).describe();
  return {
    status: await fetchStatus(s, REF),
    timeline: (await h.timeline(REF)).length,
    historyLength: described.historyLength,
  };
}

/** One line, the program's own words, no stack trace. */
function expectOneLine(r: Run, code: number, message: string | RegExp): void {
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  if (typeof message === 'string') expect(r.stderr).toBe(`${message}\n`);
  else expect(r.stderr).toMatch(message);
  expect(r.code).toBe(code);
}

test(`the table holds ${BAD_INPUTS.length} distinct bad inputs (at least 60)`, () => {
  const distinct = new Set(BAD_INPUTS.map((b) => JSON.stringify([b.runs, b.args, b.env ?? {}])));
  expect(distinct.size).toBe(BAD_INPUTS.length);
  expect(new Set(BAD_INPUTS.map((b) => b.what)).size).toBe(BAD_INPUTS.length);
  expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(60);
  process.stdout.write(`bad inputs in the table: ${BAD_INPUTS.length}\n`);
});

describe(`${BAD_INPUTS.length} bad inputs: exit 2, one line, nothing changed`, () => {
  test.each(BAD_INPUTS.map((b) => [b.what, b] as const))('%s', async (_what, b) => {
    const before = await caseNow();
    // An import refused saves nothing: the table's versions are as they were.
    const table = b.runs === 'foi' && b.args[0] === 'holidays' ? ['holidays', 'status'] : undefined;
    const tableBefore = table && (await h.foi(table)).stdout;
    const r = b.runs === 'foi' ? await h.foi(b.args, b.env) : await startWorker(b.env ?? {});
    expectOneLine(r, 2, b.message);
    expect(await caseNow()).toEqual(before);
    if (table) expect((await h.foi(table)).stdout).toBe(tableBefore);
  });
});

describe('other failures: exit 1', () => {
  test.each([
    [
      'an approval with no draft (a rule of the case)',
      ['approve', REF, '--by', 'approver@police.example.gov.uk'],
      'rejected: cannot approve: no draft is awaiting approval (the case is in progress)',
    ],
    [
      'an extension for an absolute exemption: no public interest test to extend for',
      ['extend', REF, '--reason', 'complex', '--exemption', 's31(1):absolute'],
      'rejected: s31(1) is an absolute exemption: there is no public interest test to extend for; an extension needs a qualified exemption under consideration (s2(3), s10(3))',
    ],
    ['an unknown reference', ['status', 'FOI2099/00001'], 'no case FOI2099/00001'],
    ['a command to an unknown reference', ['submit', 'FOI2099/00001'], 'no case FOI2099/00001'],
  ])('%s', async (_what, args, message) => {
    const before = await caseNow();
    expectOneLine(await h.foi(args), 1, `foi: ${message}`);
    expect(await caseNow()).toEqual(before);
  });

  test('opening a case twice says it exists and shows its status', async () => {
    const r = await h.foi(['open', REF, '--summary', 'again']);
    expectOneLine(r, 1, `foi: case ${REF} already exists`);
    expect(r.stdout).toMatch(/^FOI-BAD\/0001 {2}Freedom of Information Act 2000\nphase: +in progress\n/);
  });

  test('an unreachable server is named, with what to do', async () => {
    expectOneLine(
      await h.foi(['status', REF], { TEMPORAL_ADDRESS: '127.0.0.1:1' }),
      1,
      'foi: cannot reach Temporal at 127.0.0.1:1: is it running? (npm start)',
    );
  });

  // By name: Node warns about TLS to a bare IP address, which is not what these are about.
  const byName = () => h.env.address.replace('127.0.0.1', 'localhost');
  const noTls = (address: string) =>
    `TLS to Temporal at ${address} failed: the server there does not speak TLS (TEMPORAL_TLS, TEMPORAL_API_KEY and TEMPORAL_TLS_CERT turn TLS on; the local dev server has none)`;

  test('TLS against a server without it says TLS failed, not "is it running?" (issue 10 item 7)', async () => {
    const address = byName();
    const env = { TEMPORAL_TLS: 'true', TEMPORAL_ADDRESS: address };
    expectOneLine(await h.foi(['status', REF], env), 1, `foi: ${noTls(address)}`);
    const w = await startWorker(env);
    expectOneLine(w, 1, `worker: ${noTls(address)}`);
  });

  test('a namespace that does not exist is named in one line, by the CLI and the worker (issue 10 item 7)', async () => {
    const line = `Temporal namespace 'nowhere' does not exist at ${h.env.address}`;
    expectOneLine(
      await h.foi(['status', REF], { TEMPORAL_NAMESPACE: 'nowhere' }),
      1,
      `foi: ${line}: check TEMPORAL_NAMESPACE`,
    );
    const w = await startWorker({ TEMPORAL_NAMESPACE: 'nowhere' });
    expectOneLine(
      w,
      1,
      `worker: ${line}: check TEMPORAL_NAMESPACE (or create it: temporal operator namespace create nowhere)`,
    );
    expect(w.stderr).not.toMatch(/\\x|Status \{|details:/);
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
