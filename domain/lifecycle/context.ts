// What the rules need besides the case: today's date in London, the working-day
// calendar of the case's regime (built from holiday data that entered the workflow
// through an activity) and the regime's numbers.
import type { IsoDate } from '../calendar/dates';
import type { SchoolTerms } from '../calendar/school-terms';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { Regime } from '../regimes';

export interface RuleContext {
  today: IsoDate;
  cal: WorkingDayCalendar;
  regime: Regime;
  /** A school's term dates (foia-schools, SI 2004/3364 reg 3), from the records store through
   * an activity; absent: the regime's plain working-day count. */
  schoolTerms?: SchoolTerms;
  /** The day of the step being decided (decide sets it): a time limit is read as the law
   * stood that day (regime-variations.ts); absent, today. */
  stepOn?: IsoDate;
  /** This case's fixed offset from the reminder time of day (reminder-spread.ts); 0 when absent. */
  reminderOffsetMinutes?: number;
  /** Rules as they stood when a case already running started, so that its history replays
   * unchanged (the workflow sets this from patched()); absent for new cases and in tests. */
  legacy?: {
    /** Before FOISA s20(5) was applied: the review window ran from the response date. */
    reviewWindowFromResponse?: boolean;
    /** Before FOISA s47(1) was applied to a non-response: the application needed no review. */
    foisaComplaintWithoutReview?: boolean;
    /** Before the named-approver rule: anyone but the draft's author could approve or return it. */
    approveByAnyone?: true;
  };
}
