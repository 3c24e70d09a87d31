// Everything the case page shows: the case's own status and timeline (its queries), its
// summary (memo), and the counting behind the response date (the same deadline rules
// `foi due --explain` prints).
import {
  divisionLabel,
  MAX_YEAR,
  MIN_YEAR,
  WorkingDayCalendar,
  yearOf,
  type IsoDate,
} from '../domain/calendar';
import { responseDeadline, type FeePause } from '../domain/deadlines';
import type { CaseStatus, TimelineEntry } from '../domain/lifecycle';
import { answerTimingText, deadlineStandingText } from '../domain/lifecycle/deadline-wording';
import { getRegime } from '../domain/regimes';
import { fetchStatus, fetchTimeline } from '../client/case-calls';
import { summariesOf } from '../records/case-reads';
import { regimeOn } from '../domain/regime-variations';
import { currentSchoolTerms } from '../records/school-terms';
import type { SchoolTerms } from '../domain/calendar/school-terms';
import type { RecordsDb } from '../records/open-records';
import type { Session } from '../client/connect';
import { holidayTable } from '../client/calendars';
import { mailOutageText } from '../client/words';

export interface DueExplanation {
  regimeTitle: string;
  workingDays: number;
  places: string;
  start: IsoDate;
  due: IsoDate | null;
  days: { date: IsoDate; text: string; counted: boolean }[];
  extendedNote?: string;
}

export interface CaseView {
  status: CaseStatus;
  timeline: TimelineEntry[];
  summary?: string;
  explanation?: DueExplanation;
  /** Each live deadline's standing in words, as `foi status` prints it. */
  standings: string[];
  /** "answered on time, day 20 of 20", once the response is sent. */
  responseTiming?: string;
  /** "not delivered since ... ; retrying" while a mail outage holds the case's email. */
  mailOutage?: string;
}

/** The response clock as the timeline records it: a clarification restarts it, fees pause it. */
function clockFrom(status: CaseStatus, timeline: TimelineEntry[]) {
  let clarified: IsoDate | undefined;
  const feePauses: FeePause[] = [];
  for (const t of timeline) {
    if (t.type === 'clarificationReceived') clarified = t.on;
    if (t.type === 'feesNoticeIssued') feePauses.push({ from: t.on });
    if (t.type === 'feePaid' && feePauses.length > 0) feePauses[feePauses.length - 1]!.to = t.on;
  }
  return { receivedOn: status.receivedOn, clarificationReceivedOn: clarified, feePauses, extended: false };
}

export function explainDue(
  status: CaseStatus,
  timeline: TimelineEntry[],
  schoolTerms?: SchoolTerms,
): DueExplanation | undefined {
  // The law in force on the day of the answer, or today while none was sent (regime-variations.ts).
  const regime = regimeOn(getRegime(status.regime), status.response?.sentOn ?? status.today);
  const clock = clockFrom(status, timeline);
  const y = yearOf(clock.clarificationReceivedOn ?? clock.receivedOn);
  const cal = WorkingDayCalendar.fromTable(
    holidayTable(Math.max(MIN_YEAR, y - 1), Math.min(MAX_YEAR, y + 2)),
    regime.divisions,
  );
  const r = responseDeadline(cal, regime, clock, schoolTerms);
  const days = [
    ...r.explanation.counted.map((c) => ({ date: c.date, text: `working day ${c.n}`, counted: true })),
    ...r.explanation.skipped.map((s) => ({ date: s.date, text: `not counted: ${s.reason}`, counted: false })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  const extended = timeline.filter((t) => t.type === 'extended').at(-1);
  return {
    regimeTitle: regime.title,
    workingDays: r.workingDays,
    places: regime.divisions.map(divisionLabel).join(', '),
    start: r.start,
    due: r.due,
    days,
    extendedNote: extended ? extended.text : undefined,
  };
}

export async function loadCase(s: Session, db: RecordsDb, reference: string): Promise<CaseView> {
  const [status, timeline, summary] = await Promise.all([
    fetchStatus(s, reference),
    fetchTimeline(s, reference),
    summariesOf(db, [reference]).then((m) => m.get(reference)),
  ]);
  // A schools' case counts school days (SI 2004/3364 reg 3) with the term dates it fetched,
  // which may be older than the newest import until it is refreshed.
  const schoolTerms =
    status.schoolTermsVersion === undefined
      ? undefined
      : await currentSchoolTerms(db, status.schoolTermsVersion);
  return {
    status,
    timeline,
    summary,
    explanation: explainDue(status, timeline, schoolTerms),
    standings: status.deadlines.map((d) => deadlineStandingText(d, status.enteredOn)),
    responseTiming: status.responseDays && answerTimingText(status.responseDays),
    mailOutage: status.mailOutage && mailOutageText(status.mailOutage),
  };
}
