// Every date a case is measured against, derived afresh from the state and the
// calendar at each event, so a newly proclaimed holiday moves open deadlines.
import { addMonths, compareDates, type IsoDate } from '../calendar';
import { responseDeadline } from '../deadlines';
import { endOfPeriod } from '../regimes';
import type { RuleContext } from './context';
import { PRE_RESPONSE_PHASES } from './phases';
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

/** The response deadline without any extension: 20 WD from receipt or clarification,
 * less fee pauses (s10(1), s1(3), s10(2)); null while a fees notice is unpaid. */
export function statutoryResponseDue(s: CaseState, ctx: RuleContext): IsoDate | null {
  return responseDeadline(ctx.cal, ctx.regime, {
    receivedOn: s.receivedOn,
    clarificationReceivedOn: s.clock.clarificationReceivedOn,
    feePauses: s.clock.feePauses,
    extended: false,
    receiptRule: s.settings.receiptRule,
  }).due;
}

/** The longest extension the regime allows (FOIA s10(3) as the ICO reads it; EIR reg 7). */
export function maxExtendedDue(s: CaseState, ctx: RuleContext): IsoDate | null {
  if (!ctx.regime.extension) return null;
  return responseDeadline(ctx.cal, ctx.regime, {
    receivedOn: s.receivedOn,
    clarificationReceivedOn: s.clock.clarificationReceivedOn,
    feePauses: s.clock.feePauses,
    extended: true,
    receiptRule: s.settings.receiptRule,
  }).due;
}

/** The response deadline in force: the extended date once an extension was notified. */
export function responseDue(s: CaseState, ctx: RuleContext): IsoDate | null {
  return s.clock.extendedUntil ?? statutoryResponseDue(s, ctx);
}

export function reviewRequestWindowEnd(s: CaseState, ctx: RuleContext): IsoDate | null {
  if (!s.response) return null;
  return endOfPeriod(
    ctx.cal,
    s.response.sentOn,
    s.settings.reviewRequestWindow ?? ctx.regime.reviewRequestWindow,
  );
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

export function clarificationLapsesOn(s: CaseState, ctx: RuleContext): IsoDate | null {
  return s.clarificationRequestedOn
    ? endOfPeriod(ctx.cal, s.clarificationRequestedOn, s.settings.clarificationLapse)
    : null;
}

/** s9(2): the fee must be paid within three months beginning with the day of the notice,
 * so the request lapses on the same date three months on. */
export function feeLapsesOn(s: CaseState, ctx: RuleContext): IsoDate | null {
  return s.feeNoticeOn ? addMonths(s.feeNoticeOn, ctx.regime.feeLapseMonths) : null;
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

/** The dates that matter in the case's current phase, most pressing first. */
export function liveDeadlines(s: CaseState, ctx: RuleContext): Deadline[] {
  const out: Deadline[] = [];
  const preResponse = PRE_RESPONSE_PHASES.includes(s.phase);
  if (preResponse && s.disclosureDue) {
    out.push(...entry(ctx, 'disclosure', 'disclosure after internal review', s.disclosureDue, true));
  } else if (preResponse) {
    const stopped = s.phase === 'awaiting_clarification' || s.phase === 'awaiting_fee';
    if (!stopped)
      out.push(
        ...entry(
          ctx,
          'response',
          s.clock.extendedUntil ? 'response (extended)' : 'response',
          responseDue(s, ctx),
          true,
        ),
      );
  }
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
  if (s.phase === 'internal_review')
    out.push(
      ...entry(
        ctx,
        'review',
        s.review?.extendedUntil ? 'internal review (extended)' : 'internal review',
        reviewDue(s),
        true,
      ),
    );
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
  if (s.phase === 'ico_complaint' && s.ico) {
    if (!s.ico.submittedOn)
      out.push(
        ...entry(
          ctx,
          'ico-submission',
          `submission to the ${ctx.regime.regulator.name}`,
          s.ico.submissionDue ?? null,
          true,
        ),
      );
    const d = s.ico.decision;
    if (d && !s.ico.compliedOn)
      out.push(...entry(ctx, 'compliance', 'decision notice compliance', d.complyBy ?? null, true));
    if (d && !s.ico.appeal)
      out.push(...entry(ctx, 'appeal-window', 'tribunal appeal window closes', d.appealBy, false));
  }
  return out.sort((a, b) => compareDates(a.due, b.due));
}

/** The one date a manager's list sorts by: the first deadline staff must meet. */
export function primaryDeadline(s: CaseState, ctx: RuleContext): Deadline | undefined {
  const live = liveDeadlines(s, ctx);
  return live.find((d) => d.remind) ?? live[0];
}
