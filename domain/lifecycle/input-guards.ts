// The shapes of commands and of a new case, checked without zod inside the workflow (see
// domain/guards.ts for why). commands.ts, open-case.ts and settings.ts hold the same shapes
// as zod schemas for the CLI; test/unit/guards.test.ts checks that both accept exactly the
// same input and give the same value.
import { isIsoDate } from '../calendar/dates';
import { ISO_DATE_MESSAGE, TIME_OF_DAY, TIME_OF_DAY_MESSAGE } from '../formats';
import {
  bool,
  email,
  GuardError,
  int,
  list,
  literal,
  object,
  oneOf,
  optional,
  str,
  withDefault,
  withPrefault,
  type Guard,
} from '../guards';
import { CHANNELS } from './channels';
import type { Command, CommandType } from './commands';
import { COMMAND_TYPES } from './command-types';
import type { OpenCase } from './open-case';
import { DECISION_RESULTS, OUTCOMES, REVIEW_RESULTS } from './outcomes';
import { REQUESTER_ID } from './requester-id';

const isoDate = str({ test: isIsoDate, message: ISO_DATE_MESSAGE });
const who = str({ text: 'one-line', trim: true, min: 1, max: 200, message: 'say who is recording this' });
const text = (what: string) =>
  str({ text: 'plain', trim: true, min: 1, max: 4000, message: `${what} is required` });
const on = optional(isoDate);
const none = <T>(): T[] => [];
const exemptions = withDefault(
  list(
    object({
      section: str({ text: 'one-line', trim: true, min: 2, max: 40 }),
      kind: oneOf(['absolute', 'qualified']),
    }),
    30,
  ),
  none,
);
const base = <T extends CommandType>(type: T) => ({ type: literal(type), by: who, on });

const commandGuards: { [T in CommandType]: Guard<unknown> } = {
  assign: object({ ...base('assign'), officer: email(), approver: optional(email()) }),
  requestClarification: object({ ...base('requestClarification'), question: text('the question') }),
  clarificationReceived: object(base('clarificationReceived')),
  issueFeesNotice: object({ ...base('issueFeesNotice'), amountPence: int({ min: 1 }) }),
  feePaid: object(base('feePaid')),
  extend: object({ ...base('extend'), reason: text('the reason'), until: optional(isoDate), exemptions }),
  submitDraft: object({ ...base('submitDraft'), note: optional(str({ text: 'plain', max: 4000 })) }),
  approve: object(base('approve')),
  returnDraft: object({ ...base('returnDraft'), comment: text('a comment') }),
  recordResponse: object({
    ...base('recordResponse'),
    outcome: oneOf(OUTCOMES),
    exemptions,
    publicInterestTest: withDefault(bool(), () => false),
    refusalNoticeComplete: withDefault(bool(), () => false),
  }),
  requestReview: object({
    ...base('requestReview'),
    grounds: optional(str({ text: 'plain', max: 4000 })),
    late: withDefault(bool(), () => false),
  }),
  extendReview: object({ ...base('extendReview'), reason: text('the reason') }),
  completeReview: object({
    ...base('completeReview'),
    result: oneOf(REVIEW_RESULTS),
    disclose: withDefault(bool(), () => false),
  }),
  icoComplaint: object({
    ...base('icoComplaint'),
    icoReference: str({ text: 'one-line', trim: true, min: 1, max: 60 }),
    submissionDue: optional(isoDate),
  }),
  icoSubmission: object(base('icoSubmission')),
  icoDecision: object({
    ...base('icoDecision'),
    noticeReference: str({ text: 'one-line', trim: true, min: 1, max: 60 }),
    result: oneOf(DECISION_RESULTS),
    steps: withDefault(list(str({ text: 'plain', trim: true, min: 1, max: 2000 }), 20), none),
    complyBy: optional(isoDate),
  }),
  complied: object(base('complied')),
  appeal: object({ ...base('appeal'), appellant: oneOf(['authority', 'requester']) }),
  withdraw: object({ ...base('withdraw'), reason: text('the reason') }),
  close: object({ ...base('close'), reason: text('the reason') }),
  reverseLastStep: object({ ...base('reverseLastStep'), reason: text('the reason') }),
  void: object({ ...base('void'), reason: text('the reason') }),
};

const timeOfDay = str({ pattern: TIME_OF_DAY, message: TIME_OF_DAY_MESSAGE });
const period = object({
  unit: oneOf(['working-days', 'calendar-days', 'weeks', 'months']),
  n: int({ min: 1 }),
});
const months = (n: number) => () => ({ unit: 'months' as const, n });

const settingsGuard = object({
  receiptRule: withDefault(oneOf(['receipt-day', 'next-working-day']), () => 'receipt-day' as const),
  reviewRequestWindow: optional(period),
  complaintWindow: optional(period),
  clarificationLapse: withDefault(period, months(3)),
  lateRequestGrace: withDefault(period, months(3)),
  disclosureAfterOverturnWorkingDays: withDefault(int({ min: 1, max: 60 }), () => 20),
  reviewOverdueForComplaintWorkingDays: optional(int({ min: 1 })),
  staffEmailShowsRequester: withDefault(bool(), () => false),
  approvalRequired: withDefault(bool(), () => true),
  reminders: withPrefault(
    object({
      beforeDue: withDefault(list(int({ min: 1, max: 60 }), Number.MAX_SAFE_INTEGER), () => [10, 5, 2]),
      dueDay: withDefault(bool(), () => true),
      escalateEveryWorkingDays: withDefault(int({ min: 1, max: 60 }), () => 5),
      approvalEveryWorkingDays: withDefault(int({ min: 1, max: 60 }), () => 2),
      timeOfDay: withDefault(timeOfDay, () => '09:00'),
      spreadMinutes: withDefault(int({ min: 0, max: 240 }), () => 60),
    }),
    () => ({}),
  ),
});

const openCaseGuard = object({
  reference: str({
    trim: true,
    pattern: /^[A-Za-z0-9][A-Za-z0-9/_.-]{1,63}$/,
    message: 'expected a reference such as FOI2018/02892 (letters, digits, / _ . -)',
  }),
  regime: str({ text: 'one-line', min: 2, max: 40 }),
  receivedOn: isoDate,
  receivedAt: optional(timeOfDay),
  channel: withDefault(oneOf(CHANNELS), () => 'email' as const),
  summary: str({ text: 'one-line', trim: true, min: 1, max: 2000, message: 'summary is required' }),
  questions: withDefault(list(str({ text: 'plain', trim: true, min: 1, max: 4000 }), 100), none),
  officer: optional(email()),
  approver: optional(email()),
  openedBy: str({ text: 'one-line', trim: true, min: 1, max: 200 }),
  requesterId: optional(
    str({ pattern: REQUESTER_ID, message: 'expected a requester id from the records store' }),
  ),
  requester: optional(
    object({
      name: optional(str({ text: 'one-line', max: 200 })),
      email: optional(email()),
      address: optional(str({ text: 'plain', max: 1000 })),
    }),
  ),
  settings: withPrefault(settingsGuard, () => ({})),
});

/** Besides its shape, a new case's receipt date must not be in the future: a rule about the
 * date, not the shape, so it is checked apart from the guard (and the zod schema). */
export { receiptDateProblem } from './future-date';

export type CheckResult<T> = { ok: true; value: T } | { ok: false; reason: string };

function check<T>(guard: Guard<unknown>, value: unknown): CheckResult<T> {
  try {
    return { ok: true, value: guard(value, '') as T };
  } catch (err) {
    if (err instanceof GuardError) return { ok: false, reason: err.message };
    throw err;
  }
}

/** A command of `type` from an Update's payload (which carries no `type` of its own). */
export function checkCommand(type: CommandType, payload: unknown): CheckResult<Command> {
  if (!COMMAND_TYPES.includes(type)) return { ok: false, reason: `unknown command "${String(type)}"` };
  const fields = typeof payload === 'object' && payload !== null ? payload : {};
  return check<Command>(commandGuards[type], { ...fields, type });
}

/** A new case's input, with every default filled in. */
export function checkOpenCase(input: unknown): CheckResult<OpenCase> {
  return check<OpenCase>(openCaseGuard, input);
}
