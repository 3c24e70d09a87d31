// The response deadline with its clock stops composed: a clarification restarts the
// count, fee pauses after that start are disregarded, and an extension lengthens the
// count. Each rule once, here; the calendar only counts.
import { addDays, compareDates, type IsoDate } from './calendar/dates';
import { nonSchoolRanges, type SchoolTerms } from './calendar/school-terms';
import type { DateRange, Explanation, WorkingDayCalendar } from './calendar/working-day-calendar';
import type { Regime } from './regimes';

/**
 * 'receipt-day' (the default, ICO line to take LTT47): the day the request arrives is day
 * 0 whatever day it is. 'next-working-day': an authority setting from a reading of the
 * 2018 s45 Code of Practice that moves a receipt on a non-working day to the next working
 * day; it gives a date one working day later, so it is never the default.
 */
export type ReceiptRule = 'receipt-day' | 'next-working-day';

export interface FeePause {
  /** The day the fees notice was given. */
  from: IsoDate;
  /** The day the fee was received; absent while unpaid. */
  to?: IsoDate;
}

export interface ResponseClock {
  receivedOn: IsoDate;
  clarificationReceivedOn?: IsoDate;
  feePauses: readonly FeePause[];
  extended: boolean;
  receiptRule?: ReceiptRule;
  /** A notified extension shorter than the maximum: its total working days (replaces `extended`). */
  workingDays?: number;
}

export interface ComputedDeadline {
  /** null while a fee pause is open. */
  due: IsoDate | null;
  /** Day 0 of the count. */
  start: IsoDate;
  workingDays: number;
  /** The fee pauses that matter (after the start), as disregarded ranges. */
  pauses: DateRange[];
  /** The counting; while the clock is stopped, the counting so far. */
  explanation: Explanation;
  provisional: boolean;
  /** Set while a fees notice is unpaid: the count waits from `since`. */
  clockStopped: { since: IsoDate; workingDaysUsed: number; workingDaysLeft: number } | null;
}

export const FEE_PAUSE_REASON = 'clock stopped: awaiting fee';

/**
 * Day 0 of the response count. FOIA s1(3) with s10(6)(b), EIR reg 9(4), FOISA s1(3) with
 * s10(1)(b): when the authority asked for clarification, the day the clarification arrives
 * is the date of receipt, and a fresh count starts from it.
 */
export function responseStart(cal: WorkingDayCalendar, clock: ResponseClock): IsoDate {
  const c = clock.clarificationReceivedOn;
  if (c !== undefined && compareDates(c, clock.receivedOn) < 0) {
    throw new RangeError(`clarification received ${c}, before the request itself (${clock.receivedOn})`);
  }
  const received = c ?? clock.receivedOn;
  return clock.receiptRule === 'next-working-day' ? cal.nextWorkingDayOnOrAfter(received) : received;
}

/** The working days the regime allows: extended (FOIA s10(3) as the ICO reads it, EIR reg 7) or not. */
export function responseWorkingDays(regime: Regime, extended: boolean): number {
  if (!extended) return regime.responseWorkingDays;
  if (!regime.extension) throw new Error(`${regime.title} allows no extension of the response time`);
  return regime.extension.maxTotalWorkingDays;
}

/**
 * SI 2004/3364 reg 3(2) for schools, given their term dates: the 20th working day
 * disregarding days that are not school days, or the 60th working day, "whichever occurs
 * first" (s10(2)'s fee days are disregarded in both counts). An extension (s10(3)) never
 * ends before that date. Any other regime, or no term dates: the plain count.
 */
function countResponse(
  cal: WorkingDayCalendar,
  regime: Regime,
  clock: ResponseClock,
  start: IsoDate,
  workingDays: number,
  pauses: DateRange[],
  schoolTerms: SchoolTerms | undefined,
): { full: Explanation; disregarded: DateRange[] } {
  const plain = { full: cal.explain(start, workingDays, pauses), disregarded: pauses };
  const rule = regime.schoolDayRule;
  if (!rule || !schoolTerms?.terms.length) return plain;
  const schoolOnly = [...pauses, ...nonSchoolRanges(schoolTerms.terms, start)];
  const bySchoolDays = { full: cal.explain(start, rule.schoolDays, schoolOnly), disregarded: schoolOnly };
  const byCap = { full: cal.explain(start, rule.capWorkingDays, pauses), disregarded: pauses };
  const statutory = compareDates(bySchoolDays.full.due, byCap.full.due) <= 0 ? bySchoolDays : byCap;
  const extended = clock.extended || clock.workingDays !== undefined;
  return extended && compareDates(plain.full.due, statutory.full.due) > 0 ? plain : statutory;
}

export function responseDeadline(
  cal: WorkingDayCalendar,
  regime: Regime,
  clock: ResponseClock,
  schoolTerms?: SchoolTerms,
): ComputedDeadline {
  const start = responseStart(cal, clock);
  const workingDays = clock.workingDays ?? responseWorkingDays(regime, clock.extended);
  // FOIA s10(2), FOISA s10(2), EIR reg 8(6) (which says: including any reg 7 extension):
  // the working days from the day the fees notice is given to the day the fee is
  // received, both included, are disregarded. Only days after
  // day 0 can be disregarded: a notice before a clarification stops nothing in the new count.
  const pauses: DateRange[] = [];
  let openSince: IsoDate | undefined;
  const afterStart = addDays(start, 1);
  for (const p of clock.feePauses) {
    if (p.to !== undefined && compareDates(p.to, p.from) < 0) {
      throw new RangeError(`fee received ${p.to}, before the fees notice (${p.from})`);
    }
    if (p.to !== undefined && compareDates(p.to, start) <= 0) continue;
    const from = compareDates(p.from, start) > 0 ? p.from : afterStart;
    if (p.to === undefined) {
      if (openSince === undefined || compareDates(from, openSince) < 0) openSince = from;
    } else {
      pauses.push({ from, to: p.to, reason: FEE_PAUSE_REASON });
    }
  }
  const { full, disregarded } = countResponse(cal, regime, clock, start, workingDays, pauses, schoolTerms);
  if (openSince === undefined || compareDates(openSince, full.due) > 0) {
    return {
      due: full.due,
      start,
      workingDays: full.workingDays,
      pauses,
      explanation: full,
      provisional: full.provisionalYears.length > 0,
      clockStopped: null,
    };
  }
  // The fee is unpaid and the notice came before the deadline: no due date until it is paid.
  const since = openSince;
  const used = full.counted.filter((c) => compareDates(c.date, since) < 0).length;
  const soFar = cal.explain(start, used, disregarded);
  return {
    due: null,
    start,
    workingDays: full.workingDays,
    pauses,
    explanation: soFar,
    provisional: soFar.provisionalYears.length > 0,
    clockStopped: { since, workingDaysUsed: used, workingDaysLeft: full.workingDays - used },
  };
}
