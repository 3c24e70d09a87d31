// The sendStaffEmail activity: render, send once over SMTP, classify failures.
//
// Exactly-once in effect. SMTP has no idempotency key, so we build one:
//   1. The Message-ID is derived from (workflowId, reminderKey): every attempt of the same
//      reminder sends the same id.
//   2. As soon as the server has accepted the message (its 250 after DATA) we heartbeat
//      { sent: messageId }. Temporal keeps the last heartbeat for the next attempt, so a
//      retry (worker crash, timeout after the send) finds it in info.heartbeatDetails and
//      returns alreadySent without sending.
//   3. This worker also remembers the ids it sent, which covers a retry that lands on the
//      same process before the heartbeat was recorded.
//   4. And the records store keeps them (SentLog), written the moment the 250 is read: the
//      SDK sends heartbeats on a throttle, so a worker killed just after a send may never
//      have reported it, and the retry runs on another process.
// The one window left: the server accepted the message but the connection died before we
// read its 250 (or the worker died within the store's write). We cannot tell that from a failure before acceptance, so we retry and the
// recipient may get a second copy. It carries the same Message-ID, which lets mail clients
// and many servers collapse the duplicate.
import { ApplicationFailure, Context } from '@temporalio/activity';
import { createTransport } from 'nodemailer';
import { classifySendError, permanentFailure } from './classify';
import type { EmailConfig } from './config';
import { messageIdFor } from './message-id';
import { OutageLog, outageReason } from './outage';
import { resolveRecipients } from './recipients';
import { SentRecord } from './sent-record';
import { renderEmail } from './templates';
import { MAIL_OUTAGE_FAILURE, type MailOutageDetails, type SendResult, type StaffEmail } from './types';
import { validateStaffEmail } from './validate';
import { SEND_HEARTBEAT_TIMEOUT_SECONDS } from '../../workflows/activity-timeouts';

const SEND_HEARTBEAT_EVERY_MS = (SEND_HEARTBEAT_TIMEOUT_SECONDS * 1000) / 4;

interface SentHeartbeat {
  sent: string;
  accepted?: string[];
}

function previousSend(details: unknown, messageId: string): string[] | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const { sent, accepted } = details as Partial<SentHeartbeat>;
  if (sent !== messageId) return undefined;
  return Array.isArray(accepted) ? accepted.filter((a): a is string => typeof a === 'string') : [];
}

export function transportFor(cfg: EmailConfig) {
  const { host, port, tls, auth } = cfg.smtp;
  return createTransport({
    host,
    port,
    secure: tls === 'tls', // implicit TLS, usually port 465
    requireTLS: tls === 'starttls', // refuse to continue in clear text, usually port 587
    ignoreTLS: tls === 'none',
    ...(auth ? { auth: { user: auth.user, pass: auth.pass } } : {}),
    // Bounded waits, so a silent relay becomes a retryable timeout rather than a hung activity.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    // No logger and no debug: the body can contain requester details when enabled.
    logger: false,
  });
}

/** A durable record of accepted sends, shared by every worker (records/sent-email.ts). */
export interface SentLog {
  get(messageId: string): Promise<string[] | undefined>;
  add(messageId: string, accepted: string[]): Promise<void>;
}

/** The requester's name and email from the records store, by the id a case carries. */
export type RequesterLookup = (id: string) => Promise<{ name?: string; email?: string } | undefined>;

export function createEmailActivities(
  cfg: EmailConfig,
  lookupRequester?: RequesterLookup,
  sentLog?: SentLog,
) {
  const transport = transportFor(cfg);
  const sent = new SentRecord();
  const outage = new OutageLog(cfg.outageAfterMs);

  async function sendStaffEmail(input: StaffEmail): Promise<SendResult> {
    const msg = validateStaffEmail(input);
    const ctx = Context.current();
    const messageId = messageIdFor(msg.workflowId, msg.reminderKey, cfg.fromDomain);
    const logMeta = { workflowId: msg.workflowId, reminderKey: msg.reminderKey, kind: msg.kind, messageId };

    const earlier =
      previousSend(ctx.info.heartbeatDetails, messageId) ??
      sent.get(messageId) ??
      (await sentLog?.get(messageId).catch((err: unknown) => {
        // The store down must not stop the mail: the heartbeat and memory still guard a retry.
        ctx.log.warn('sent log not readable; sending on the heartbeat record alone', {
          ...logMeta,
          error: err instanceof Error ? err.message : String(err),
        });
        return undefined;
      }));
    if (earlier) {
      ctx.log.info('reminder already sent, not sending again', logMeta);
      return { messageId, accepted: earlier, alreadySent: true };
    }

    const to = resolveRecipients(msg.to, cfg);
    // Personal data never travels in the workflow: it is read here, and only when it may be shown.
    if (msg.requesterId && cfg.staffEmailShowsRequester && lookupRequester)
      msg.requester = await lookupRequester(msg.requesterId);
    const { subject, text, html } = renderEmail(msg, cfg);

    // Alive-signals while the relay is slow, so Temporal notices a dead worker within the
    // heartbeat timeout. They carry no details and stop before the 'sent' heartbeat below,
    // which must stay the last one recorded. A quick send (the usual case) sends none.
    const alive = setInterval(() => ctx.heartbeat(), SEND_HEARTBEAT_EVERY_MS);
    let info;
    try {
      info = await transport.sendMail({
        from: cfg.from.name ? { name: cfg.from.name, address: cfg.from.address } : cfg.from.address,
        to,
        subject,
        text,
        html,
        messageId,
        headers: {
          'Auto-Submitted': 'auto-generated', // RFC 3834: no out-of-office replies to a robot
          'X-FOI-Reference': msg.reference,
          'X-FOI-Reminder': msg.reminderKey,
        },
      });
    } catch (err) {
      const failure = classifySendError(err, to);
      ctx.log.warn('reminder not sent', { ...logMeta, error: failure.message, type: failure.type });
      if (failure.nonRetryable) throw failure;
      // Failing since its first attempt: past FOI_MAIL_OUTAGE_AFTER, an outage to make visible.
      const firstAttemptMs = ctx.info.scheduledTimestampMs;
      const reason = outageReason(err);
      outage.failed(firstAttemptMs, reason, ctx.log);
      if (msg.reportsOutage && outage.isOutage(firstAttemptMs)) {
        const details: MailOutageDetails = { since: new Date(firstAttemptMs).toISOString(), reason };
        throw ApplicationFailure.nonRetryable(`mail outage: ${reason}`, MAIL_OUTAGE_FAILURE, details);
      }
      throw failure;
    } finally {
      clearInterval(alive);
    }

    // Accepted: record it first, before anything else can fail and cause a resend.
    const accepted = info.accepted.map(String);
    ctx.heartbeat({ sent: messageId, accepted } satisfies SentHeartbeat);
    sent.add(messageId, accepted);
    // A store that cannot be written must not turn a delivered message into a retry (a copy).
    await sentLog?.add(messageId, accepted).catch((err: unknown) =>
      ctx.log.warn('sent message not recorded in the records store', {
        ...logMeta,
        error: err instanceof Error ? err.message : String(err),
      }),
    );
    outage.delivered(ctx.log);

    const rejected = info.rejected.map(String);
    if (rejected.length > 0) {
      // Some got it, some did not. Not retried (that would duplicate for the accepted ones),
      // but not silent either: the workflow records it and tells the manager.
      ctx.log.warn('reminder refused for some recipients', { ...logMeta, rejected });
      throw permanentFailure(
        `SMTP server refused ${rejected.join(', ')} (delivered to ${accepted.join(', ')})`,
        {
          to: rejected,
          accepted,
          ...(info.rejectedErrors?.[0]?.responseCode !== undefined
            ? { responseCode: info.rejectedErrors[0].responseCode }
            : {}),
        },
      );
    }

    ctx.log.info('reminder sent', { ...logMeta, recipients: accepted.length });
    return { messageId, accepted, alreadySent: false };
  }

  /**
   * A notice to the manager about the service itself (not a case): the bank holiday feed
   * found a change a person must confirm. Plain text; sent once per key (its Message-ID).
   */
  async function sendServiceNotice(input: {
    key: string;
    subject: string;
    lines: string[];
  }): Promise<SendResult> {
    const messageId = messageIdFor('service', input.key, cfg.fromDomain);
    const earlier = sent.get(messageId);
    if (earlier) return { messageId, accepted: earlier, alreadySent: true };
    const info = await transport
      .sendMail({
        from: cfg.from.name ? { name: cfg.from.name, address: cfg.from.address } : cfg.from.address,
        to: cfg.managerEmail,
        subject: `${cfg.authorityName} FOI service: ${input.subject}`,
        text: [...input.lines, '', 'This message was sent by the FOI request system.'].join('\n'),
        messageId,
        headers: { 'Auto-Submitted': 'auto-generated' },
      })
      .catch((err: unknown) => {
        throw classifySendError(err, [cfg.managerEmail]);
      });
    const accepted = info.accepted.map(String);
    sent.add(messageId, accepted);
    return { messageId, accepted, alreadySent: false };
  }

  return { sendStaffEmail, sendServiceNotice };
}

export type EmailActivities = ReturnType<typeof createEmailActivities>;
