// What officers and managers can ask of a case. Each command is validated twice: its
// shape here (zod, also used by the CLI before anything is sent) and its legality in
// decide.ts against the case's state and the law.
import { z } from 'zod';
import { emailAddress, isoDate } from '../schemas';
import { isOneLine, isPlainText, LINE_BREAK_MESSAGE, NOT_TEXT_MESSAGE } from '../text';
import type { CommandType } from './command-types';
import { DECISION_RESULTS, OUTCOMES, REVIEW_RESULTS } from './outcomes';

export { COMMAND_TYPES, type CommandType } from './command-types';

/** Free text: on one line (names, references, summaries) or over several (reasons, notes). */
export const oneLine = () =>
  z.string().refine(isPlainText, NOT_TEXT_MESSAGE).refine(isOneLine, LINE_BREAK_MESSAGE);
export const plainText = () => z.string().refine(isPlainText, NOT_TEXT_MESSAGE);
const who = oneLine().trim().min(1, 'say who is recording this').max(200);
const text = (what: string) => plainText().trim().min(1, `${what} is required`).max(4000);
/** The day it happened; defaults to today (London). Backdated entry is normal. */
const on = isoDate.optional();

export const exemptionSchema = z.object({
  section: oneLine().trim().min(2).max(40),
  kind: z.enum(['absolute', 'qualified']),
});

const exemptionList = z.array(exemptionSchema).max(30).default([]);

export const commandSchemas = {
  assign: z.object({
    type: z.literal('assign'),
    by: who,
    on,
    officer: emailAddress,
    approver: emailAddress.optional(),
  }),
  requestClarification: z.object({
    type: z.literal('requestClarification'),
    by: who,
    on,
    question: text('the question'),
  }),
  clarificationReceived: z.object({ type: z.literal('clarificationReceived'), by: who, on }),
  issueFeesNotice: z.object({
    type: z.literal('issueFeesNotice'),
    by: who,
    on,
    amountPence: z.number().int().positive(),
  }),
  feePaid: z.object({ type: z.literal('feePaid'), by: who, on }),
  extend: z.object({
    type: z.literal('extend'),
    by: who,
    on, // the day the s17(2) / reg 7(3) notice went to the requester
    reason: text('the reason'),
    until: isoDate.optional(), // a "reasonable" date no later than the regime's maximum; default the maximum
    /** FOIA: the qualified exemptions whose public interest test needs the time (s10(3), s17(2)). */
    exemptions: exemptionList,
  }),
  submitDraft: z.object({
    type: z.literal('submitDraft'),
    by: who,
    on,
    note: plainText().max(4000).optional(),
  }),
  approve: z.object({ type: z.literal('approve'), by: who, on }),
  returnDraft: z.object({ type: z.literal('returnDraft'), by: who, on, comment: text('a comment') }),
  recordResponse: z.object({
    type: z.literal('recordResponse'),
    by: who,
    on, // the date the response was sent
    outcome: z.enum(OUTCOMES),
    exemptions: exemptionList,
    publicInterestTest: z.boolean().default(false),
    /** The refusal notice states the exemption, why it applies, the public interest reasons
     * where qualified, the internal review procedure and the right to complain (s17). */
    refusalNoticeComplete: z.boolean().default(false),
  }),
  requestReview: z.object({
    type: z.literal('requestReview'),
    by: who,
    on,
    grounds: plainText().max(4000).optional(),
    /** Accept a request made after the window (the authority's discretion, s45 Code). */
    late: z.boolean().default(false),
  }),
  extendReview: z.object({ type: z.literal('extendReview'), by: who, on, reason: text('the reason') }),
  completeReview: z.object({
    type: z.literal('completeReview'),
    by: who,
    on,
    result: z.enum(REVIEW_RESULTS),
    /** A partly upheld review that releases some information (an overturned one always does). */
    disclose: z.boolean().default(false),
  }),
  icoComplaint: z.object({
    type: z.literal('icoComplaint'),
    by: who,
    on,
    icoReference: oneLine().trim().min(1).max(60),
    submissionDue: isoDate.optional(), // the date the regulator set for the authority's submission
  }),
  icoSubmission: z.object({ type: z.literal('icoSubmission'), by: who, on }),
  icoDecision: z.object({
    type: z.literal('icoDecision'),
    by: who,
    on,
    noticeReference: oneLine().trim().min(1).max(60),
    result: z.enum(DECISION_RESULTS),
    steps: z.array(plainText().trim().min(1).max(2000)).max(20).default([]),
    /** The date the notice sets for the steps, when it names one (default: the regime's usual period). */
    complyBy: isoDate.optional(),
  }),
  complied: z.object({ type: z.literal('complied'), by: who, on }),
  appeal: z.object({ type: z.literal('appeal'), by: who, on, appellant: z.enum(['authority', 'requester']) }),
  withdraw: z.object({ type: z.literal('withdraw'), by: who, on, reason: text('the reason') }),
  close: z.object({ type: z.literal('close'), by: who, on, reason: text('the reason') }),
  /** Takes back the last step recorded by a person (a wrong date or detail), to enter it again. */
  reverseLastStep: z.object({ type: z.literal('reverseLastStep'), by: who, on, reason: text('the reason') }),
  /** Ends a case opened in error; its history stays for audit. */
  void: z.object({ type: z.literal('void'), by: who, on, reason: text('the reason') }),
} as const satisfies { [T in CommandType]: z.ZodObject<{ type: z.ZodLiteral<T> }> };

export const commandSchema = z.discriminatedUnion('type', [
  commandSchemas.assign,
  commandSchemas.requestClarification,
  commandSchemas.clarificationReceived,
  commandSchemas.issueFeesNotice,
  commandSchemas.feePaid,
  commandSchemas.extend,
  commandSchemas.submitDraft,
  commandSchemas.approve,
  commandSchemas.returnDraft,
  commandSchemas.recordResponse,
  commandSchemas.requestReview,
  commandSchemas.extendReview,
  commandSchemas.completeReview,
  commandSchemas.icoComplaint,
  commandSchemas.icoSubmission,
  commandSchemas.icoDecision,
  commandSchemas.complied,
  commandSchemas.appeal,
  commandSchemas.withdraw,
  commandSchemas.close,
  commandSchemas.reverseLastStep,
  commandSchemas.void,
]);
export type Command = z.infer<typeof commandSchema>;
/** What callers send: defaults (exemptions: [], ...) may be left out. */
export type CommandInput = z.input<typeof commandSchema>;
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** One line for a person: the first problem, naming the field. */
export function describeCommandError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid command';
  const field = issue.path.join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}
