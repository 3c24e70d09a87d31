// The commands a case accepts, in one list: the zod schemas (commands.ts), the sandbox's
// guards (input-guards.ts) and the workflow's Updates (workflows/definitions.ts) are each
// typed as a record over it, so a command missing from any of them does not compile.
export const COMMAND_TYPES = [
  'assign',
  'requestClarification',
  'clarificationReceived',
  'issueFeesNotice',
  'feePaid',
  'extend',
  'submitDraft',
  'approve',
  'returnDraft',
  'recordResponse',
  'requestReview',
  'extendReview',
  'completeReview',
  'icoComplaint',
  'icoSubmission',
  'icoDecision',
  'complied',
  'appeal',
  'withdraw',
  'close',
  'reverseLastStep',
  'void',
] as const;

export type CommandType = (typeof COMMAND_TYPES)[number];
