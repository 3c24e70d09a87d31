// How a deadline stands, in words, for the CLI and the web alike. A window the law counts
// in calendar days (a decision notice's 35 days, the tribunal's 28, "six weeks", "two
// months") is shown in days, one counted in working days in working days. A deadline that
// had already passed when the case was entered after the fact says so, not "2086 working
// days overdue"; an answer given says what happened: "answered on time, day 20 of 20".
import { compareDates, formatLongDate, toDayNumber, type IsoDate } from '../calendar/dates';
import type { Period } from '../regimes';
import { clockWorkingDaysTo, type Deadline, type DeadlineKey } from './case-deadlines';
import type { RuleContext } from './context';
import type { CaseState } from './state';

export type CountedIn = 'working-days' | 'calendar-days';

export interface ShownDeadline extends Deadline {
  countedIn: CountedIn;
  /** Days from today to the date in the unit it is counted in; negative once passed. */
  daysLeft: number;
}

const inUnit = (p: Period): CountedIn => (p.unit === 'working-days' ? 'working-days' : 'calendar-days');

/** The unit each deadline's period is counted in (its provision is where the date is made:
 * case-deadlines.ts, regimes.ts). */
function countedIn(key: DeadlineKey, s: CaseState, ctx: RuleContext): CountedIn {
  switch (key) {
    case 'compliance': // s50(4): the notice's time, the ICO's 35 calendar days
    case 'appeal-window': // FTT rules r22: 28 days
      return 'calendar-days';
    case 'complaint-window':
      return inUnit(s.settings.complaintWindow ?? ctx.regime.regulator.complaintWindow);
    case 'review-request-window':
      return inUnit(s.settings.reviewRequestWindow ?? ctx.regime.reviewRequestWindow);
    case 'clarification-lapse':
      return inUnit(s.settings.clarificationLapse);
    case 'fee-lapse':
      return inUnit(ctx.regime.feeLapse);
    default:
      return 'working-days';
  }
}

export const calendarDaysBetween = (from: IsoDate, to: IsoDate): number =>
  toDayNumber(to) - toDayNumber(from);

export function shownDeadlines(deadlines: Deadline[], s: CaseState, ctx: RuleContext): ShownDeadline[] {
  return deadlines.map((d) => {
    const unit = countedIn(d.key, s, ctx);
    const daysLeft = unit === 'working-days' ? d.workingDaysLeft : calendarDaysBetween(ctx.today, d.due);
    return { ...d, countedIn: unit, daysLeft };
  });
}

const plural = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`;

/** "3 working days left", "12 days left", "due today", "2 working days overdue", "ended 5 days
 * ago"; a staff deadline that passed before the case was entered (`enteredOn`, the day it
 * was opened in the system): "passed before the case was entered". */
export function deadlineStandingText(
  d: Pick<ShownDeadline, 'due' | 'remind' | 'daysLeft' | 'countedIn'>,
  enteredOn?: IsoDate,
): string {
  const unit = d.countedIn === 'working-days' ? 'working day' : 'day';
  const left = d.daysLeft;
  if (left === 0) return d.remind ? 'due today' : 'ends today';
  if (left > 0) return `${plural(left, unit)} left`;
  if (!d.remind) return `ended ${plural(-left, unit)} ago`;
  if (enteredOn && compareDates(d.due, enteredOn) < 0)
    return `passed before the case was entered (${formatLongDate(enteredOn)}): record what happened`;
  return `${plural(-left, unit)} overdue`;
}

export interface AnswerDays {
  late: boolean;
  /** Working days of the clock used, day 0 excluded, paused days left out (decide.ts). */
  workingDaysTaken: number;
  /** The same count to the day it was due. */
  allowedWorkingDays: number;
}

/** "answered on time, day 20 of 20", "answered late, day 23 of 20". */
export const answerTimingText = (a: AnswerDays): string =>
  `answered ${a.late ? 'late' : 'on time'}, day ${a.workingDaysTaken} of ${a.allowedWorkingDays}`;

/** The response's days: taken as recorded, allowed counted the same way to its due date
 * (from day 0 of the clock, fee pauses left out: s10(2)). */
export function responseDays(s: CaseState, ctx: RuleContext): AnswerDays | undefined {
  const r = s.response;
  if (!r) return undefined;
  return {
    late: r.late,
    workingDaysTaken: r.workingDaysTaken,
    allowedWorkingDays: clockWorkingDaysTo(s, ctx, r.due),
  };
}
