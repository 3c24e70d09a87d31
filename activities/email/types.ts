// The contract between the case workflow and the email activity: types and constants
// only (no nodemailer, no zod), so the workflow bundle can import it.

/** Every message the system sends, in one list; the type is derived from it. */
export const EMAIL_KINDS = [
  'receipt-confirmation',
  'deadline-approaching',
  'due-today',
  'overdue',
  'escalation',
  'approval-waiting',
  'internal-review-due',
  'ico-submission-due',
  'decision-compliance-due',
  'delivery-failure',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

// Officers and approvers are named per case; the manager and head of service come from
// configuration, so the workflow never has to carry (or replay) those addresses.
export type Recipient =
  { role: 'officer' | 'approver'; address: string } | { role: 'manager' } | { role: 'head-of-service' };

export interface StaffEmail {
  workflowId: string; // e.g. 'foi-FOI2018/02892'
  reminderKey: string; // identity of this reminder within the case, e.g. 'response:2018-06-26:-2'
  kind: EmailKind;
  reference: string;
  regime: string; // 'foia' | 'eir' | 'foisa'
  what: string; // what is due, e.g. 'response', 'internal review', 'ICO submission'
  dueDate: string; // 'YYYY-MM-DD'
  workingDaysLeft: number; // negative when overdue
  to: Recipient[];
  officer?: string;
  phase?: string;
  summary?: string; // summary of the request (no personal data)
  requester?: { name?: string; email?: string }; // shown only if config allows
  failure?: { originalKind: EmailKind; to: string[]; reason: string }; // for 'delivery-failure'
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

// Details attached to a PermanentEmailFailure: who did not get it and why.
export interface PermanentEmailFailureDetails {
  to: string[];
  responseCode?: number;
  accepted?: string[]; // set when some recipients did get the message
}
