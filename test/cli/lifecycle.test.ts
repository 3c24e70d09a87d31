// The example letter's case driven through its whole life with `foi`, against a real dev
// server and worker: opened on receipt (Tue 29 May 2018), answered on the 20th working day
// (Tue 26 Jun 2018) neither confirming nor denying under s24(2) and s31(3) after a public
// interest test, reviewed, complained about, decided and closed. Alongside it, an overdue
// case and a fresh one for the manager's list and statistics. All of it entered after the
// fact, as an authority migrating its cases would.
import { AesGcmCodec } from '../../codec/aes-gcm-codec';
import { loadPayloadKeys } from '../../codec/payload-keys';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { calendarFor } from '../../client/calendars';
import { londonToday } from '../../client/today';
import { formatLongDate } from '../../domain/calendar';
import { temporalCli } from '../support/tools';
import { eventually, startCliHarness, type CliHarness } from './harness';

const LETTER = 'FOI2018/02892';
const OVERDUE = 'FOI-CLI/0030';
const FRESH = 'FOI-CLI/0001';
const OFFICER = 'officer@police.example.gov.uk';
const APPROVER = 'approver@police.example.gov.uk';
const OTHER = 'other.officer@police.example.gov.uk';

let h: CliHarness;
const today = londonToday();
const cal = calendarFor('foia', today);
const overdueReceived = cal.addWorkingDays(today, -30);

beforeAll(async () => {
  h = await startCliHarness('cli-lifecycle');
});
afterAll(async () => {
  await h?.stop();
});

const ok = async (...args: string[]): Promise<string> => {
  const r = await h.foi(args);
  if (r.code !== 0) throw new Error(`foi ${args.join(' ')} → exit ${r.code}: ${r.stderr}`);
  expect(r.stderr).toBe('');
  return r.stdout.trimEnd();
};

const listJson = async (...args: string[]) =>
  JSON.parse(await ok('list', ...args, '--json')) as { reference: string; rag?: string; phase?: string }[];

test('opening cases: the letter (received 2018), one received 30 working days ago, one today', async () => {
  const opened = await ok(
    'open',
    LETTER,
    '--summary',
    'Use of a named surveillance technique',
    '--received',
    '2018-05-29',
    '--officer',
    OFFICER,
    '--approver',
    APPROVER,
    '--requester-name',
    'Ada Requester',
    '--requester-email',
    'ada@example.org',
    '--review-request-window',
    '2 months',
  );
  expect(opened).toMatch(/^opened FOI2018\/02892\nFOI2018\/02892 {2}Freedom of Information Act 2000\n/);
  expect(opened).toMatch(/^phase: +in progress$/m);
  // Entered years after the fact: the deadline passed before the case was entered, and that
  // is what it says, not "2086 working days overdue" (issue 9 item 12).
  expect(opened).toContain(
    `  response  Tue 26 Jun 2018  passed before the case was entered (${formatLongDate(today)}): record what happened`,
  );
  expect(opened).not.toMatch(/working days overdue/);
  expect(opened).not.toContain('Ada');

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
  const fresh = await ok(
    'open',
    FRESH,
    '--summary',
    'Stop and search figures',
    '--officer',
    OFFICER,
    '--json',
  );
  expect(JSON.parse(fresh)).toMatchObject({ reference: FRESH, receivedOn: today, phase: 'in_progress' });
});

test('the list: sorted by due date with RAG, applicant-blind', async () => {
  const rows = await eventually(
    () => listJson(),
    (r) => r.length === 3,
  );
  expect(rows.map((r) => [r.reference, r.rag])).toEqual([
    [LETTER, 'red'],
    [OVERDUE, 'red'],
    [FRESH, 'green'],
  ]);
  expect(JSON.stringify(rows)).not.toMatch(/Ada|ada@example/);
});

test('the letter, step by step: each command prints the accepted new state', async () => {
  expect(await ok('submit', LETTER, '--on', '2018-06-20', '--note', 'NCND under s24(2) and s31(3)')).toMatch(
    /^FOI2018\/02892: draft awaiting approval\n {2}response {2}Tue 26 Jun 2018/,
  );
  expect(await ok('approve', LETTER, '--on', '2018-06-21', '--by', APPROVER)).toMatch(
    /^FOI2018\/02892: draft approved, ready to send\n/,
  );
  const responded = await ok(
    'respond',
    LETTER,
    '--on',
    '2018-06-26',
    '--outcome',
    'neither-confirm-nor-deny',
    '--exemption',
    's24(2):qualified',
    '--exemption',
    's31(3):qualified',
    '--public-interest-test',
    '--refusal-notice-complete',
  );
  // "Two months" from 26 June, as the letter says: a window of calendar months, shown in days.
  expect(responded).toMatch(
    /^FOI2018\/02892: responded; internal review window open\n {2}requester may ask for an internal review until {2}Sun 26 Aug 2018 {2}ended [\d,]+ days ago$/m,
  );

  const answered = await ok('status', LETTER);
  expect(answered).toMatch(
    /^response: +sent Tue 26 Jun 2018: neither-confirm-nor-deny, citing s24\(2\) \(qualified\), s31\(3\) \(qualified\); answered on time, day 20 of 20 \(due Tue 26 Jun 2018\)$/m,
  );

  // 20 working days from 10 July 2018, skipping 12 July (NI) and 6 August (Scotland): Thu 9 Aug.
  expect(await ok('review-request', LETTER, '--on', '2018-07-10', '--grounds', 'wants the answer')).toMatch(
    /^FOI2018\/02892: internal review\n {2}internal review {2}Thu 9 Aug 2018/,
  );
  expect(await ok('review-complete', LETTER, '--on', '2018-08-03', '--result', 'upheld')).toMatch(
    /^FOI2018\/02892: regulator complaint window open\n/,
  );
  expect(await ok('ico-complaint', LETTER, '--on', '2018-09-03', '--ico-reference', 'FS50770000')).toMatch(
    /^FOI2018\/02892: complaint to the regulator\n/,
  );
  expect(
    await ok(
      'ico-decision',
      LETTER,
      '--on',
      '2019-02-01',
      '--notice-reference',
      'FS50770000',
      '--result',
      'complaint-not-upheld',
    ),
  ).toMatch(/appeal window closes {2}Fri 1 Mar 2019/);

  const full = await ok('status', LETTER, '--timeline');
  expect(full).toMatch(
    /^internal review: +requested Tue 10 Jul 2018, due Thu 9 Aug 2018, completed Fri 3 Aug 2018: upheld$/m,
  );
  expect(full).toMatch(
    /^regulator: +complaint FS50770000 on Mon 3 Sep 2018; decision notice FS50770000 Fri 1 Feb 2019: complaint-not-upheld$/m,
  );
  const history = full
    .slice(full.indexOf('timeline:\n') + 'timeline:\n'.length)
    .trim()
    .split('\n');
  expect(history).toHaveLength(8);
  expect(history[2]).toBe(`Thu 21 Jun 2018  ${APPROVER}  draft approved`);
  expect(history[7]).toMatch(/^Fri 1 Feb 2019 .* decision notice FS50770000: complaint-not-upheld/);
});

test('the official Temporal CLI sees the status encrypted; decrypted, it is what `foi status --json` prints', async () => {
  const ours = JSON.parse(await ok('status', LETTER, '--json'));
  const query = (...extra: string[]) =>
    promisify(execFile)(temporalCli(), [
      'workflow',
      'query',
      '--address',
      h.env.address,
      '--namespace',
      'foi',
      '--workflow-id',
      `foi-${LETTER}`,
      '--type',
      'status',
      '--input',
      JSON.stringify(today),
      '--output',
      'json',
      ...extra,
    ]);
  // The payload exactly as the workflow answered it: encrypted (codec/), naming its key.
  const raw = JSON.parse((await query('--no-json-shorthand-payloads')).stdout) as {
    queryResult: { payloads: { metadata: Record<string, string>; data: string }[] };
  };
  const [answer] = raw.queryResult.payloads;
  const meta = Object.fromEntries(
    Object.entries(answer!.metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')]),
  );
  expect(meta.encoding?.toString()).toBe('binary/encrypted');
  expect(Buffer.from(answer!.data, 'base64').toString('latin1')).not.toContain(ours.phase);
  // Decrypted with the deployment's keys, it is what `foi status --json` printed.
  const [plain] = await new AesGcmCodec(loadPayloadKeys()).decode([
    { metadata: meta, data: Buffer.from(answer!.data, 'base64') },
  ]);
  expect(ours.phase).toBe('ico_complaint');
  expect(JSON.parse(Buffer.from(plain!.data!).toString('utf8'))).toEqual(ours);
});

test('list --overdue, --due-within and --officer are answered by the server', async () => {
  const overdue = await eventually(
    () => ok('list', '--overdue'),
    (out) => out.includes('1 case:'),
  );
  const lines = overdue.trim().split('\n');
  const behind = cal.workingDaysBetween(cal.addWorkingDays(overdueReceived, 20), today);
  expect(lines).toHaveLength(3);
  expect(lines[1]).toMatch(
    new RegExp(
      `^RED +FOI-CLI/0030 +foia +in_progress +${cal.addWorkingDays(overdueReceived, 20)} +${behind} WD overdue +${OTHER} +${overdueReceived}$`,
    ),
  );
  expect(lines[2]).toBe('1 case: 1 red, 0 amber, 0 green');

  // The fresh case is due on the 20th working day: inside --due-within 20, outside 19.
  expect((await listJson('--due-within', '20')).map((r) => r.reference)).toEqual([FRESH]);
  expect(await listJson('--due-within', '19')).toEqual([]);
  expect((await listJson('--officer', OTHER)).map((r) => r.reference)).toEqual([OVERDUE]);
  expect((await listJson('--phase', 'ico_complaint')).map((r) => r.reference)).toEqual([LETTER]);
});

test('stats for 2018: one request, answered in time, NCND citing s24(2) and s31(3), reviewed, complained of', async () => {
  const stats = await eventually(
    async () => JSON.parse(await ok('stats', '--from', '2018-01-01', '--to', '2018-12-31', '--json')),
    (s) => s.regulatorComplaints.decided === 1,
  );
  expect(stats).toMatchObject({
    received: 1,
    answered: 1,
    answeredInTime: 1,
    answeredLate: 0,
    shareInTime: 1,
    outcomes: { 'neither-confirm-nor-deny': 1, refused: 0 },
    exemptionsCited: { 's24(2)': 1, 's31(3)': 1 },
    internalReviews: { requested: 1, completed: 1, late: 0, results: { upheld: 1 } },
    regulatorComplaints: { received: 1, decided: 1, decisions: { 'complaint-not-upheld': 1 } },
  });
  const text = await ok('stats', '--from', '2018-01-01', '--to', '2018-12-31');
  expect(text).toMatch(/^ {2}in time +1 \(100\.0% of answered\)$/m);
  expect(text).toContain('exemptions cited: s24(2) 1, s31(3) 1');

  const thisYear = JSON.parse(await ok('stats', '--from', overdueReceived, '--to', today, '--json'));
  expect(thisYear).toMatchObject({ received: 2, answered: 0, notYetAnswered: 2, shareInTime: null });
});

test('closing the case ends its workflow; its status stays readable and nothing more is accepted', async () => {
  expect(
    await ok('close', LETTER, '--on', '2019-03-04', '--reason', 'appeal window ended without appeal'),
  ).toMatch(/^FOI2018\/02892: closed\n {2}no live deadlines$/);
  const handle = h.env.client.workflow.getHandle(`foi-${LETTER}`);
  await handle.result();
  // The whole life entered through the CLI stays a short history (issue 15: under 100 events).
  const events = (await handle.fetchHistory()).events?.length ?? 0;
  console.log(`the letter's whole life through the CLI: ${events} history events`);
  expect(events).toBeLessThan(100);
  expect(await ok('status', LETTER)).toMatch(/^ended: +Mon 4 Mar 2019: appeal window ended without appeal$/m);
  const after = await h.foi(['withdraw', LETTER, '--reason', 'too late']);
  expect(after).toMatchObject({
    code: 1,
    stdout: '',
    stderr: 'foi: case FOI2018/02892 has ended (closed): nothing more can be recorded\n',
  });
  const all = await eventually(
    () => listJson('--all'),
    (rows) => rows.some((r) => r.reference === LETTER && r.phase === 'closed'),
  );
  expect(all.map((r) => r.reference).sort()).toEqual([FRESH, OVERDUE, LETTER].sort());
  expect((await listJson()).map((r) => r.reference)).not.toContain(LETTER);
});
