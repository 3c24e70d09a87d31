// Listings a page at a time, on a real dev server: with a page size that spreads 30 cases
// over five pages, `foi list` and `foi stats` give exactly what one page gives; and each
// page's fetch has its own deadline, so a listing that takes longer than one deadline
// (as 100,000 cases would) still completes.
import { calendarFor } from '../../client/calendars';
import { sendCommand } from '../../client/case-calls';
import { withDeadline } from '../../client/deadline';
import { parseListOptions } from '../../client/list-filters';
import { listQuery } from '../../client/list-query';
import { forEachRecord } from '../../client/pages';
import { NoAnswerError } from '../../client/temporal-errors';
import { londonToday } from '../../client/today';
import { openCases, startCliHarness, untilCounted, type CliHarness, type Run } from './harness';

const N = 30;
const PAGE = '7'; // 30 cases: pages of 7, 7, 7, 7 and 2
const REFS = Array.from({ length: N }, (_, i) => `FOI-PAGE/${String(i + 1).padStart(3, '0')}`);
const WITHDRAWN = REFS.slice(0, 3);
const today = londonToday();
const cal = calendarFor('foia', today);
// Received over the last 30 working days: due dates from 10 days overdue to 19 days away.
const receivedOn = (i: number) => cal.addWorkingDays(today, -(i + 1));
const ALL = listQuery(parseListOptions({ all: true }), today, cal);
const OPEN = listQuery(parseListOptions({}), today, cal);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness('cli-pages');
  const s = h.session();
  await openCases(s, REFS, receivedOn);
  for (const ref of WITHDRAWN) {
    await sendCommand(s, ref, 'withdraw', {
      by: 'officer@police.example.gov.uk',
      reason: 'no longer wanted',
    });
  }
  // Visibility lags the workflows: wait until it shows every case and every withdrawal.
  await untilCounted(h, ALL, N);
  await untilCounted(h, OPEN, N - WITHDRAWN.length);
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

const ok = (r: Run): string => {
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  expect(r.stderr).toBe('');
  return r.stdout;
};

test('the server returns pages of the size asked, with a token for the next', async () => {
  const page = await h.env.client.workflowService.listWorkflowExecutions({
    namespace: h.env.namespace,
    query: ALL,
    pageSize: Number(PAGE),
  });
  expect(page.executions).toHaveLength(Number(PAGE));
  expect(page.nextPageToken?.length).toBeGreaterThan(0);
});

test('foi list: the same rows in the same order from pages of 7 as from one page', async () => {
  const whole = ok(await h.foi(['list', '--all', '--json']));
  const paged = ok(await h.foi(['list', '--all', '--json'], { FOI_PAGE_SIZE: PAGE }));
  expect(paged).toBe(whole);
  const rows = JSON.parse(paged) as { reference: string; due?: string; status: string }[];
  expect(rows.map((r) => r.reference).sort()).toEqual(REFS);
  // Open cases by due date, most pressing first; the withdrawn ones (no due date) last.
  const due = rows.filter((r) => r.status === 'RUNNING').map((r) => r.due!);
  expect(due).toHaveLength(N - WITHDRAWN.length);
  expect(due).toEqual([...due].sort());
  expect(rows.slice(-WITHDRAWN.length).map((r) => r.reference)).toEqual(WITHDRAWN);

  const table = ok(await h.foi(['list']));
  expect(ok(await h.foi(['list'], { FOI_PAGE_SIZE: PAGE }))).toBe(table);
  expect(table.trimEnd().split('\n')).toHaveLength(1 + (N - WITHDRAWN.length) + 1);
  expect(table).toMatch(/\n27 cases: \d+ red, \d+ amber, \d+ green\n$/);
});

test('foi stats counts, from the records store, the cases the listing shows', async () => {
  const whole = ok(await h.foi(['stats', '--from', receivedOn(N - 1), '--json']));
  expect(JSON.parse(whole)).toMatchObject({
    received: N,
    notYetAnswered: N - WITHDRAWN.length,
    endedWithoutResponse: { withdrawn: WITHDRAWN.length },
  });
});

describe('each page has its own deadline', () => {
  // 30 records at 100 ms each take 3 s: longer than the 1-second deadline given.
  const slowly = async () => sleep(100);

  test('a listing slower than one deadline completes, page by page', async () => {
    const seen: string[] = [];
    const started = Date.now();
    await forEachRecord(
      h.session(5),
      ALL,
      async (info) => {
        seen.push(info.workflowId);
        await slowly();
      },
      1,
    );
    expect(new Set(seen).size).toBe(N);
    expect(Date.now() - started).toBeGreaterThan(1000);
  });

  test('a page that does not come in time is reported as a slow server, not a missing worker', async () => {
    await expect(forEachRecord(h.session(5), ALL, () => undefined, 0)).rejects.toThrow(
      `Temporal at ${h.env.address} did not send a page of up to 5 records within 0s: it may be overloaded; a smaller FOI_PAGE_SIZE asks less of it at a time`,
    );
  });

  test('(the control: one deadline over every page gives up part way)', async () => {
    const s = h.session(5);
    const whole = withDeadline(
      s,
      async () => {
        for await (const _info of s.client.workflow.list({ query: ALL, pageSize: 5 })) await slowly();
      },
      1,
    );
    await expect(whole).rejects.toBeInstanceOf(NoAnswerError);
  });
});
