// Every date a case is measured against, derived afresh from the state and the
// calendar at each event, so a newly proclaimed holiday moves open deadlines.
import { addDays, addMonths, compareDates, type IsoDate } from '../calendar/dates';
import { responseDeadline, responseStart } from '../deadlines';
import { endOfPeriod } from '../regimes';
import { regimeOn } from '../regime-variations';
import type { RuleContext } from './context';
import { isTerminal, PRE_RESPONSE_PHASES } from './phases';
import type { CaseState } from './state';

export type DeadlineKey =
  | 'response'
  | 'disclosure'
  | 'review'
  | 'ico-submission'
  | 'compliance'
  | 'clarification-lapse'
  | 'fee-lapse'
  | 'review-request-window'
  | 'complaint-window'
  | 'appeal-window';

export interface Deadline {
  key: DeadlineKey;
  label: string;
  due: IsoDate;
  /** Working days from today to the date; negative once it has passed. */
  workingDaysLeft: number;
  /** Staff act on it, so reminders and escalations run against it. */
  remind: boolean;
}

/** The case's response clock counted to its end, with or without an extension, under the
 * law in force on the day it was (or, if not yet, is being) answered (regime-variations.ts). */
function responseDueWith(
  s: CaseState,
  ctx: RuleContext,
  extension: { extended: boolean; workingDays?: number },
  answeredOn: IsoDate = s.response?.sentOn ?? ctx.stepOn ?? ctx.today,
): IsoDate | null {
  return responseDeadline(
    ctx.cal,
    regimeOn(ctx.regime, answeredOn),
    {
      receivedOn: s.receivedOn,
      clarificationReceivedOn: s.clock.clarificationReceivedOn,
      feePauses: s.clock.feePauses,
      ...extension,
      receiptRule: s.settings.receiptRule,
    },
    ctx.schoolTerms,
  ).due;
}

/** The response deadline without any extension: 20 WD from receipt or clarification,
 * less fee pauses (s10(1), s1(3), s10(2)); null while a fees notice is unpaid. */
export function statutoryResponseDue(s: CaseState, ctx: RuleContext): IsoDate | null {
  return responseDueWith(s, ctx, { extended: false });
}

/** A schools' case with term dates: its statutory date is not the 20th working day
 * (SI 2004/3364 reg 3), so an extension is counted from that date, not from day 0. */
export const countsSchoolDays = (ctx: RuleContext): boolean =>
  Boolean(ctx.regime.schoolDayRule && ctx.schoolTerms?.terms.length);

/** The longest extension the regime allows (FOIA s10(3) as the ICO reads it: 20 working
 * days beyond the time for compliance; EIR reg 7). */
export function maxExtendedDue(s: CaseState, ctx: RuleContext): IsoDate | null {
  const ext = ctx.regime.extension;
  if (!ext) return null;
  if (!countsSchoolDays(ctx)) return responseDueWith(s, ctx, { extended: true });
  const statutory = statutoryResponseDue(s, ctx);
  return (
    statutory && ctx.cal.addWorkingDays(statutory, ext.maxTotalWorkingDays - ctx.regime.responseWorkingDays)
  );
}

/** The response deadline in force: the extended one once an extension was notified. Judged
 * as of `answeredOn` when given (the day a response is being recorded). */
export function responseDue(s: CaseState, ctx: RuleContext, answeredOn?: IsoDate): IsoDate | null {
  if (!s.clock.extendedWorkingDays) return responseDueWith(s, ctx, { extended: false }, answeredOn);
  return responseDueWith(s, ctx, { extended: true, workingDays: s.clock.extendedWorkingDays }, answeredOn);
}

/** Day 0 of the response count (receipt or clarification, moved by the receipt rule). */
export function responseStartDay(s: CaseState, ctx: RuleContext): IsoDate {
  return responseStart(ctx.cal, {
    receivedOn: s.receivedOn,
    clarificationReceivedOn: s.clock.clarificationReceivedOn,
    feePauses: [],
    extended: false,
    receiptRule: s.settings.receiptRule,
  });
}

/** Working days of the response clock from day 0 to `on`, fee-paused days left out
 * (s10(2)): the days an answer took, or the days it was allowed. */
export function clockWorkingDaysTo(s: CaseState, ctx: RuleContext, on: IsoDate): number {
  let days = ctx.cal.workingDaysBetween(responseStartDay(s, ctx), on);
  for (const p of s.clock.feePauses) {
    days -= Math.max(0, ctx.cal.workingDaysBetween(addDays(p.from, -1), p.to ?? on));
  }
  return days;
}

const reviewRequestPeriod = (s: CaseState, ctx: RuleContext) =>
  s.settings.reviewRequestWindow ?? ctx.regime.reviewRequestWindow;

/** Day 0 of the requester's window to ask for a review of a response: the response itself;
 * under FOISA s20(5) the end of the time for complying (an early answer shortens nothing),
 * or the late answer's receipt (taken as the day it was sent). */
export function reviewRequestWindowStart(s: CaseState, ctx: RuleContext): IsoDate | null {
  if (!s.response) return null;
  const sent = s.response.sentOn;
  if (ctx.regime.reviewRequestWindowFrom !== 'due-or-late-response' || ctx.legacy?.reviewWindowFromResponse)
    return sent;
  const due = responseDue(s, ctx) ?? s.response.due;
  return compareDates(due, sent) > 0 ? due : sent;
}

export function reviewRequestWindowEnd(s: CaseState, ctx: RuleContext): IsoDate | null {
  const start = reviewRequestWindowStart(s, ctx);
  return start ? endOfPeriod(ctx.cal, start, reviewRequestPeriod(s, ctx)) : null;
}

/** No response came: once the response is overdue the requester may ask for a review of that
 * failure (FOIA s45 Code; EIR reg 11(2); FOISA s20(5)(a), s21(4)(c)), within the regime's
 * window counted from the day the response was due. Null once a response was sent, and while
 * the clock is stopped (clarification) or paused (fee): then nothing is overdue. */
export function nonResponseReviewWindow(
  s: CaseState,
  ctx: RuleContext,
): { responseDue: IsoDate; closes: IsoDate } | null {
  if (s.response || s.disclosureDue || !PRE_RESPONSE_PHASES.includes(s.phase)) return null;
  if (s.phase === 'awaiting_clarification' || s.phase === 'awaiting_fee') return null;
  const due = responseDue(s, ctx);
  return due ? { responseDue: due, closes: endOfPeriod(ctx.cal, due, reviewRequestPeriod(s, ctx)) } : null;
}

export function complaintWindowEnd(s: CaseState, ctx: RuleContext): IsoDate | null {
  if (!s.finalResponseOn) return null;
  return endOfPeriod(
    ctx.cal,
    s.finalResponseOn,
    s.settings.complaintWindow ?? ctx.regime.regulator.complaintWindow,
  );
}

export const reviewDue = (s: CaseState): IsoDate | null => s.review?.extendedUntil ?? s.review?.due ?? null;

/** The review's deadline for an answer given on `on`: a variation in force that day sets the
 * time from the requirement (regime-variations.ts); otherwise the date fixed when it was asked. */
export function reviewDueIfAnsweredOn(s: CaseState, ctx: RuleContext, on: IsoDate): IsoDate | null {
  const due = reviewDue(s);
  const law = regimeOn(ctx.regime, on);
  if (!due || !s.review || law === ctx.regime) return due;
  const varied = ctx.cal.addWorkingDays(s.review.requestedOn, law.reviewResponseWorkingDays);
  return compareDates(varied, due) > 0 ? varied : due;
}

/** An internal review asked for and not yet answered (it stays owed during a complaint). */
export const reviewOutstanding = (s: CaseState): boolean => Boolean(s.review && !s.review.completedOn);

/** FOISA s47(4)(b): a review never answered leaves the requester six months after the end of
 * the s21(1) time for it to apply to the Commissioner. Null where the regime sets no such
 * time, until the review is overdue, and once an application is made. */
export function unansweredReviewComplaintWindowEnd(s: CaseState, ctx: RuleContext): IsoDate | null {
  const period = ctx.regime.regulator.complaintWindowAfterUnansweredReview;
  const due = reviewDue(s);
  if (!period || !due || !reviewOutstanding(s) || s.ico) return null;
  if (compareDates(ctx.today, due) <= 0) return null;
  return endOfPeriod(ctx.cal, due, period);
}

/** Until when a case closed by a requester's window can still take a late request. */
export function lateRequestsUntil(s: CaseState, ctx: RuleContext): IsoDate | null {
  if (s.phase !== 'closed' || !s.closedWindow || !s.endedOn) return null;
  return endOfPeriod(ctx.cal, s.endedOn, s.settings.lateRequestGrace);
}

/** The clarification may arrive up to the end of the authority's period; the request
 * lapses the day after. */
export function clarificationLapsesOn(s: CaseState, ctx: RuleContext): IsoDate | null {
  if (!s.clarificationRequestedOn) return null;
  return addDays(endOfPeriod(ctx.cal, s.clarificationRequestedOn, s.settings.clarificationLapse), 1);
}

/** FOIA s9(2) / FOISA s9(4): paid "within the period of three months beginning with the
 * day" of the notice, so it lapses on the same date three months on. EIR reg 8(5): paid
 * "no later than 60 working days after" the notification, so it lapses the day after. */
export function feeLapsesOn(s: CaseState, ctx: RuleContext): IsoDate | null {
  if (!s.feeNoticeOn) return null;
  const p = ctx.regime.feeLapse;
  return p.unit === 'months'
    ? addMonths(s.feeNoticeOn, p.n)
    : addDays(endOfPeriod(ctx.cal, s.feeNoticeOn, p), 1);
}

function entry(
  ctx: RuleContext,
  key: DeadlineKey,
  label: string,
  due: IsoDate | null,
  remind: boolean,
): Deadline[] {
  if (!due) return [];
  return [{ key, label, due, workingDaysLeft: ctx.cal.workingDaysBetween(ctx.today, due), remind }];
}

/** The answer still owed, if any: the response, or a disclosure after an overturned review. */
function answerDeadlines(s: CaseState, ctx: RuleContext): Deadline[] {
  if (s.disclosureDue)
    return entry(ctx, 'disclosure', 'disclosure after internal review', s.disclosureDue, true);
  if (!PRE_RESPONSE_PHASES.includes(s.phase)) return [];
  if (s.phase === 'awaiting_clarification' || s.phase === 'awaiting_fee') return [];
  const label = s.clock.extendedWorkingDays ? 'response (extended)' : 'response';
  return entry(ctx, 'response', label, responseDue(s, ctx), true);
}

function regulatorDeadlines(s: CaseState, ctx: RuleContext): Deadline[] {
  const ico = s.ico;
  if (!ico) return [];
  const regulator = ctx.regime.regulator.name;
  const out: Deadline[] = [];
  if (!ico.submittedOn)
    out.push(
      ...entry(ctx, 'ico-submission', `submission to the ${regulator}`, ico.submissionDue ?? null, true),
    );
  const d = ico.decision;
  // s50(6): steps under appeal by the authority need not be taken until the appeal is decided.
  const stepsSuspended = ico.appeal?.appellant === 'authority';
  if (d && !ico.compliedOn && !stepsSuspended)
    out.push(...entry(ctx, 'compliance', 'decision notice compliance', d.complyBy ?? null, true));
  if (d && !ico.appeal) out.push(...entry(ctx, 'appeal-window', 'appeal window closes', d.appealBy, false));
  return out;
}

/** The dates that matter in the case's current state, most pressing first. */
export function liveDeadlines(s: CaseState, ctx: RuleContext): Deadline[] {
  if (isTerminal(s.phase)) return [];
  const out: Deadline[] = [...answerDeadlines(s, ctx), ...regulatorDeadlines(s, ctx)];
  if (s.phase === 'awaiting_clarification') {
    out.push(
      ...entry(
        ctx,
        'clarification-lapse',
        'request lapses without clarification',
        clarificationLapsesOn(s, ctx),
        false,
      ),
    );
  }
  if (s.phase === 'awaiting_fee')
    out.push(...entry(ctx, 'fee-lapse', 'request lapses unless the fee is paid', feeLapsesOn(s, ctx), false));
  if (s.phase === 'review_window') {
    out.push(
      ...entry(
        ctx,
        'review-request-window',
        'requester may ask for an internal review until',
        reviewRequestWindowEnd(s, ctx),
        false,
      ),
    );
  }
  if (reviewOutstanding(s)) {
    out.push(
      ...entry(
        ctx,
        'review',
        s.review?.extendedUntil ? 'internal review (extended)' : 'internal review',
        reviewDue(s),
        true,
      ),
    );
  }
  if (s.phase === 'ico_window') {
    out.push(
      ...entry(
        ctx,
        'complaint-window',
        `requester may complain to the ${ctx.regime.regulator.name} until`,
        complaintWindowEnd(s, ctx),
        false,
      ),
    );
  }
  out.push(
    ...entry(
      ctx,
      'complaint-window',
      `review not answered: requester may apply to the ${ctx.regime.regulator.name} until`,
      unansweredReviewComplaintWindowEnd(s, ctx),
      false,
    ),
  );
  return out.sort((a, b) => compareDates(a.due, b.due));
}

/** The one date a manager's list sorts by: the first deadline staff must meet. */
export function primaryDeadline(s: CaseState, ctx: RuleContext): Deadline | undefined {
  const live = liveDeadlines(s, ctx);
  return live.find((d) => d.remind) ?? live[0];
}

/** The date lists and counts go by (the FoiDueDate search attribute, the records store's
 * listed_due): the primary deadline when staff act on it; none while only the requester's
 * or the regulator's window runs. */
export function listedDue(s: CaseState, ctx: RuleContext): IsoDate | undefined {
  const d = primaryDeadline(s, ctx);
  return d?.remind ? d.due : undefined;
}
