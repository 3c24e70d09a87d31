// Server mode end to end: Temporal's own server on PostgreSQL, started by
// scripts/server-mode.sh exactly as `npm run start:server-mode` does, with the real worker.
// The example letter's case is driven to its internal review with `foi`; every visibility
// query the CLI and the web app issue is asked of PostgreSQL visibility (`<` on Datetime,
// `IN` on Keyword, counts); then the whole stack, the Temporal server process included,
// is stopped and started again and the cases carry on.
import { dataConverterFromEnv } from '../../codec/data-converter';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { calendarFor } from '../../client/calendars';
import type { Session } from '../../client/connect';
import { DEFAULT_PAGE_SIZE } from '../../client/page-size';
import { londonToday } from '../../client/today';
import { openRecords } from '../../records/open-records';
import { caseload } from '../../web/caseload';
import { periodReport } from '../../web/statistics';
import { APPROVER, LETTER_REFERENCE as LETTER, OFFICER } from '../support/example-letter';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../web/harness';
import { foi, freePorts, startServerMode, type Ports, type ServerMode } from './stack';

jest.setTimeout(300_000);

const OVERDUE = 'FOI-SM/0030';
const FRESH = 'FOI-SM/0001';
const OTHER = 'other.officer@police.example.gov.uk';
const today = londonToday();
const cal = calendarFor('foia', today);
const overdueReceived = cal.addWorkingDays(today, -30);

let dir: string;
let ports: Ports;
let stack: ServerMode | undefined;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-server-mode-'));
  fs.chmodSync(dir, 0o711); // PostgreSQL runs as the `postgres` user when we are root
  ports = await freePorts();
  stack = await startServerMode(dir, ports);
});
afterAll(async () => {
  await stack?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ok = async (...args: string[]): Promise<string> => {
  const r = await foi(stack!, args);
  if (r.code !== 0) throw new Error(`foi ${args.join(' ')} → exit ${r.code}: ${r.stderr}`);
  return r.stdout.trimEnd();
};
const refs = async (...args: string[]): Promise<string[]> =>
  (JSON.parse(await ok('list', ...args, '--json')) as { reference: string }[]).map((r) => r.reference);

/** Visibility lags the workflows by a moment: ask again until `accept` says yes. */
async function eventually<T>(read: () => Promise<T>, accept: (v: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 80 && !accept(value); i++) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}

async function withSession<T>(use: (s: Session) => Promise<T>): Promise<T> {
  const connection = await Connection.connect({ address: stack!.address });
  try {
    const client = new Client({ connection, namespace: 'foi', dataConverter: dataConverterFromEnv() });
    const config = { address: stack!.address, namespace: 'foi', taskQueue: 'unused' };
    return await use({ client, config, pageSize: DEFAULT_PAGE_SIZE });
  } finally {
    await connection.close();
  }
}

test('the namespace has its retention and search attributes; visibility is PostgreSQL', async () => {
  const r = await withSession((s) =>
    s.client.connection.workflowService.describeNamespace({ namespace: 'foi' }),
  );
  expect(Number(r.config?.workflowExecutionRetentionTtl?.seconds)).toBe(30 * 24 * 3600);
  const pg = new PgClient({ connectionString: `${stack!.postgresUrl}/temporal_visibility` });
  await pg.connect();
  try {
    const columns = await pg.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'executions_visibility'`,
    );
    // The server maps custom search attributes onto typed columns (Keyword01, Datetime01...).
    expect(columns.rows.map((c: { column_name: string }) => c.column_name)).toEqual(
      expect.arrayContaining(['keyword01', 'datetime01', 'bool01']),
    );
  } finally {
    await pg.end();
  }
});

test('opening the letter (received 29 May 2018), an overdue case and a fresh one', async () => {
  const opened = await ok(
    'open', LETTER,
    '--summary', 'Use of a named surveillance technique',
    '--received', '2018-05-29',
    '--officer', OFFICER,
    '--approver', APPROVER,
    '--review-request-window', '2 months',
  ); // prettier-ignore
  expect(opened).toMatch(/^opened FOI2018\/02892\n/);
  // Entered in 2026 for a deadline of 2018: what happened is for the officer to record.
  expect(opened).toMatch(
    /^ {2}response {2}Tue 26 Jun 2018 {2}passed before the case was entered \(.+\): record what happened$/m,
  );
  await ok(
    'open',
    OVERDUE,
    '--summary',
    'Contracts for towing',
    '--received',
    overdueReceived,
    '--officer',
    OTHER,
  );
  await ok('open', FRESH, '--summary', 'Stop and search figures', '--officer', OFFICER);
});

test('the letter driven to its internal review', async () => {
  await ok('submit', LETTER, '--on', '2018-06-20', '--note', 'NCND under s24(2) and s31(3)');
  await ok('approve', LETTER, '--on', '2018-06-21', '--by', APPROVER);
  const responded = await ok(
    'respond', LETTER,
    '--on', '2018-06-26',
    '--outcome', 'neither-confirm-nor-deny',
    '--exemption', 's24(2):qualified',
    '--exemption', 's31(3):qualified',
    '--public-interest-test',
    '--refusal-notice-complete',
  ); // prettier-ignore
  expect(responded).toMatch(/until {2}Sun 26 Aug 2018/);
  // 20 working days from 10 July 2018, skipping 12 July (NI) and 6 August (Scotland).
  expect(await ok('review-request', LETTER, '--on', '2018-07-10', '--grounds', 'wants the answer')).toMatch(
    /^FOI2018\/02892: internal review\n {2}internal review {2}Thu 9 Aug 2018/,
  );
});

test('every `foi list` filter is answered by PostgreSQL visibility', async () => {
  const all = await eventually(
    () => refs(),
    (r) => r.length === 3,
  );
  // Sorted by due date: the letter's review (9 Aug 2018), the overdue case, the fresh one.
  expect(all).toEqual([LETTER, OVERDUE, FRESH]);
  const phase = await eventually(
    () => refs('--phase', 'internal_review'),
    (r) => r.length === 1,
  );
  expect(phase).toEqual([LETTER]);
  // `FoiDueDate < today` (Datetime comparison).
  expect((await refs('--overdue')).sort()).toEqual([LETTER, OVERDUE].sort());
  // `>=` today and `<` the day after the 20th working day: the fresh case is due on the 20th.
  expect(await refs('--due-within', '20')).toEqual([FRESH]);
  expect(await refs('--due-within', '19')).toEqual([]);
  expect(await refs('--officer', OTHER)).toEqual([OVERDUE]);
  // `FoiPhase IN (...)` (Keyword list).
  expect((await refs('--phase', 'internal_review', '--phase', 'in_progress')).sort()).toEqual(
    [LETTER, OVERDUE, FRESH].sort(),
  );
  expect(await refs('--regime', 'foia')).toHaveLength(3);
  expect(await refs('--regime', 'eir')).toEqual([]);
  expect(await refs('--received-from', '2018-05-29', '--received-to', '2018-05-29')).toEqual([LETTER]);
  expect(await refs('--received-from', '2018-05-30', '--received-to', '2018-12-31')).toEqual([]);
  expect((await refs('--all', '--received-to', '2018-12-31')).sort()).toEqual([LETTER]);
});

test('statistics: the CLI and the web report count the same cohort', async () => {
  const stats = await eventually(
    async () => JSON.parse(await ok('stats', '--from', '2018-01-01', '--to', '2018-12-31', '--json')),
    (s) => s.internalReviews?.requested === 1,
  );
  expect(stats).toMatchObject({
    received: 1,
    answered: 1,
    answeredInTime: 1,
    outcomes: { 'neither-confirm-nor-deny': 1 },
    exemptionsCited: { 's24(2)': 1, 's31(3)': 1 },
    internalReviews: { requested: 1, completed: 0 },
  });
  // The web app's statistics, from the same PostgreSQL records database the worker writes.
  const db = await openRecords({ kind: 'postgres', url: `${stack!.postgresUrl}/foi_records` });
  const web = await periodReport(db, '2018-01-01', '2018-12-31').finally(() => db.destroy());
  expect(web.stats).toEqual(stats);
  expect(web.months.find((m) => m.month === '2018-05')).toMatchObject({ received: 1, answeredInTime: 1 });
});

test("the web app's caseload counts from PostgreSQL: visibility for the figures, the records for the officers", async () => {
  const db = await openRecords({ kind: 'postgres', url: `${stack!.postgresUrl}/foi_records` });
  const load = await withSession((s) => caseload(s, db, today)).finally(() => db.destroy());
  expect(load).toMatchObject({
    open: 3,
    red: 2,
    green: 1,
    unassigned: 0,
    awaitingApproval: 0,
    reviewsOpen: 1,
    complaintsOpen: 0,
  });
  expect(load.officers.map((o) => [o.officer, o.open, o.overdue])).toEqual([
    [OFFICER, 2, 1],
    [OTHER, 1, 1],
  ]);
});

test('the web app runs against the server: sign-in required, then the caseload from PostgreSQL', async () => {
  // It may still be starting (it waits for the local provider): its health check first.
  const health = await eventually(
    () =>
      fetch(`${stack!.webUrl}/healthz`).then(
        (r) => r.text(),
        () => '',
      ),
    (body) => body === 'ok',
  );
  // If it never came up, say why: its own log and its provider's (both in the stack's folder).
  const logs = (name: string) => `${name}:\n${fs.readFileSync(path.join(dir, name), 'utf8').slice(-2000)}`;
  if (health !== 'ok')
    throw new Error(`the web app did not answer /healthz\n${logs('web.log')}\n${logs('oidc.log')}`);
  const anonymous = await fetch(`${stack!.webUrl}/cases`, { redirect: 'manual' });
  expect([anonymous.status, anonymous.headers.get('location')]).toEqual([302, '/sign-in?returnTo=%2Fcases']);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ baseURL: stack!.webUrl });
    await page.goto('/dashboard');
    await page.fill('#username', 'manager');
    await page.fill('#password', 'manager');
    await Promise.all([page.waitForURL(/\/dashboard$/), page.click('button[type=submit]')]);
    await page.goto('/cases');
    const text = await page.locator('main').innerText();
    for (const reference of [LETTER, OVERDUE, FRESH]) expect(text).toContain(reference);
  } finally {
    await browser.close();
  }
});

test('after a restart of the whole stack, Temporal server process included, the cases carry on', async () => {
  const kept = async () => {
    const { phase, receivedOn, officer, deadlines } = JSON.parse(await ok('status', LETTER, '--json'));
    return { phase, receivedOn, officer, deadlines };
  };
  const before = await kept();
  expect(before.phase).toBe('internal_review');
  await stack!.stop();
  stack = undefined;
  stack = await startServerMode(dir, ports);
  expect(await kept()).toEqual(before);
  expect(await ok('review-complete', LETTER, '--on', '2018-08-03', '--result', 'upheld')).toMatch(
    /^FOI2018\/02892: regulator complaint window open\n/,
  );
  const rows = await eventually(
    () => refs('--phase', 'ico_window'),
    (r) => r.length === 1,
  );
  expect(rows).toEqual([LETTER]);
  expect((await refs()).sort()).toEqual([LETTER, OVERDUE, FRESH].sort());
});
