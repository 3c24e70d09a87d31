// The access-to-information regimes as data: which parts of the UK their working days
// follow, and every period the lifecycle measures. One engine counts for all of them
// (calendar/working-day-calendar.ts); a regime only supplies numbers.
import { addDays, addMonths, type IsoDate } from './calendar/dates';
import { DIVISIONS, type Division } from './calendar/divisions';
import type { WorkingDayCalendar } from './calendar/working-day-calendar';

export const REGIME_IDS = [
  'foia',
  'eir',
  'foisa',
  'eirs',
  'foia-schools',
  'foia-archives',
  'foia-armed-forces',
  'foia-overseas',
] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export type Period = { unit: 'working-days' | 'calendar-days' | 'weeks' | 'months'; n: number };

export interface Regime {
  id: RegimeId;
  title: string;
  /** Parts of the UK whose bank holidays are not working days. */
  divisions: readonly Division[];
  responseWorkingDays: number;
  extension: { kind: 'public-interest' | 'complex-voluminous'; maxTotalWorkingDays: number } | null;
  reviewRequestWindow: Period;
  /** Where that window starts: the response (the default), or the later of the end of the
   * time for complying and the response (FOISA s20(5)), so an early answer loses no days. */
  reviewRequestWindowFrom?: 'response' | 'due-or-late-response';
  reviewResponseWorkingDays: number;
  reviewMaxWorkingDays: number;
  regulator: {
    name: string;
    complaintWindow: Period;
    /** The time to apply to the regulator when a review was never answered, from the day the
     * review was due (FOISA s47(4)(b)); none where the law sets none. */
    complaintWindowAfterUnansweredReview?: Period;
  };
  decisionComplianceCalendarDays: number;
  tribunalAppealCalendarDays: number;
  /** An unpaid fee or charge lapses the request at the end of this period from the notice. */
  feeLapse: Period;
  /** The provision that sets feeLapse, named when a request lapses. */
  feeLapseProvision: string;
  /** Working days an internal review may run before the regulator takes a complaint about it. */
  complaintAfterReviewWorkingDays: number;
  /** How this regime departs from the plain statute, where it does. */
  note?: string;
  /** SI 2004/3364 reg 3(2): with the school's term dates, the response is due on the
   * `schoolDays`th working day that is a school day or the `capWorkingDays`th working day,
   * whichever is first (domain/deadlines.ts); without them, `responseWorkingDays`. */
  schoolDayRule?: { schoolDays: number; capWorkingDays: number };
}

const workingDays = (n: number): Period => ({ unit: 'working-days', n });

const FOIA: Regime = {
  id: 'foia',
  title: 'Freedom of Information Act 2000',
  // s10(6): bank holidays "in any part of the United Kingdom".
  divisions: DIVISIONS,
  // s10(1): "not later than the twentieth working day following the date of receipt".
  responseWorkingDays: 20,
  // s10(3): a "reasonable" time to consider the public interest; the ICO treats 20 more
  // working days (40 in all) as the most that is reasonable.
  extension: { kind: 'public-interest', maxTotalWorkingDays: 40 },
  // s45 Code of Practice (2018) para 5.4: accept review requests made within 40 working days.
  reviewRequestWindow: workingDays(40),
  // s45 Code of Practice (2018) para 5.5: answer within 20 working days, 40 at most.
  reviewResponseWorkingDays: 20,
  reviewMaxWorkingDays: 40,
  // s50: the ICO asks for complaints within 6 weeks of the final response.
  regulator: { name: 'Information Commissioner', complaintWindow: { unit: 'weeks', n: 6 } },
  // s50(4)-(6): the decision notice gives the steps and a time; the ICO's is 35 calendar days.
  decisionComplianceCalendarDays: 35,
  // s57; First-tier Tribunal (General Regulatory Chamber) Rules 2009 r22: 28 days.
  tribunalAppealCalendarDays: 28,
  // s9(2): no duty to comply unless the fee is paid within three months of the fees notice.
  feeLapse: { unit: 'months', n: 3 },
  feeLapseProvision: 's9(2)',
  // ICO: a complaint is accepted once an internal review has taken more than 40 working days.
  complaintAfterReviewWorkingDays: 40,
};

const EIR: Regime = {
  ...FOIA,
  id: 'eir',
  title: 'Environmental Information Regulations 2004',
  // reg 2(1): "working day" has the same meaning as in FOIA s10(6).
  divisions: DIVISIONS,
  // reg 5(2): "no later than 20 working days after the date of receipt".
  responseWorkingDays: 20,
  // reg 7(1): up to 40 working days when the request is complex and voluminous.
  extension: { kind: 'complex-voluminous', maxTotalWorkingDays: 40 },
  // reg 11(2): representations within 40 working days after the refusal.
  reviewRequestWindow: workingDays(40),
  // reg 11(4): reconsideration within 40 working days, with no further extension.
  reviewResponseWorkingDays: 40,
  reviewMaxWorkingDays: 40,
  // reg 18 applies FOIA Parts IV and V: the same ICO periods.
  // reg 8(5): an advance charge must be paid no later than 60 working days after the
  // notification (statute text as recalled; not checked against an online copy here).
  feeLapse: workingDays(60),
  feeLapseProvision: 'reg 8(5)',
};

const FOISA: Regime = {
  id: 'foisa',
  title: 'Freedom of Information (Scotland) Act 2002',
  // s73: Christmas Day and the bank holidays "in Scotland" only.
  divisions: ['scotland'],
  // s10(1): "not later than the twentieth working day after" receipt.
  responseWorkingDays: 20,
  // No public interest extension in FOISA.
  extension: null,
  // s20(5): a requirement for review "not later than the fortieth working day after" (a) the
  // expiry of the time allowed for complying with the request or (b) receipt of an answer
  // given after that expiry: from the 20th working day, or from a late answer.
  reviewRequestWindow: workingDays(40),
  reviewRequestWindowFrom: 'due-or-late-response',
  // s21(1): the review is answered within 20 working days, with no extension.
  reviewResponseWorkingDays: 20,
  reviewMaxWorkingDays: 20,
  // s47(4): application to the Scottish Information Commissioner within six months: (a) of
  // the review's notice, or (b) where none was given, of the end of the s21(1) time for it.
  regulator: {
    name: 'Scottish Information Commissioner',
    complaintWindow: { unit: 'months', n: 6 },
    complaintWindowAfterUnansweredReview: { unit: 'months', n: 6 },
  },
  // s49: the decision notice states the date, which cannot come before the 42-day appeal
  // period (s56) has run; 42 days is that earliest date, the safe default when the notice
  // is not to hand (the Commissioner's own date, often 45 days, replaces it).
  decisionComplianceCalendarDays: 42,
  // s56: appeal to the Court of Session on a point of law within 42 days.
  tribunalAppealCalendarDays: 42,
  // s9(4): the fee must be paid within three months of the fees notice.
  feeLapse: { unit: 'months', n: 3 },
  feeLapseProvision: 's9(4)',
  // s47(1)(b): an application may follow a failure to answer the review within s21(1)'s 20 WD.
  complaintAfterReviewWorkingDays: 20,
};

// The Environmental Information (Scotland) Regulations 2004 (SSI 2004/520): FOISA's calendar
// and Commissioner, the EIR's shape of extension and review.
const EIRS: Regime = {
  ...FOISA,
  id: 'eirs',
  title: 'Environmental Information (Scotland) Regulations 2004',
  // reg 2(1): "working day" has the meaning of FOISA s73: Scotland's bank holidays only.
  divisions: ['scotland'],
  // reg 5(2)(a): "as soon as possible and in any event no later than 20 working days after
  // the date of receipt of the request".
  responseWorkingDays: 20,
  // reg 7(1): a further period of up to 20 working days where the volume and complexity of
  // the information make the 20 impracticable, notified within the 20 (reg 7(2)): 40 in all.
  extension: { kind: 'complex-voluminous', maxTotalWorkingDays: 40 },
  // reg 16(2): representations "no later than 40 working days after" the applicant receives
  // the decision (or after the date it should have been made: the non-response window).
  reviewRequestWindow: workingDays(40),
  reviewRequestWindowFrom: 'response',
  // reg 16(4): the decision on the representations "no later than 20 working days after the
  // date of receipt of the representations"; reg 16 gives no extension.
  reviewResponseWorkingDays: 20,
  reviewMaxWorkingDays: 20,
  // reg 17: FOISA Part 4 applies (with modifications): s47(1) after a review, s47(4) six
  // months, s49 and s56 as under FOISA, so the regulator's numbers are FOISA's.
  // reg 8: a charge may be required in advance, by written notice; the applicant then has 60
  // working days to pay, the clock stopped meanwhile (as Scottish authorities' published
  // guidance reads it; the paragraph's words not checked against the text here).
  feeLapse: workingDays(60),
  feeLapseProvision: 'reg 8',
  // s47(1)(b) as applied by reg 17: an application may follow a review not answered in the
  // 20 working days of reg 16(4).
  complaintAfterReviewWorkingDays: 20,
};

// The Freedom of Information (Time for Compliance with Request) Regulations 2004
// (SI 2004/3364, amended 2009 and 2010) change only s10(1)'s twenty days; everything else
// is FOIA's. The public interest extension stays at the ICO's 20 extra working days.
const timeForCompliance = (id: RegimeId, title: string, days: number, note: string): Regime => ({
  ...FOIA,
  id,
  title,
  responseWorkingDays: days,
  extension: { kind: 'public-interest', maxTotalWorkingDays: days + 20 },
  note,
});

export const REGIMES: Record<RegimeId, Regime> = {
  foia: FOIA,
  eir: EIR,
  foisa: FOISA,
  eirs: EIRS,
  // reg 3(2): the 20th working day not counting days that are not school days, or the 60th
  // working day, whichever is first. Term dates are the school's own: until they are given
  // this regime counts 20 working days, which is never later than the statutory date
  // (every school day is a working day; in term time it is the statutory one).
  // With the school's term dates (foi school-terms import) the rule itself is counted.
  'foia-schools': {
    ...timeForCompliance(
      'foia-schools',
      'FOIA: maintained schools and academies (SI 2004/3364 reg 3)',
      20,
      '20 school days or 60 working days, whichever is first; 20 working days until term dates are imported',
    ),
    schoolDayRule: { schoolDays: 20, capWorkingDays: 60 },
  },
  // reg 4: 30 working days for a request about a transferred public record not yet
  // designated open information.
  'foia-archives': timeForCompliance(
    'foia-archives',
    'FOIA: transferred public records (SI 2004/3364 reg 4)',
    30,
    '30 working days for records transferred to an archive and not designated open',
  ),
  // reg 5: information from members of the armed forces on operations: the day the
  // Commissioner specifies, not later than the 60th working day (count that day with --days).
  'foia-armed-forces': timeForCompliance(
    'foia-armed-forces',
    'FOIA: information from the armed forces on operations (SI 2004/3364 reg 5)',
    60,
    'the Commissioner specifies the day, at most the 60th working day: this is that outer limit',
  ),
  // reg 6: information held outside the UK: as reg 5.
  'foia-overseas': timeForCompliance(
    'foia-overseas',
    'FOIA: information held outside the UK (SI 2004/3364 reg 6)',
    60,
    'the Commissioner specifies the day, at most the 60th working day: this is that outer limit',
  ),
};

export function isRegimeId(id: string): id is RegimeId {
  return (REGIME_IDS as readonly string[]).includes(id);
}

export function getRegime(id: string): Regime {
  if (!isRegimeId(id)) throw new Error(`unknown regime "${id}": use one of ${REGIME_IDS.join(', ')}`);
  return REGIMES[id];
}

const UNIT_WORDS: Record<Period['unit'], [string, string]> = {
  'working-days': ['working day', 'working days'],
  'calendar-days': ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
};

/** '3 months', '60 working days'. */
export function describePeriod(p: Period): string {
  const [one, many] = UNIT_WORDS[p.unit];
  return `${p.n} ${p.n === 1 ? one : many}`;
}

/** The last day of a period that starts the day after `start` (day 0). */
export function endOfPeriod(cal: WorkingDayCalendar, start: IsoDate, p: Period): IsoDate {
  switch (p.unit) {
    case 'working-days':
      return cal.addWorkingDays(start, p.n);
    case 'calendar-days':
      return addDays(start, p.n);
    case 'weeks':
      return addDays(start, 7 * p.n);
    case 'months':
      // "within six months": the corresponding date, clamped to the month's end.
      return addMonths(start, p.n);
  }
}
