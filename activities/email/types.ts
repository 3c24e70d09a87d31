// The contract between the case workflow and the email activity: types and constants
// only (no nodemailer, no zod), so the workflow bundle can import it.

import type { EmailKind, Recipient } from '../../domain/lifecycle/staff-email';

// The workflow files still import these two from here; the domain owns them.
export type { EmailKind, Recipient } from '../../domain/lifecycle/staff-email';

export interface StaffEmail {
  workflowId: string; // e.g. 'foi-FOI2018/02892'
  reminderKey: string; // identity of this reminder within the case, e.g. 'response:2018-06-26:before-2'
  kind: EmailKind;
  reference: string;
  regime: string; // a RegimeId of domain/regimes.ts, e.g. 'foia'
  what: string; // what is due, e.g. 'response', 'internal review', 'submission to the regulator'
  dueDate: string; // 'YYYY-MM-DD'
  workingDaysLeft: number; // negative when overdue
  to: Recipient[];
  officer?: string;
  phase?: string;
  summary?: string; // summary of the request (no personal data)
  requester?: { name?: string; email?: string }; // shown only if config allows (cases from before the records store)
  requesterId?: string; // the requester in the records store, looked up only if config allows
  received?: { on: string; workingDaysGone: number }; // the receipt confirmation's date received and time gone
  failure?: { originalKind: EmailKind; to: string[]; reason: string }; // for 'delivery-failure'
  /** The workflow handles MAIL_OUTAGE_FAILURE: fail with it once the relay has been down long enough. */
  reportsOutage?: boolean;
}

export interface SendResult {
  messageId: string;
  accepted: string[];
  alreadySent: boolean;
}

// Failure types the workflow can match on (ActivityFailure.cause.type).
export const TRANSIENT_EMAIL_FAILURE = 'TransientEmailFailure';
export const PERMANENT_EMAIL_FAILURE = 'PermanentEmailFailure';
export const INVALID_STAFF_EMAIL = 'InvalidStaffEmail';
/** Not a failure of the message: the relay has refused every attempt for FOI_MAIL_OUTAGE_AFTER. */
export const MAIL_OUTAGE_FAILURE = 'MailOutage';

// Details attached to a MailOutage failure: since when mail has not gone, and why.
export interface MailOutageDetails {
  since: string; // ISO time of the send's first attempt
  reason: string; // e.g. 'mail server unreachable: ECONNREFUSED'
}

// Details attached to a PermanentEmailFailure: who did not get it and why.
export interface PermanentEmailFailureDetails {
  to: string[];
  responseCode?: number;
  accepted?: string[]; // set when some recipients did get the message
}
