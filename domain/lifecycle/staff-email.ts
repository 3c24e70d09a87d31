// What staff are emailed about, and whom: the lifecycle's words. The reminder plan
// produces them, the workflow carries them and the email activity renders them.

/** Every message the system sends, in one list; the type is derived from it. */
export const EMAIL_KINDS = [
  'receipt-confirmation',
  'case-assigned',
  'case-unassigned',
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
