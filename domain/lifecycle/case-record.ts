// What the records store keeps of a case (the authority's record, which outlives the
// workflow): built from the state by the workflow at every change and written by an
// idempotent activity. Pure data, no requester details: the case links to them by id.
import type { IsoDate } from '../calendar/dates';
import type { CitedExemption } from '../exemptions';
import { liveDeadlines, primaryDeadline, responseDue, type Deadline } from './case-deadlines';
import type { RuleContext } from './context';
import type { Phase } from './phases';
import type { CaseState } from './state';
import { timeline, type TimelineEntry } from './view';

export interface CaseRecord {
  reference: string;
  workflowId: string;
  /** Events applied so far: a write with a lower sequence than the stored one is stale. */
  seq: number;
  regime: string;
  receivedOn: IsoDate;
  receivedAt?: string;
  channel?: string;
  summary: string;
  questionCount: number;
  officer?: string;
  approver?: string;
  approvedBy?: string;
  requesterId?: string;
  phase: Phase;
  primaryDue?: IsoDate;
  responseDue?: IsoDate;
  deadlines: Pick<Deadline, 'key' | 'label' | 'due'>[];
  extended: boolean;
  response?: {
    sentOn: IsoDate;
    outcome: string;
    exemptions: CitedExemption[];
    late: boolean;
    workingDaysTaken: number;
  };
  review?: { requestedOn: IsoDate; due: IsoDate; completedOn?: IsoDate; result?: string; late?: boolean };
  regulator?: { complaintOn: IsoDate; reference: string; decision?: string; decidedOn?: IsoDate };
  endedOn?: IsoDate;
  endReason?: string;
  /** Every timeline line, numbered from 0: the store keeps each number once. */
  timeline: (TimelineEntry & { seq: number })[];
}

/** The details that are not in the state: how the request arrived and who asked. */
export interface CaseRecordExtras {
  workflowId: string;
  summary: string;
  receivedAt?: string;
  channel?: string;
  questionCount: number;
  requesterId?: string;
}

export function caseRecordOf(s: CaseState, ctx: RuleContext, extras: CaseRecordExtras): CaseRecord {
  return {
    reference: s.reference,
    ...extras,
    seq: s.events.length,
    regime: s.regime,
    receivedOn: s.receivedOn,
    officer: s.officer,
    approver: s.approver,
    approvedBy: s.draft?.approvedBy,
    phase: s.phase,
    primaryDue: primaryDeadline(s, ctx)?.due,
    responseDue: s.disclosureDue ?? s.response?.due ?? responseDue(s, ctx) ?? undefined,
    deadlines: liveDeadlines(s, ctx).map(({ key, label, due }) => ({ key, label, due })),
    extended: Boolean(s.clock.extendedWorkingDays),
    response: s.response && {
      sentOn: s.response.sentOn,
      outcome: s.response.outcome,
      exemptions: s.response.exemptions,
      late: s.response.late,
      workingDaysTaken: s.response.workingDaysTaken,
    },
    review: s.review && {
      requestedOn: s.review.requestedOn,
      due: s.review.extendedUntil ?? s.review.due,
      completedOn: s.review.completedOn,
      result: s.review.result,
      late: s.review.late,
    },
    regulator: s.ico && {
      complaintOn: s.ico.complaintOn,
      reference: s.ico.icoReference,
      decision: s.ico.decision?.result,
      decidedOn: s.ico.decision?.on,
    },
    endedOn: s.endedOn,
    endReason: s.endReason,
    timeline: timeline(s).map((t, seq) => ({ ...t, seq })),
  };
}
