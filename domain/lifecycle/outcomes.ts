// What a response can say (../shared/DESIGN.md, "Outcomes of a response").
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

/** Outcomes that refuse something and so need a refusal notice (FOIA s17, EIR reg 14, FOISA s16). */
export const REFUSAL_OUTCOMES: readonly Outcome[] = [
  'disclosed-in-part',
  'refused',
  'neither-confirm-nor-deny',
  'cost-limit',
  'vexatious-or-repeated',
];
/** Refusals that rest on exemptions, so at least one must be cited (s17(1)(b)). */
export const EXEMPTION_OUTCOMES: readonly Outcome[] = [
  'disclosed-in-part',
  'refused',
  'neither-confirm-nor-deny',
];

export const REVIEW_RESULTS = ['upheld', 'partly-upheld', 'overturned'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

export const DECISION_RESULTS = [
  'complaint-upheld',
  'complaint-partly-upheld',
  'complaint-not-upheld',
] as const;
export type DecisionResult = (typeof DECISION_RESULTS)[number];
