// The forms on the case page, one per command, and how a form becomes the command's
// payload. The payload is checked with the command's own zod schema (as `foi` does) and
// then sent as the case's Update, whose rules give the reason for any refusal.
import type { z } from 'zod';
import { commandSchemas, type CommandType } from '../domain/lifecycle/commands';
import { DECISION_RESULTS, OUTCOMES, REVIEW_RESULTS } from '../domain/lifecycle/outcomes';
import type { Phase } from '../domain/lifecycle/phases';

export type FieldKind =
  'text' | 'textarea' | 'date' | 'email' | 'pounds' | 'select' | 'checkbox' | 'exemptions' | 'lines';

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  options?: readonly string[];
}

export interface ActionSpec {
  type: CommandType;
  title: string;
  button: string;
  fields: FieldSpec[];
}

const on = (label = 'Date it happened'): FieldSpec => ({
  name: 'on',
  label,
  kind: 'date',
  hint: 'For example, 2018-06-26. Leave empty for today.',
});
const reason: FieldSpec = { name: 'reason', label: 'Reason', kind: 'textarea' };
const exemptions: FieldSpec = {
  name: 'exemptions',
  label: 'Exemptions',
  kind: 'exemptions',
  hint: 'One a line: the section, then absolute or qualified. For example, s24(2) qualified',
};

export const ACTIONS: Record<CommandType, ActionSpec> = {
  assign: {
    type: 'assign',
    title: 'Assign the case',
    button: 'Assign',
    fields: [
      { name: 'officer', label: 'Case officer (email)', kind: 'email' },
      { name: 'approver', label: 'Approver (email, optional)', kind: 'email' },
      on(),
    ],
  },
  requestClarification: {
    type: 'requestClarification',
    title: 'Ask the requester for clarification',
    button: 'Record the request for clarification',
    fields: [{ name: 'question', label: 'What was asked', kind: 'textarea' }, on()],
  },
  clarificationReceived: {
    type: 'clarificationReceived',
    title: 'Clarification received',
    button: 'Record the clarification',
    fields: [on('Date it arrived')],
  },
  issueFeesNotice: {
    type: 'issueFeesNotice',
    title: 'Issue a fees notice',
    button: 'Record the fees notice',
    fields: [{ name: 'amountPence', label: 'Amount (£)', kind: 'pounds' }, on('Date of the notice')],
  },
  feePaid: {
    type: 'feePaid',
    title: 'Fee paid',
    button: 'Record the payment',
    fields: [on('Date it was paid')],
  },
  extend: {
    type: 'extend',
    title: 'Extend the deadline',
    button: 'Record the extension',
    fields: [
      reason,
      {
        name: 'until',
        label: 'New due date (optional)',
        kind: 'date',
        hint: 'Leave empty for the longest the law allows.',
      },
      exemptions,
      on('Date of the notice to the requester'),
    ],
  },
  submitDraft: {
    type: 'submitDraft',
    title: 'Submit the draft for approval',
    button: 'Submit the draft',
    fields: [{ name: 'note', label: 'Note to the approver (optional)', kind: 'textarea' }, on()],
  },
  approve: { type: 'approve', title: 'Approve the draft', button: 'Approve', fields: [on()] },
  returnDraft: {
    type: 'returnDraft',
    title: 'Return the draft',
    button: 'Return the draft',
    fields: [{ name: 'comment', label: 'What needs to change', kind: 'textarea' }, on()],
  },
  recordResponse: {
    type: 'recordResponse',
    title: 'Record the response',
    button: 'Record the response',
    fields: [
      { name: 'outcome', label: 'Outcome', kind: 'select', options: OUTCOMES },
      exemptions,
      { name: 'publicInterestTest', label: 'A public interest test was carried out', kind: 'checkbox' },
      {
        name: 'refusalNoticeComplete',
        label:
          'The refusal notice gives the exemption, why it applies, the review procedure and the right to complain (s17)',
        kind: 'checkbox',
      },
      on('Date the response was sent'),
    ],
  },
  requestReview: {
    type: 'requestReview',
    title: 'Internal review requested',
    button: 'Record the review request',
    fields: [
      { name: 'grounds', label: 'Grounds (optional)', kind: 'textarea' },
      { name: 'late', label: 'Accept a request made after the window', kind: 'checkbox' },
      on('Date it arrived'),
    ],
  },
  extendReview: {
    type: 'extendReview',
    title: 'Extend the internal review',
    button: 'Extend the review',
    fields: [reason, on()],
  },
  completeReview: {
    type: 'completeReview',
    title: 'Complete the internal review',
    button: 'Record the result',
    fields: [
      { name: 'result', label: 'Result', kind: 'select', options: REVIEW_RESULTS },
      { name: 'disclose', label: 'Some information is to be released', kind: 'checkbox' },
      on(),
    ],
  },
  icoComplaint: {
    type: 'icoComplaint',
    title: 'Complaint to the regulator',
    button: 'Record the complaint',
    fields: [
      { name: 'icoReference', label: "Regulator's reference", kind: 'text' },
      { name: 'submissionDue', label: 'Submission due (optional)', kind: 'date' },
      on('Date it was received'),
    ],
  },
  icoSubmission: {
    type: 'icoSubmission',
    title: 'Submission sent',
    button: 'Record the submission',
    fields: [on()],
  },
  icoDecision: {
    type: 'icoDecision',
    title: 'Decision notice',
    button: 'Record the decision',
    fields: [
      { name: 'noticeReference', label: 'Notice reference', kind: 'text' },
      { name: 'result', label: 'Result', kind: 'select', options: DECISION_RESULTS },
      { name: 'steps', label: 'Steps required (one a line, optional)', kind: 'lines' },
      { name: 'complyBy', label: 'Comply by (optional)', kind: 'date' },
      on('Date of the notice'),
    ],
  },
  complied: { type: 'complied', title: 'Steps complied with', button: 'Record compliance', fields: [on()] },
  appeal: {
    type: 'appeal',
    title: 'Appeal to the tribunal',
    button: 'Record the appeal',
    fields: [
      { name: 'appellant', label: 'Appellant', kind: 'select', options: ['authority', 'requester'] },
      on(),
    ],
  },
  withdraw: {
    type: 'withdraw',
    title: 'Withdrawn by the requester',
    button: 'Record the withdrawal',
    fields: [reason, on()],
  },
  close: { type: 'close', title: 'Close the complaint', button: 'Close the case', fields: [reason, on()] },
  reverseLastStep: {
    type: 'reverseLastStep',
    title: 'Reverse the last step (recorded by mistake)',
    button: 'Reverse the last step',
    fields: [
      {
        name: 'reason',
        label: 'What was wrong',
        kind: 'textarea',
        hint: 'The step stays in the timeline, followed by its reversal; the deadlines are worked out again. Then record it as it happened.',
      },
    ],
  },
  void: {
    type: 'void',
    title: 'Void the case (opened in error)',
    button: 'Void the case',
    fields: [
      {
        name: 'reason',
        label: 'Why it was opened in error',
        kind: 'textarea',
        hint: 'For example, a duplicate of FOI2018/02890. The case leaves the lists and statistics; its history is kept.',
      },
    ],
  },
};

/** Putting a mistake right: offered in every phase a case can still change in. */
const CORRECTIONS: CommandType[] = ['reverseLastStep', 'void'];

/** The forms worth showing in a phase; the rules decide the rest (a refusal names why). */
const BY_PHASE: Record<Phase, CommandType[]> = {
  received: ['assign', 'requestClarification', 'issueFeesNotice', 'extend', 'withdraw', ...CORRECTIONS],
  in_progress: [
    'submitDraft',
    'requestClarification',
    'issueFeesNotice',
    'extend',
    'withdraw',
    'assign',
    ...CORRECTIONS,
  ],
  extended: ['submitDraft', 'requestClarification', 'issueFeesNotice', 'withdraw', 'assign', ...CORRECTIONS],
  awaiting_clarification: ['clarificationReceived', 'withdraw', 'assign', ...CORRECTIONS],
  awaiting_fee: ['feePaid', 'withdraw', 'assign', ...CORRECTIONS],
  awaiting_approval: ['approve', 'returnDraft', 'extend', 'withdraw', 'assign', ...CORRECTIONS],
  approved: ['recordResponse', 'extend', 'withdraw', 'assign', ...CORRECTIONS],
  review_window: ['requestReview', 'assign', ...CORRECTIONS],
  internal_review: ['completeReview', 'extendReview', 'withdraw', 'assign', ...CORRECTIONS],
  ico_window: ['icoComplaint', 'requestReview', 'assign', ...CORRECTIONS],
  ico_complaint: [
    'icoSubmission',
    'icoDecision',
    'complied',
    'appeal',
    'submitDraft',
    'recordResponse',
    'withdraw',
    'close',
    'assign',
    ...CORRECTIONS,
  ],
  closed: [],
  withdrawn: [],
  lapsed: [],
  voided: [],
};

export const actionsFor = (phase: Phase): ActionSpec[] => BY_PHASE[phase].map((t) => ACTIONS[t]);

const EXEMPTION_LINE = /^\s*(\S+)\s+(absolute|qualified)\s*$/i;

export class FormError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The form's fields as the command's input; `by` is the signed-in user, never the form. */
export function formToInput(
  spec: ActionSpec,
  form: Record<string, unknown>,
  by: string,
): Record<string, unknown> {
  const input: Record<string, unknown> = { type: spec.type, by };
  for (const f of spec.fields) {
    const raw = form[f.name];
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (f.kind === 'checkbox') {
      input[f.name] = raw !== undefined && raw !== '';
      continue;
    }
    if (text === '') continue;
    if (f.kind === 'pounds') {
      if (!/^\d+(\.\d{1,2})?$/.test(text))
        throw new FormError(f.name, 'Enter an amount in pounds, for example 45.50');
      input[f.name] = Math.round(Number(text) * 100);
    } else if (f.kind === 'exemptions') {
      input[f.name] = text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .map((line) => {
          const m = EXEMPTION_LINE.exec(line);
          if (!m)
            throw new FormError(f.name, `"${line.trim()}": write the section, then absolute or qualified`);
          return { section: m[1], kind: m[2]!.toLowerCase() };
        });
    } else if (f.kind === 'lines') {
      input[f.name] = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    } else input[f.name] = text;
  }
  return input;
}

/** The command's own schema: the first problem, naming the form field. */
export function checkInput(
  type: CommandType,
  input: Record<string, unknown>,
): { ok: true; payload: Record<string, unknown> } | { ok: false; field: string; message: string } {
  const parsed = (commandSchemas[type] as z.ZodType).safeParse(input);
  if (parsed.success) {
    const { type: _t, ...payload } = parsed.data as Record<string, unknown>;
    return { ok: true, payload };
  }
  const issue = parsed.error.issues[0]!;
  return { ok: false, field: String(issue.path[0] ?? ''), message: issue.message };
}
