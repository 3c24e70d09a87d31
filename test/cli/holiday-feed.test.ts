// The daily bank holiday feed fetch, end to end on a real dev server and worker, against a
// local HTTP server serving the feed: the official list changes nothing; a list with a new
// day imports it and a batch refresh moves an open case's deadline (with the timeline's
// explanation); a list that cancels a day imports nothing and asks a person, by email and
// in `foi holidays status`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workflowIdFor } from '../../domain/lifecycle/open-case';
import { statusQuery, timelineQuery } from '../../workflows/definitions';
import type { HolidayFetchRun } from '../../workflows/fetch-holidays';
import { REPO_ROOT } from '../support/tools';
import { eventually, startCliHarness, type CliHarness } from './harness';

type Event = { date: string; title: string; notes: string };
const official = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'uk-bank-holidays.json'), 'utf8'),
).divisions as Record<string, Event[]>;
/** The official feed in GOV.UK's own shape, with changes to England and Wales. */
function feed(change: (events: Event[]) => Event[] = (e) => e): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(official).map(([division, events]) => [
        division,
        { division, events: division === 'england-and-wales' ? change([...events]) : events },
      ]),
    ),
  );
}

let h: CliHarness;
let server: http.Server;
let body = feed();
let answer = 200;
let url: string;

beforeAll(async () => {
  h = await startCliHarness('cli-holiday-feed');
  server = http.createServer((_req, res) =>
    res.writeHead(answer, { 'content-type': 'application/json' }).end(body),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bank-holidays.json`;
});
afterAll(async () => {
  server?.close();
  await h?.stop();
});

let run = 0;
const fetchNow = () =>
  h.env.client.workflow.execute<(url: string) => Promise<HolidayFetchRun>>('fetchHolidays', {
    taskQueue: h.taskQueue,
    workflowId: `holiday-feed-${++run}`,
    args: [url],
  });

test('the official list changes nothing; a new day is imported and moves an open case', async () => {
  const opened = await h.foi(['open', 'FEED/1', '--summary', 'Speed cameras', '--received', '2018-05-29']);
  expect(opened.code).toBe(0);
  const handle = h.env.client.workflow.getHandle(workflowIdFor('FEED/1'));
  expect((await handle.query(statusQuery)).responseDue).toBe('2018-06-26');

  expect(await fetchNow()).toMatchObject({ outcome: 'nothing-new', version: 1, pending: [] });

  body = feed((e) => [...e, { date: '2018-06-01', title: 'Imaginary holiday', notes: '' }]);
  const imported = await fetchNow();
  expect(imported).toMatchObject({ outcome: 'imported', version: 2, pending: [] });
  expect(imported.added).toEqual([
    expect.stringMatching(/^added +2018-06-01 +Imaginary holiday: England and Wales$/),
  ]);
  expect(imported.refreshJob).toMatch(/^holidays-refresh-/);

  // The batch job signals the case; it reloads the table and its deadline moves.
  const status = await eventually(
    () => handle.query(statusQuery),
    (s) => s.responseDue === '2018-06-27',
  );
  expect([status.responseDue, status.holidayTableVersion]).toEqual(['2018-06-27', 2]);
  const timeline = await handle.query(timelineQuery);
  expect(timeline.at(-1)?.text).toBe(
    'bank holiday table version 2 (confirmed through 2028): response moved from Tue 26 Jun 2018 to Wed 27 Jun 2018, ' +
      'because of: added 2018-06-01 Imaginary holiday (England and Wales)',
  );
  expect(h.notices).toEqual([]);
});

test('an import by `foi holidays import` elsewhere reaches the worker through the store alone', async () => {
  // As in compose: the CLI in another folder (and another data folder), sharing only the
  // records store with the worker.
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-elsewhere-'));
  fs.writeFileSync(
    path.join(elsewhere, 'new-day.json'),
    JSON.stringify({
      'england-and-wales': {
        division: 'england-and-wales',
        events: [{ date: '2018-06-04', title: 'Second imaginary holiday', notes: '' }],
      },
    }),
  );
  const env = { FOI_DATA_DIR: path.join(elsewhere, 'data') };
  const imported = await h.foi(['holidays', 'import', 'new-day.json', '--add-only'], env, elsewhere);
  expect([imported.code, imported.stderr]).toEqual([0, '']);
  expect(imported.stdout).toContain('saved as holiday table version 3 (was 2)');
  const refreshed = await h.foi(['holidays', 'refresh'], env, elsewhere);
  expect(refreshed.code).toBe(0);
  const handle = h.env.client.workflow.getHandle(workflowIdFor('FEED/1'));
  const status = await eventually(
    () => handle.query(statusQuery),
    (s) => s.holidayTableVersion === 3,
  );
  expect(status.responseDue).toBe('2018-06-28');
  expect((await handle.query(timelineQuery)).at(-1)?.text).toContain(
    'because of: added 2018-06-04 Second imaginary holiday (England and Wales)',
  );
  expect(fs.existsSync(path.join(elsewhere, 'data', 'records.db'))).toBe(false); // the store was the shared one
});

test('a list that moves a day imports none of that year, asks a person once, and a failed fetch asks nothing', async () => {
  // The summer bank holiday moved from Monday 27 to Tuesday 28 August 2018.
  body = feed((e) =>
    [
      ...e,
      { date: '2018-06-01', title: 'Imaginary holiday', notes: '' },
      { date: '2018-06-04', title: 'Second imaginary holiday', notes: '' },
      { date: '2018-08-28', title: 'Summer bank holiday', notes: '' },
    ].filter((d) => d.date !== '2018-08-27'),
  );
  const asked = await fetchNow();
  // Neither half of the move is applied: the new day would count beside the old one.
  expect(asked).toMatchObject({ outcome: 'needs-a-person', version: 3, newlyPending: true });
  expect(asked.pending).toEqual([
    expect.stringMatching(/^added +2018-08-28 +Summer bank holiday: England and Wales$/),
    expect.stringMatching(/^cancelled +2018-08-27 .*Summer bank holiday.*England and Wales$/),
  ]);
  expect(h.notices).toHaveLength(1);
  expect(h.notices[0]!.subject).toBe('bank holiday changes to confirm');
  expect(h.notices[0]!.lines.join('\n')).toContain('foi holidays import <the feed file> --confirm');

  const status = await h.foi(['holidays', 'status']);
  expect(status.stdout).toMatch(/^holiday table in force: version 3,/);
  expect(status.stdout).toMatch(/last feed check: .* needs-a-person\n {2}to confirm: added +2018-08-28/);

  // A day the feed cannot be fetched says so, and asks nothing of the manager.
  answer = 500;
  const failed = await fetchNow();
  expect(failed).toMatchObject({ outcome: 'failed', version: 3, pending: [], newlyPending: false });
  expect(failed.error).toMatch(/answered 500/);
  expect((await h.foi(['holidays', 'status'])).stdout).toMatch(
    /last feed check: .* failed\n {2}fetch failed: /,
  );
  // The next day's fetch finds the same move as before: no second email.
  answer = 200;
  expect((await fetchNow()).newlyPending).toBe(false);
  expect(h.notices).toHaveLength(1);
});
