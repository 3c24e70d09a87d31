// (b) a retried reminder delivers one copy; (c) a connection dropped mid-conversation is
// retried and still delivers exactly one copy. Always judged by what Mailpit holds.
import { ApplicationFailure } from '@temporalio/activity';
import { messageIdFor } from '../../activities/email/message-id';
import { createEmailActivities } from '../../activities/email/send';
import { startDropProxy, type DropProxy } from '../support/drop-proxy';
import { startMailpit, type Mailpit } from '../support/mailpit';
import { sentEmailLog } from '../../activities/records';
import { tempRecordsStore } from '../support/records-store';
import { configFor, runAttempt, staffEmail } from './helpers';

let mailpit: Mailpit;
beforeAll(async () => {
  mailpit = await startMailpit();
});
afterAll(async () => {
  await mailpit?.stop();
});

const copies = async (messageId: string | undefined) => (await mailpit.withMessageId(messageId ?? '')).length;

describe('a retried reminder is delivered once', () => {
  it('a retry on another worker finds the heartbeat and does not send again', async () => {
    const msg = staffEmail({ kind: 'overdue', workingDaysLeft: -1 });
    const first = await runAttempt(createEmailActivities(configFor(mailpit.smtpPort)).sendStaffEmail, msg);
    expect(first.result?.alreadySent).toBe(false);
    expect(first.heartbeats).toEqual([
      { sent: first.result?.messageId, accepted: ['officer@example.gov.uk'] },
    ]);

    // Say the worker died before reporting completion: Temporal retries on a fresh worker
    // (no in-process memory) and hands it the last heartbeat.
    const freshWorker = createEmailActivities(configFor(mailpit.smtpPort));
    const retry = await runAttempt(freshWorker.sendStaffEmail, msg, {
      attempt: 2,
      heartbeatDetails: first.heartbeats[0],
    });
    expect(retry.result).toEqual({
      messageId: first.result?.messageId,
      accepted: ['officer@example.gov.uk'],
      alreadySent: true,
    });
    expect(await copies(first.result?.messageId)).toBe(1);
  });

  it('a retry on the same worker remembers the send even if the heartbeat was lost', async () => {
    const worker = createEmailActivities(configFor(mailpit.smtpPort));
    const msg = staffEmail();
    const first = await runAttempt(worker.sendStaffEmail, msg);
    const retry = await runAttempt(worker.sendStaffEmail, msg, { attempt: 2 });
    expect(retry.result?.alreadySent).toBe(true);
    expect(retry.result?.messageId).toBe(first.result?.messageId);
    expect(await copies(first.result?.messageId)).toBe(1);
  });

  it('a retry on another worker whose heartbeat never reached the server finds the records store', async () => {
    // The worker was killed after the relay's 250 but before the SDK sent the throttled
    // heartbeat: the retry runs on a fresh process, with no details and no memory.
    const store = tempRecordsStore();
    try {
      const log = sentEmailLog(await store.db());
      const msg = staffEmail({ kind: 'overdue', workingDaysLeft: -2 });
      const first = await runAttempt(
        createEmailActivities(configFor(mailpit.smtpPort), undefined, log).sendStaffEmail,
        msg,
      );
      const fresh = createEmailActivities(
        configFor(mailpit.smtpPort),
        undefined,
        sentEmailLog(await store.db()),
      );
      const retry = await runAttempt(fresh.sendStaffEmail, msg, { attempt: 2 });
      expect(retry.result).toEqual({
        messageId: first.result?.messageId,
        accepted: ['officer@example.gov.uk'],
        alreadySent: true,
      });
      expect(await copies(first.result?.messageId)).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('without either record a second copy would go, with the same Message-ID (control)', async () => {
    const msg = staffEmail();
    const first = await runAttempt(createEmailActivities(configFor(mailpit.smtpPort)).sendStaffEmail, msg);
    // Heartbeat details about some other message do not count.
    const retry = await runAttempt(createEmailActivities(configFor(mailpit.smtpPort)).sendStaffEmail, msg, {
      attempt: 2,
      heartbeatDetails: { sent: '<another@example.gov.uk>' },
    });
    expect(retry.result?.alreadySent).toBe(false);
    expect(retry.result?.messageId).toBe(first.result?.messageId);
    expect(await copies(first.result?.messageId)).toBe(2);
  });
});

describe('a connection dropped mid-conversation', () => {
  let proxy: DropProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  it.each([
    ['after MAIL FROM', /MAIL FROM/i],
    ['just before the end of DATA', /\r\n\.\r\n/],
  ])('%s: the attempt fails as transient, the retry delivers one copy', async (_when, dropWhen) => {
    proxy = await startDropProxy(mailpit.smtpPort, { dropFirst: 1, dropWhen });
    const worker = createEmailActivities(configFor(proxy.port));
    const msg = staffEmail();

    const first = await runAttempt(worker.sendStaffEmail, msg);
    expect(proxy.dropped()).toBe(1);
    expect(first.error).toBeInstanceOf(ApplicationFailure);
    const failure = first.error as ApplicationFailure;
    expect(failure.type).toBe('TransientEmailFailure');
    expect(failure.nonRetryable).toBe(false);
    expect(first.heartbeats).toEqual([]); // nothing was accepted, so nothing recorded as sent
    expect(failure.message).toContain('ECONNECTION');
    expect(await copies(messageIdFor(msg.workflowId, msg.reminderKey, 'localhost'))).toBe(0);

    const retry = await runAttempt(worker.sendStaffEmail, msg, { attempt: 2 });
    expect(retry.error).toBeUndefined();
    expect(retry.result?.alreadySent).toBe(false);
    expect(proxy.connections()).toBe(2);
    expect(await copies(retry.result?.messageId)).toBe(1);
  });
});
