// The words of each reminder kind. Kept apart from the layout so that reviewing what staff
// are told is a matter of reading one table.
import type { EmailKind } from '../../domain/lifecycle/staff-email';

export interface KindContext {
  reference: string;
  what: string;
  when: string; // e.g. 'is due on Tue 26 Jun 2018, in 2 working days'
  regulator: string;
  /** 'on Tue 29 May 2018; 3 working days have already gone' (the receipt confirmation). */
  received?: string;
  originalKind?: EmailKind; // delivery-failure only
}

interface KindCopy {
  label: string;
  subjectPrefix: string;
  lead(c: KindContext): string;
  action(c: KindContext): string;
}

const standardLead = (c: KindContext) => `The ${c.what} for ${c.reference} ${c.when}.`;

export const KIND_COPY: Record<EmailKind, KindCopy> = {
  'receipt-confirmation': {
    label: 'receipt confirmation',
    subjectPrefix: 'new case - ',
    lead: (c) =>
      `A new request has been logged as ${c.reference}${c.received ? `. It was received ${c.received}` : ''}. The ${c.what} ${c.when}.`,
    action: () =>
      'Acknowledge the request, check whether it needs clarifying or a fee, and start the search for the information.',
  },
  'case-assigned': {
    label: 'case assigned',
    subjectPrefix: 'assigned to you - ',
    lead: (c) => `${c.reference} has been assigned to you. The ${c.what} ${c.when}.`,
    action: () =>
      'Read the request and the case so far, check whether it needs clarifying or a fee, and plan the answer for the due date.',
  },
  'case-unassigned': {
    label: 'case unassigned',
    subjectPrefix: 'no case officer - ',
    lead: (c) => `${c.reference} has been logged with no case officer. The ${c.what} ${c.when}.`,
    action: () => 'Assign a case officer, so that the reminders reach the person doing the work.',
  },
  'deadline-approaching': {
    label: 'deadline approaching',
    subjectPrefix: '',
    lead: standardLead,
    action: () => 'Make sure it can be approved and sent before then. If it cannot, tell your manager now.',
  },
  'due-today': {
    label: 'due today',
    subjectPrefix: '',
    lead: standardLead,
    action: () => 'It must be sent today. If that is not possible, tell your manager now.',
  },
  overdue: {
    label: 'overdue',
    subjectPrefix: '',
    lead: standardLead,
    action: (c) =>
      `Send it as soon as possible and record the reason for the delay. Late answers count against the authority's timeliness, which the ${c.regulator} monitors.`,
  },
  escalation: {
    label: 'escalation',
    subjectPrefix: 'ESCALATION - ',
    lead: (c) => `You are receiving this as head of service: the ${c.what} for ${c.reference} ${c.when}.`,
    action: () => 'Please find out who holds the case and what is stopping it, and make sure it is sent.',
  },
  'approval-waiting': {
    label: 'approval waiting',
    subjectPrefix: 'awaiting your approval - ',
    lead: (c) => `A draft ${c.what} for ${c.reference} is waiting for your approval. It ${c.when}.`,
    action: () => 'Approve it, or return it with comments, in time for it to be sent.',
  },
  'internal-review-due': {
    label: 'internal review due',
    subjectPrefix: '',
    lead: standardLead,
    action: () =>
      'The review should be done by someone not involved in the original decision, and its outcome sent to the requester by the due date.',
  },
  'ico-submission-due': {
    label: 'regulator submission due',
    subjectPrefix: '',
    lead: standardLead,
    action: (c) => `Send the ${c.regulator} the information and arguments it asked for by the due date.`,
  },
  'decision-compliance-due': {
    label: 'decision notice compliance due',
    subjectPrefix: '',
    lead: standardLead,
    action: () =>
      'Take the steps the decision notice requires, or lodge an appeal, before the due date. Failure to comply can be referred to the court.',
  },
  'delivery-failure': {
    label: 'delivery failure',
    subjectPrefix: 'reminder NOT delivered - ',
    lead: (c) =>
      `The "${KIND_COPY[c.originalKind ?? 'delivery-failure'].label}" reminder for ${c.reference} could not be delivered. The ${c.what} ${c.when}.`,
    action: () =>
      'Please make sure the people below know about this deadline, and check their email addresses.',
  },
};
