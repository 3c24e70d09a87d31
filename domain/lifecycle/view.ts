// What a person sees of a case: the status query's answer and the timeline's lines.
// Applicant-blind: nothing about the requester appears here.
import { formatLongDate, type IsoDate } from '../calendar/dates';
import { lateRequestsUntil, liveDeadlines, primaryDeadline, responseDue } from './case-deadlines';
import { RECEIVED_BY, type Arrival } from './channels';
import type { RuleContext } from './context';
import { responseDays, shownDeadlines, type AnswerDays, type ShownDeadline } from './deadline-wording';
import type { CaseEvent } from './events';
import { PHASE_LABELS, type Phase } from './phases';
import type { PlannedReminder } from './reminders';
import { responseTimeText } from './response-time';
import type { CaseState } from './state';

export interface CaseStatus extends Arrival {
  reference: string;
  regime: string;
  regimeTitle: string;
  phase: Phase;
  phaseLabel: string;
  receivedOn: IsoDate;
  officer?: string;
  approver?: string;
  clock: 'running' | 'stopped: awaiting clarification' | 'paused: awaiting fee' | 'not running';
  deadlines: ShownDeadline[];
  /** The date lists sort by: the first deadline staff must meet. */
  primaryDue?: IsoDate;
  responseDue?: IsoDate;
  /** The response's working days, taken of allowed ("answered on time, day 20 of 20"). */
  responseDays?: AnswerDays;
  /** How the response time is counted where the authority's own data decides it (schools). */
  responseTime?: string;
  /** The records store's version of the term dates a schools' case counts with. */
  schoolTermsVersion?: number;
  /** The day the case was opened in the system (the workflow adds it): a deadline that had
   * passed before then was not missed while the case was tracked here. */
  enteredOn?: IsoDate;
  nextReminder?: { at: string; kind: string; what: string; due: IsoDate };
  response?: CaseState['response'];
  review?: CaseState['review'];
  ico?: CaseState['ico'];
  endedOn?: IsoDate;
  endReason?: string;
  /** A case its window closed still takes a late review request or complaint until then. */
  lateRequestsUntil?: IsoDate;
  today: IsoDate;
  provisionalHolidays: boolean;
  /** The records store's version of the holiday table the deadlines are counted with. */
  holidayTableVersion?: number;
  /** The case's email held by a mail outage (the workflow adds it; not a rule of the law). */
  mailOutage?: { since: string; reason: string };
}

function clockState(s: CaseState): CaseStatus['clock'] {
  if (s.phase === 'awaiting_clarification') return 'stopped: awaiting clarification';
  if (s.phase === 'awaiting_fee') return 'paused: awaiting fee';
  if (
    ['received', 'in_progress', 'extended', 'awaiting_approval', 'approved', 'internal_review'].includes(
      s.phase,
    )
  )
    return 'running';
  return 'not running';
}

export function caseStatus(s: CaseState, ctx: RuleContext, next?: PlannedReminder): CaseStatus {
  const deadlines = shownDeadlines(liveDeadlines(s, ctx), s, ctx);
  const opened = s.events[0]?.type === 'opened' ? s.events[0] : undefined;
  return {
    reference: s.reference,
    regime: s.regime,
    regimeTitle: ctx.regime.title,
    phase: s.phase,
    phaseLabel: PHASE_LABELS[s.phase],
    receivedOn: s.receivedOn,
    receivedAt: opened?.receivedAt,
    channel: opened?.channel,
    questionCount: opened?.questionCount,
    officer: s.officer,
    approver: s.approver,
    clock: clockState(s),
    deadlines,
    primaryDue: primaryDeadline(s, ctx)?.due,
    responseDue: s.disclosureDue ?? s.response?.due ?? responseDue(s, ctx) ?? undefined,
    responseDays: responseDays(s, ctx),
    responseTime: responseTimeText(ctx),
    schoolTermsVersion: ctx.schoolTerms?.version,
    nextReminder: next && {
      at: new Date(next.at).toISOString(),
      kind: next.kind,
      what: next.what,
      due: next.due,
    },
    response: s.response,
    review: s.review,
    ico: s.ico,
    endedOn: s.endedOn,
    endReason: s.endReason,
    lateRequestsUntil: lateRequestsUntil(s, ctx) ?? undefined,
    today: ctx.today,
    provisionalHolidays: deadlines.some((d) => ctx.cal.isProvisional(d.due)),
    holidayTableVersion: ctx.cal.tableVersion,
  };
}

/** ' by email at 14:05, 3 questions': how a request arrived, as far as it was recorded. */
function arrival(e: Extract<CaseEvent, { type: 'opened' }>): string {
  const how = e.channel ? ` ${RECEIVED_BY[e.channel]}` : '';
  const at = e.receivedAt ? ` at ${e.receivedAt}` : '';
  const n = e.questionCount;
  return `${how}${at}${n ? `, ${n} question${n === 1 ? '' : 's'}` : ''}`;
}

const pounds = (pence: number): string => `£${(pence / 100).toFixed(2)}`;

/** One line a person can read, e.g. "extended to Tue 24 Jul 2018: public interest test". */
export function describeEvent(e: CaseEvent): string {
  switch (e.type) {
    case 'opened':
      return `request received (${e.regime.toUpperCase()})${arrival(e)}${e.officer ? `, case officer ${e.officer}` : ''}`;
    case 'assigned':
      return `assigned to ${e.officer}${e.approver ? `, approver ${e.approver}` : ''}`;
    case 'clarificationRequested':
      return `clarification requested; clock stopped: ${e.question}`;
    case 'clarificationReceived':
      return 'clarification received; the response clock starts again from this day (s1(3))';
    case 'feesNoticeIssued':
      return `fees notice issued for ${pounds(e.amountPence)}; clock paused`;
    case 'feePaid':
      return 'fee paid; clock restarted';
    case 'extended':
      return `deadline extended to ${formatLongDate(e.until)}: ${e.reason}`;
    case 'draftSubmitted':
      return `draft submitted for approval${e.note ? `: ${e.note}` : ''}`;
    case 'draftApproved':
      return 'draft approved';
    case 'draftReturned':
      return `draft returned: ${e.comment}`;
    case 'responseSent': {
      const cited = e.exemptions.map((x) => `${x.section} (${x.kind})`).join(', ');
      const timing = e.late
        ? `LATE (due ${formatLongDate(e.due)})`
        : `on time (due ${formatLongDate(e.due)})`;
      return `${e.afterReview ? 'disclosure after review' : 'response'} sent: ${e.outcome}${cited ? `, citing ${cited}` : ''}; ${timing}, ${e.workingDaysTaken} working days`;
    }
    case 'reviewRequested':
      return `internal review${e.aboutNonResponse ? ' of the failure to respond' : ''} requested; due ${formatLongDate(e.due)}`;
    case 'reviewExtended':
      return `internal review extended to ${formatLongDate(e.until)}: ${e.reason}`;
    case 'reviewCompleted':
      return `internal review completed: ${e.result}${e.late ? ' (late)' : ''}${e.disclosureDue ? `; disclose by ${formatLongDate(e.disclosureDue)}` : ''}`;
    case 'icoComplaintReceived':
      return `complaint to the regulator${e.aboutNonResponse ? ' that no response was sent' : ''}, reference ${e.icoReference}${e.submissionDue ? `; submission due ${formatLongDate(e.submissionDue)}` : ''}`;
    case 'icoSubmissionMade':
      return 'submission sent to the regulator';
    case 'icoDecisionIssued':
      return `decision notice ${e.noticeReference}: ${e.result}${e.complyBy ? `; ${e.steps.length} step${e.steps.length === 1 ? '' : 's'} by ${formatLongDate(e.complyBy)}` : ''}; appeal by ${formatLongDate(e.appealBy)}`;
    case 'complied':
      return 'decision notice steps complied with';
    case 'appealLodged':
      return `appeal to the tribunal lodged by the ${e.appellant}`;
    case 'withdrawn':
      return `withdrawn: ${e.reason}`;
    case 'lapsed':
      return `lapsed: ${e.reason}`;
    case 'closed':
      return `closed: ${e.reason}`;
    case 'voided':
      return `voided (opened in error): ${e.reason}`;
    case 'stepReversed':
      return `reversed the step of ${formatLongDate(e.stepOn)}, "${e.stepText}": ${e.reason}`;
    case 'reminderUndeliverable':
      return `reminder could not be delivered (${e.reminder}): ${e.reason}`;
    case 'managerAlert':
      return e.refused
        ? `the alert to the manager about ${e.reminder} was refused too: ${e.refused}`
        : `manager alerted that ${e.reminder} could not be delivered`;
    case 'holidaysRefreshed':
      return refreshText(e);
  }
}

function refreshText(e: Extract<CaseEvent, { type: 'holidaysRefreshed' }>): string {
  const table = `bank holiday table${e.version !== undefined ? ` version ${e.version}` : ''} (confirmed through ${e.confirmedThroughYear})`;
  if (!e.moved?.length) return `${table} refreshed; deadlines recomputed, none moved`;
  const moves = e.moved.map(
    (m) => `${m.label} moved from ${formatLongDate(m.from)} to ${formatLongDate(m.to)}`,
  );
  const because = e.because?.length ? `, because of: ${e.because.join('; ')}` : '';
  return `${table}: ${moves.join('; ')}${because}`;
}

export interface TimelineEntry {
  on: IsoDate;
  by: string;
  type: CaseEvent['type'];
  text: string;
}

export const timeline = (s: CaseState): TimelineEntry[] =>
  s.events.map((e) => ({ on: e.on, by: e.by, type: e.type, text: describeEvent(e) }));
