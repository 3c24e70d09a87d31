// The records store as the system of record, end to end on a real dev server and worker:
// the requester's details never reach Temporal (and what does is encrypted), a case the server has deleted (as its
// retention does) still counts in `foi stats` and shows its timeline, and an officer
// opening a request sees the same requester's other recent requests.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from '@temporalio/common';
import { AesGcmCodec } from '../../codec/aes-gcm-codec';
import { loadPayloadKeys } from '../../codec/payload-keys';
import { workflowIdFor } from '../../domain/lifecycle/open-case';
import { TEST_NAMESPACE } from '../support/environments';
import { temporalCli } from '../support/tools';
import { eventually, startCliHarness, type CliHarness } from './harness';

const REQUESTER = {
  name: 'Ada Requesterson',
  email: 'ada.requesterson@example.org',
  address: '1 Quiet Lane, Anytown',
};
const SUMMARY = 'Number of speed cameras in the county';
let h: CliHarness;
let serverDb: string;

/** Every byte string in a history (the payloads), decoded as text and joined. */
function bytesAsText(v: unknown): string {
  if (ArrayBuffer.isView(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8');
  if (Array.isArray(v)) return v.map(bytesAsText).join('\n');
  if (v && typeof v === 'object') return Object.values(v).map(bytesAsText).join('\n');
  return typeof v === 'string' ? v : '';
}

/** The payloads in a history, decrypted with the deployment's keys. */
async function decodedPayloads(v: unknown, codec = new AesGcmCodec(loadPayloadKeys())): Promise<Payload[]> {
  const found: Payload[] = [];
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object' || ArrayBuffer.isView(x)) return;
    if ('metadata' in x && 'data' in x && ArrayBuffer.isView((x as Payload).data)) found.push(x as Payload);
    else Object.values(x).forEach(walk);
  };
  walk(v);
  return codec.decode(found);
}

beforeAll(async () => {
  // The server keeps its state in a file, as npm start's does, so the file can be searched.
  serverDb = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'foi-temporal-db-')), 'temporal.db');
  h = await startCliHarness('cli-records', { dbFilename: serverDb });
});
afterAll(async () => {
  await h?.stop();
});

const ok = async (...args: string[]): Promise<string> => {
  const r = await h.foi(args);
  if (r.code !== 0) throw new Error(`foi ${args.join(' ')} → exit ${r.code}: ${r.stderr}`);
  return r.stdout.trimEnd();
};

const open = (reference: string, receivedOn: string) =>
  ok(
    'open',
    reference,
    '--summary',
    SUMMARY,
    '--received',
    receivedOn,
    '--requester-name',
    REQUESTER.name,
    '--requester-email',
    REQUESTER.email,
    '--requester-address',
    REQUESTER.address,
  );

test("the requester's details are in the records store only, never in the workflow's history", async () => {
  await open('REC/0001', '2018-05-01');
  const history = await h.env.client.workflow.getHandle(workflowIdFor('REC/0001')).fetchHistory();
  const raw = bytesAsText(history);
  expect(raw).toContain('binary/encrypted');
  for (const text of [SUMMARY, ...Object.values(REQUESTER)]) expect(raw).not.toContain(text);
  // Decrypted with the keys, the payloads hold the summary (this is the check's control)
  // and an opaque requester id, but still none of the requester's details.
  const decoded = bytesAsText(await decodedPayloads(history));
  expect(decoded).toContain(SUMMARY);
  for (const detail of Object.values(REQUESTER)) expect(decoded).not.toContain(detail);
  expect(decoded).toMatch(/rq-[0-9a-f-]{36}/);
});

test("neither the server's database file nor `temporal workflow show` holds the summary or the requester's details", async () => {
  await open('REC/0009', '2018-05-03');
  const show = execFileSync(temporalCli(), [
    'workflow',
    'show',
    '--output',
    'json',
    '--address',
    h.env.address,
    '--namespace',
    TEST_NAMESPACE,
    '--workflow-id',
    workflowIdFor('REC/0009'),
  ]).toString();
  expect(show).toContain(Buffer.from('binary/encrypted').toString('base64'));
  // Everything the server has written: its database and the write-ahead log beside it.
  const dir = path.dirname(serverDb);
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  const onDisk = Buffer.concat(files.map((f) => fs.readFileSync(f)));
  expect(onDisk.length).toBeGreaterThan(0);
  for (const text of [SUMMARY, ...Object.values(REQUESTER)]) {
    expect(show).not.toContain(text);
    expect(show).not.toContain(Buffer.from(text).toString('base64').slice(0, 16));
    expect(onDisk.includes(Buffer.from(text))).toBe(false);
  }
  // The workflow id and the search attributes stay readable (they hold no personal data).
  expect(onDisk.includes(Buffer.from(workflowIdFor('REC/0009')))).toBe(true);
});

test("opening a request shows the same requester's other requests of the last 60 working days", async () => {
  const second = await open('REC/0002', '2018-06-01');
  expect(second).toMatch(/the same requester's other requests in the last 60 working days/);
  expect(second).toMatch(/REC\/0001 {2}received 2018-05-01/);
  const later = await open('REC/0003', '2018-12-03'); // more than 60 working days after both
  expect(later).not.toMatch(/other requests/);
});

test('a closed case deleted from Temporal (as retention does) still counts and keeps its timeline', async () => {
  await ok('withdraw', 'REC/0002', '--reason', 'no longer needed', '--on', '2018-06-05');
  const handle = h.env.client.workflow.getHandle(workflowIdFor('REC/0002'));
  await handle.result();
  await h.env.client.workflowService.deleteWorkflowExecution({
    namespace: TEST_NAMESPACE,
    workflowExecution: { workflowId: workflowIdFor('REC/0002') },
  });
  const gone = await eventually(
    () =>
      handle.describe().then(
        () => 'still there',
        (err: unknown) => (err as Error).name,
      ),
    (state) => state !== 'still there',
    360, // the server deletes in the background: up to 90 s on a busy machine
  );
  expect(gone).toBe('WorkflowNotFoundError');
  const status = await ok('status', 'REC/0002', '--timeline');
  expect(status).toMatch(/^REC\/0002 {2}Freedom of Information Act 2000\nphase: +withdrawn/);
  expect(status).toMatch(/from the records store/);
  expect(status).toMatch(/withdrawn: no longer needed/);
  const stats = JSON.parse(await ok('stats', '--from', '2018-01-01', '--to', '2018-12-31', '--json'));
  expect(stats).toMatchObject({ received: 4, notYetAnswered: 3, endedWithoutResponse: { withdrawn: 1 } });
  // The reference stays taken after its workflow has gone.
  const again = await h.foi(['open', 'REC/0002', '--summary', 'again', '--received', '2018-07-02']);
  expect(again.code).toBe(1);
  expect(again.stderr).toMatch(/case REC\/0002 already exists/);
});

test("rebuild writes back every case Temporal keeps, and moves an old case's requester details into the store", async () => {
  // A case as they were opened before the records store: the details in the workflow's input.
  const old = 'REC/OLD1';
  await h.env.client.workflow.start('foiRequest', {
    taskQueue: h.taskQueue,
    workflowId: workflowIdFor(old),
    args: [
      {
        reference: old,
        regime: 'foia',
        receivedOn: '2018-05-02',
        summary: 'Old case',
        openedBy: 'officer',
        requester: { name: 'Old Requester', email: 'old@example.org' },
      },
    ],
  });
  await eventually(
    () => h.foi(['status', old]),
    (r) => r.code === 0,
  );
  // Wipe its record, so that only the rebuild can bring it back.
  const db = await h.records.db();
  await db.deleteFrom('case_timeline').where('reference', '=', old).execute();
  await db.deleteFrom('cases').where('reference', '=', old).execute();
  const out = await ok('records', 'rebuild');
  expect(out).toMatch(/^rebuilt \d+ case records?$/);
  const status = await ok('status', old, '--json');
  expect(JSON.parse(status)).toMatchObject({ reference: old, phase: 'received' });
  const stats = JSON.parse(await ok('stats', '--from', '2018-05-02', '--to', '2018-05-02', '--json'));
  expect(stats.received).toBe(1);
  // Its requester is now in the store: a new request from the same address finds it.
  const again = await ok(
    'open',
    'REC/NEW1',
    '--summary',
    'Newer',
    '--received',
    '2018-05-10',
    '--requester-email',
    'OLD@example.org',
  );
  expect(again).toMatch(/REC\/OLD1 {2}received 2018-05-02/);
});
