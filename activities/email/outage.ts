// A mail outage: the relay has refused every attempt of a send for FOI_MAIL_OUTAGE_AFTER.
// Sends retry for up to two days, so without this nobody would learn that reminders are
// not going out. The worker logs one line when an outage becomes visible and one when
// mail flows again (not one per attempt); the case learns of it by a MailOutage failure.
import type { Logger } from '@temporalio/common';
import type { NodemailerError } from 'nodemailer/lib/errors';
import { londonClock } from '../../domain/london-time';

const NETWORK_CODES = new Set([
  'ECONNECTION',
  'ESOCKET',
  'ETIMEDOUT',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/** Why mail does not go, in a few words a case officer can pass on. */
export function outageReason(err: unknown): string {
  // Not `instanceof Error`: errors from node's sockets may come from another realm.
  const e = (typeof err === 'object' && err !== null ? err : new Error(String(err))) as NodemailerError;
  // nodemailer reports a refused connection as ESOCKET, the socket's own code as originalCode.
  const code = e.originalCode ?? e.code;
  if (code && NETWORK_CODES.has(code)) return `mail server unreachable: ${code}`;
  if (e.responseCode !== undefined) return `mail server answered ${e.responseCode}`;
  return `mail not accepted: ${code ?? String(e.message).slice(0, 80)}`;
}

/** This worker's view of the relay: in an outage or not, so each outage is logged once. */
export class OutageLog {
  private since: number | undefined;

  constructor(private readonly afterMs: number) {}

  /** Whether a send that has failed since `firstAttemptMs` counts as an outage yet. */
  isOutage(firstAttemptMs: number, now = Date.now()): boolean {
    return now - firstAttemptMs >= this.afterMs;
  }

  failed(firstAttemptMs: number, reason: string, log: Logger): void {
    if (this.since !== undefined || !this.isOutage(firstAttemptMs)) return;
    this.since = firstAttemptMs;
    log.warn(
      `mail outage: no email delivered since ${londonClock(firstAttemptMs)} (${reason}); reminders are held and retried`,
    );
  }

  delivered(log: Logger): void {
    if (this.since === undefined) return;
    log.info(`mail outage over: email is delivered again (held since ${londonClock(this.since)})`);
    this.since = undefined;
  }
}
