// What the records store keeps of a case (the authority's record, which outlives the
// workflow): built from the state by the workflow at every change and written by an
// idempotent activity. Pure data, no requester details: the case links to them by id.
import type { IsoDate } from '../calendar/dates';
import type { CitedExemption } from '../exemptions';
import { listedDue, liveDeadlines, primaryDeadline, responseDue, type Deadline } from './case-deadlines';
import type { RuleContext } from './context';
import type { Phase } from './phases';
import type { OpenCase } from './open-case';
import { initialState, type CaseState } from './state';
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
  /** What lists count by (listedDue in case-deadlines.ts). */
  listedDue?: IsoDate;
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

/** The response, review and regulator parts of a record, from the state or from a status
 * (which carries the same three parts), so a rebuilt record says what a written one does. */
export function outcomesRecordOf(s: Pick<CaseState, 'response' | 'review' | 'ico'>) {
  const { response, review, ico } = s;
  return {
    response: response && {
      sentOn: response.sentOn,
      outcome: response.outcome,
      exemptions: response.exemptions,
      late: response.late,
      workingDaysTaken: response.workingDaysTaken,
    },
    review: review && {
      requestedOn: review.requestedOn,
      due: review.extendedUntil ?? review.due,
      completedOn: review.completedOn,
      result: review.result,
      late: review.late,
    },
    regulator: ico && {
      complaintOn: ico.complaintOn,
      reference: ico.icoReference,
      decision: ico.decision?.result,
      decidedOn: ico.decision?.on,
    },
  } satisfies Pick<CaseRecord, 'response' | 'review' | 'regulator'>;
}

/** The record of a case about to open (sequence 0): it reserves the reference in the store
 * and carries the summary at once; the workflow's first write, a moment later, replaces it. */
export function openingRecordOf(input: OpenCase, workflowId: string): CaseRecord {
  const s = initialState(input);
  return {
    reference: s.reference,
    workflowId,
    seq: 0,
    regime: s.regime,
    receivedOn: s.receivedOn,
    receivedAt: input.receivedAt,
    channel: input.channel,
    summary: input.summary,
    questionCount: input.questions.length,
    officer: s.officer,
    approver: s.approver,
    requesterId: input.requesterId,
    phase: s.phase,
    deadlines: [],
    extended: false,
    timeline: [],
  };
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
    listedDue: listedDue(s, ctx),
    responseDue: s.disclosureDue ?? s.response?.due ?? responseDue(s, ctx) ?? undefined,
    deadlines: liveDeadlines(s, ctx).map(({ key, label, due }) => ({ key, label, due })),
    extended: Boolean(s.clock.extendedWorkingDays),
    ...outcomesRecordOf(s),
    endedOn: s.endedOn,
    endReason: s.endReason,
    timeline: timeline(s).map((t, seq) => ({ ...t, seq })),
  };
}
