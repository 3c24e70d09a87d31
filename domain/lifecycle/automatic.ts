// Transitions no one commands: clocks that run out. The workflow asks at every wake-up
// and after every command; events are dated the day the clock ran out.
import { addDays, compareDates, type IsoDate } from '../calendar/dates';
import {
  clarificationLapsesOn,
  complaintWindowEnd,
  feeLapsesOn,
  reviewOutstanding,
  reviewRequestWindowEnd,
} from './case-deadlines';
import { describePeriod } from '../regimes';
import type { RuleContext } from './context';
import type { CaseEvent } from './events';
import type { CaseState } from './state';

const reached = (today: IsoDate, d: IsoDate | null): d is IsoDate =>
  d !== null && compareDates(today, d) >= 0;

/** A complaint ends by itself once the decision's appeal window has passed with no appeal,
 * its steps are done, and no review or disclosure is still owed. */
function complaintClosesOn(s: CaseState): IsoDate | null {
  const d = s.ico?.decision;
  if (!d || s.ico?.appeal || reviewOutstanding(s) || s.disclosureDue) return null;
  if (d.steps.length > 0 && !s.ico?.compliedOn) return null;
  const closesOn = addDays(d.appealBy, 1);
  return s.ico?.compliedOn && compareDates(s.ico.compliedOn, closesOn) > 0 ? s.ico.compliedOn : closesOn;
}

/** The requester's window ended on `end`: the case closes the day after, still open to late requests. */
function closedAfter(
  today: IsoDate,
  end: IsoDate | null,
  window: 'review' | 'complaint',
  nothing: string,
): CaseEvent[] {
  const closesOn = end && addDays(end, 1);
  if (!reached(today, closesOn)) return [];
  return [{ type: 'closed', on: closesOn, by: 'system', reason: `${nothing} by ${end}`, window }];
}

export function dueTransitions(s: CaseState, ctx: RuleContext): CaseEvent[] {
  const { today } = ctx;
  const by = 'system';
  switch (s.phase) {
    case 'awaiting_clarification': {
      const lapse = clarificationLapsesOn(s, ctx);
      if (reached(today, lapse))
        return [{ type: 'lapsed', on: lapse, by, reason: `no clarification by ${lapse} (s1(3))` }];
      return [];
    }
    case 'awaiting_fee': {
      // No duty to comply unless the fee is paid in the regime's time: FOIA s9(2) three
      // months, EIR reg 8(5) 60 working days, FOISA s9(4) three months.
      const lapse = feeLapsesOn(s, ctx);
      const { feeLapse, feeLapseProvision } = ctx.regime;
      const reason = `fee unpaid ${describePeriod(feeLapse)} after the fees notice (${feeLapseProvision})`;
      if (reached(today, lapse)) return [{ type: 'lapsed', on: lapse, by, reason }];
      return [];
    }
    case 'review_window':
      return closedAfter(today, reviewRequestWindowEnd(s, ctx), 'review', 'no internal review requested');
    case 'ico_window':
      return closedAfter(
        today,
        complaintWindowEnd(s, ctx),
        'complaint',
        `no complaint to the ${ctx.regime.regulator.name}`,
      );
    case 'ico_complaint': {
      const closesOn = complaintClosesOn(s);
      if (reached(today, closesOn)) {
        return [
          { type: 'closed', on: closesOn, by, reason: 'decision notice complied with; appeal window ended' },
        ];
      }
      return [];
    }
    default:
      return [];
  }
}

/** The next day on which dueTransitions() will have something to say, if any. */
export function nextTransitionDate(s: CaseState, ctx: RuleContext): IsoDate | null {
  const plusOne = (d: IsoDate | null): IsoDate | null => (d ? addDays(d, 1) : null);
  switch (s.phase) {
    case 'awaiting_clarification':
      return clarificationLapsesOn(s, ctx);
    case 'awaiting_fee':
      return feeLapsesOn(s, ctx);
    case 'review_window':
      return plusOne(reviewRequestWindowEnd(s, ctx));
    case 'ico_window':
      return plusOne(complaintWindowEnd(s, ctx));
    case 'ico_complaint':
      return complaintClosesOn(s);
    default:
      return null;
  }
}
