// Issue 10 item 6: the requester's name and email never reach the email activity's input,
// whatever the case's --staff-email-shows-requester says: the workflow cannot know whether
// the worker allows them (STAFF_EMAIL_SHOWS_REQUESTER), so it passes only the opaque id the
// activity looks up when it may. Read from the decrypted history, on a real dev server.
import type { temporal } from '@temporalio/proto';
import { startCase } from '../../client/case-calls';
import { londonToday } from '../../client/today';
import { AesGcmCodec } from '../../codec/aes-gcm-codec';
import { loadPayloadKeys } from '../../codec/payload-keys';
import { openCaseSchema, workflowIdFor } from '../../domain/lifecycle/open-case';
import { eventually, startCliHarness, type CliHarness } from './harness';

const NAME = 'Ada Requesterson';
const EMAIL = 'ada.requesterson@example.org';
let h: CliHarness;

beforeAll(async () => {
  h = await startCliHarness('cli-requester-in-email');
});
afterAll(async () => {
  await h?.stop();
});

type Event = temporal.api.history.v1.IHistoryEvent;

/** The decrypted inputs of the case's email sends, once it has scheduled one. */
async function emailInputs(reference: string): Promise<string[]> {
  const sends = (events: Event[]) =>
    events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'sendStaffEmail');
  const history = await eventually(
    () => h.env.client.workflow.getHandle(workflowIdFor(reference)).fetchHistory(),
    (hist) => sends(hist.events ?? []).length > 0,
  );
  const payloads = sends(history.events ?? []).flatMap(
    (e) => e.activityTaskScheduledEventAttributes?.input?.payloads ?? [],
  );
  const decoded = await new AesGcmCodec(loadPayloadKeys()).decode(payloads);
  return decoded.map((p) => Buffer.from(p.data ?? []).toString('utf8'));
}

async function startedInput(reference: string): Promise<string> {
  const history = await h.env.client.workflow.getHandle(workflowIdFor(reference)).fetchHistory();
  const payloads = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads ?? [];
  const decoded = await new AesGcmCodec(loadPayloadKeys()).decode(payloads);
  return decoded.map((p) => Buffer.from(p.data ?? []).toString('utf8')).join('\n');
}

test('a case opened with --staff-email-shows-requester sends its receipt with the requester id only', async () => {
  const r = await h.foi([
    'open',
    'RQE/1',
    '--summary',
    'Speed cameras',
    '--officer',
    'officer@police.example.gov.uk',
    '--requester-name',
    NAME,
    '--requester-email',
    EMAIL,
    '--staff-email-shows-requester',
  ]);
  expect(r.stderr).toBe('');
  const inputs = await emailInputs('RQE/1');
  expect(inputs).toHaveLength(1);
  expect(inputs[0]).toMatch(/"requesterId":"rq-[0-9a-f-]{36}"/); // the control: this is the send's input
  for (const detail of [NAME, EMAIL]) expect(inputs[0]).not.toContain(detail);
});

test('a case from before the records store (details in its input) passes them to no email', async () => {
  const input = openCaseSchema.parse({
    reference: 'RQE/2',
    regime: 'foia',
    receivedOn: londonToday(),
    summary: 'Speed cameras',
    officer: 'officer@police.example.gov.uk',
    openedBy: 'officer@police.example.gov.uk',
    requester: { name: NAME, email: EMAIL },
    settings: { staffEmailShowsRequester: true },
  });
  expect(await startCase(h.session(), input)).toBe(true);
  const inputs = await emailInputs('RQE/2');
  expect(inputs).toHaveLength(1);
  expect(inputs[0]).toContain('"kind":"receipt-confirmation"');
  // The case's own input has them (it was started that way), its email's input does not.
  expect(await startedInput('RQE/2')).toContain(EMAIL);
  for (const detail of [NAME, EMAIL]) expect(inputs[0]).not.toContain(detail);
});
