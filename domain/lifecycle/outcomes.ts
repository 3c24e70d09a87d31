// What a response can say (the design's "Outcomes of a response").
export const OUTCOMES = [
  'disclosed-in-full',
  'disclosed-in-part',
  'refused',
  'neither-confirm-nor-deny',
  'not-held',
  'cost-limit', // FOIA s12 / FOISA s12 / EIR reg 12(4)(b)
  'vexatious-or-repeated', // FOIA s14 / FOISA s14 / EIR reg 12(4)(b)
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const REVIEW_RESULTS = ['upheld', 'partly-upheld', 'overturned'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

export const DECISION_RESULTS = [
  'complaint-upheld',
  'complaint-partly-upheld',
  'complaint-not-upheld',
] as const;
export type DecisionResult = (typeof DECISION_RESULTS)[number];
