// The phases of one request (the design's "Lifecycle"). 'approved' sits between
// sign-off and sending so that "respond" can insist on an approved draft.
export const PHASES = [
  'received',
  'in_progress',
  'awaiting_clarification',
  'awaiting_fee',
  'extended',
  'awaiting_approval',
  'approved',
  'review_window',
  'internal_review',
  'ico_window',
  'ico_complaint',
  'closed',
  'withdrawn',
  'lapsed',
  'voided',
] as const;
export type Phase = (typeof PHASES)[number];
export const isPhase = (p: string): p is Phase => (PHASES as readonly string[]).includes(p);

/** 'voided': opened in error (a duplicate, a wrong reference, a test); kept for audit only. */
export const TERMINAL_PHASES: readonly Phase[] = ['closed', 'withdrawn', 'lapsed', 'voided'];
/** Phases before the response is sent: the statutory response clock applies. */
export const PRE_RESPONSE_PHASES: readonly Phase[] = [
  'received',
  'in_progress',
  'awaiting_clarification',
  'awaiting_fee',
  'extended',
  'awaiting_approval',
  'approved',
];
/** Phases in which the case officer is working on the answer (clock running). */
export const WORKING_PHASES: readonly Phase[] = ['received', 'in_progress', 'extended'];

export const PHASE_LABELS: Record<Phase, string> = {
  received: 'received (no officer yet)',
  in_progress: 'in progress',
  awaiting_clarification: 'awaiting clarification (clock stopped)',
  awaiting_fee: 'awaiting fee (clock paused)',
  extended: 'in progress, deadline extended',
  awaiting_approval: 'draft awaiting approval',
  approved: 'draft approved, ready to send',
  review_window: 'responded; internal review window open',
  internal_review: 'internal review',
  ico_window: 'regulator complaint window open',
  ico_complaint: 'complaint to the regulator',
  closed: 'closed',
  withdrawn: 'withdrawn',
  lapsed: 'lapsed',
  voided: 'voided (opened in error)',
};

export const isTerminal = (p: Phase): boolean => TERMINAL_PHASES.includes(p);
