// Decides which SMTP failures Temporal should retry. The rule of thumb: retry whatever an
// operator or time can fix (network, 4xx, wrong password, a sender the relay dislikes), so
// the reminder still goes once fixed; fail for good only when the server refused this
// message or these recipients with a 5xx, so the workflow can record it and tell the
// manager another way.
import { ApplicationFailure } from '@temporalio/activity';
import type { NodemailerError } from 'nodemailer/lib/errors';
import { PERMANENT_EMAIL_FAILURE, TRANSIENT_EMAIL_FAILURE, type PermanentEmailFailureDetails } from './types';

function asSmtpError(err: unknown): NodemailerError {
  return err instanceof Error ? (err as NodemailerError) : new Error(String(err));
}

export function permanentFailure(message: string, details: PermanentEmailFailureDetails): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, PERMANENT_EMAIL_FAILURE, details);
}

function isPermanent(err: NodemailerError): boolean {
  const code = err.responseCode;
  const fiveHundred = code !== undefined && code >= 500 && code < 600 && code !== 503;
  // RCPT TO refused, or the message refused after DATA.
  if (err.code === 'EENVELOPE' && err.command !== 'MAIL FROM') return code === undefined || fiveHundred;
  if (err.code === 'EMESSAGE') return fiveHundred;
  return false;
}

export function classifySendError(err: unknown, to: string[]): ApplicationFailure {
  const e = asSmtpError(err);
  if (isPermanent(e)) {
    const refused = e.rejected?.length ? e.rejected : to;
    return permanentFailure(`SMTP server refused ${refused.join(', ')}: ${e.message}`, {
      to: refused,
      ...(e.responseCode !== undefined ? { responseCode: e.responseCode } : {}),
    });
  }
  const cause = e.originalCode ?? e.code;
  return ApplicationFailure.retryable(
    `SMTP delivery failed${cause ? ` (${cause})` : ''}, will retry: ${e.message}`,
    TRANSIENT_EMAIL_FAILURE,
    { to, code: cause ?? null, responseCode: e.responseCode ?? null },
  );
}
