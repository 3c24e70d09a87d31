// The whole chain with nothing stood in: the case workflow on the time-skipping server,
// the real email activity, and a real Mailpit that refuses addresses outside
// example.gov.uk. A case's reminders arrive; a refused officer address is recorded in the
// timeline and the manager is told by email.
import { loadEmailConfig } from '../../activities/email';
import { workflowIdFor, type OpenCaseInput, type TimelineEntry } from '../../domain/lifecycle';
import { londonDate } from '../../domain/london-time';
import { SEND_HEARTBEAT_TIMEOUT_SECONDS } from '../../workflows/activity-timeouts';
import { commandUpdates, timelineQuery } from '../../workflows/definitions';
import { createActivities } from '../../worker/activities';
import { createWorker } from '../workflows/harness';
import { caseMailStack } from './case-mail-stack';

const MANAGER = 'foi-manager@example.gov.uk';
const stack = caseMailStack('case-mail', MANAGER);
const messages = stack.messages;

/** The case's first timeline entry of `type`, once it is there. */
async function timelineEntry(
  handle: { query: (q: typeof timelineQuery) => Promise<TimelineEntry[]> },
  type: string,
) {
  for (let i = 0; i < 50; i++) {
    const found = (await handle.query(timelineQuery)).find((t) => t.type === type);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

const open = async (reference: string, officer: string, taskQueue = 'case-mail') => {
  const input: OpenCaseInput = {
    reference,
    regime: 'foia',
    receivedOn: londonDate(await stack.env.currentTimeMs()),
    summary: 'Number of speed cameras',
    officer,
    openedBy: officer,
    requester: { name: 'Ada Requester', email: 'ada@example.org' },
  };
  return stack.env.client.workflow.start('foiRequest', {
    taskQueue,
    workflowId: workflowIdFor(reference),
    args: [input],
  });
};

test('the officer receives the case by email, once, without the requester in it', async () => {
  await stack.mailpit.deleteAll();
  const handle = await open('FOI/MAIL/1', 'officer@example.gov.uk');
  const [summary] = await messages(1);
  const message = await stack.mailpit.get(summary!.ID);
  expect((message.To ?? []).map((a) => a.Address)).toEqual(['officer@example.gov.uk']);
  expect(message.Subject).toMatch(/^FOI\/MAIL\/1: /);
  expect(message.Text + message.HTML).not.toMatch(/Ada|ada@example\.org/);
  await handle.executeUpdate(commandUpdates.withdraw, {
    args: [{ by: 'officer@example.gov.uk', reason: 'test over' }],
  });
  await handle.result();
  expect(await stack.mailpit.list()).toHaveLength(1);
  // A worker that dies mid-send is noticed by its missing heartbeats, within seconds.
  const history = await handle.fetchHistory();
  const sends = (history.events ?? [])
    .map((e) => e.activityTaskScheduledEventAttributes)
    .filter((a) => a?.activityType?.name === 'sendStaffEmail');
  expect(sends).toHaveLength(1);
  expect(Number(sends[0]!.heartbeatTimeout?.seconds)).toBe(SEND_HEARTBEAT_TIMEOUT_SECONDS);
});

test('a refused officer address is recorded in the timeline and the manager is told', async () => {
  await stack.mailpit.deleteAll();
  const handle = await open('FOI/MAIL/2', 'officer@elsewhere.example');
  const list = await messages(1);
  const alert = await stack.mailpit.get(list[0]!.ID);
  expect((alert.To ?? []).map((a) => a.Address)).toEqual([MANAGER]);
  expect(alert.Text).toContain('officer@elsewhere.example');
  let timeline = await handle.query(timelineQuery);
  for (let i = 0; i < 50 && !timeline.some((t) => t.type === 'reminderUndeliverable'); i++) {
    await new Promise((r) => setTimeout(r, 100));
    timeline = await handle.query(timelineQuery);
  }
  const entry = timeline.find((t) => t.type === 'reminderUndeliverable');
  expect(entry?.text).toMatch(/receipt-confirmation receipt/);
  expect(entry?.text).toMatch(/officer@elsewhere\.example/);
  const alerted = await timelineEntry(handle, 'managerAlert');
  expect(alerted?.text).toBe('manager alerted that receipt-confirmation receipt could not be delivered');
  await handle.executeUpdate(commandUpdates.withdraw, { args: [{ by: 'manager', reason: 'test over' }] });
});

test('when the alert to the manager is refused too, the timeline says so instead of "manager alerted"', async () => {
  await stack.mailpit.deleteAll();
  // A worker whose manager address the relay refuses as well.
  const email = loadEmailConfig({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(stack.mailpit.smtpPort),
    MAIL_FROM: 'FOI reminders <foi@example.gov.uk>',
    MANAGER_EMAIL: 'manager@elsewhere.example',
  });
  const second = await createWorker(
    stack.env,
    'case-mail-refused',
    createActivities(email, await stack.records.db()),
  );
  await second.runUntil(async () => {
    const handle = await open('FOI/MAIL/3', 'officer@elsewhere.example', 'case-mail-refused');
    const alert = await timelineEntry(handle, 'managerAlert');
    expect(alert?.text).toMatch(
      /^the alert to the manager about receipt-confirmation receipt was refused too: .*manager@elsewhere\.example/,
    );
    const timeline = await handle.query(timelineQuery);
    expect(timeline.some((t) => /manager alerted/.test(t.text))).toBe(false);
    await handle.executeUpdate(commandUpdates.withdraw, { args: [{ by: 'manager', reason: 'test over' }] });
    await handle.result();
  });
  expect(await stack.mailpit.list()).toHaveLength(0);
});
