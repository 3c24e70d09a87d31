// The case as the rules see it: everything decide() needs, nothing it can derive.
import type { IsoDate } from '../calendar';
import type { CitedExemption } from '../exemptions';
import type { CaseEvent, DecisionNotice } from './events';
import type { OpenCase } from './open-case';
import type { Outcome, ReviewResult } from './outcomes';
import type { Phase } from './phases';
import type { CaseSettings } from './settings';

type OpenedEvent = Extract<CaseEvent, { type: 'opened' }>;

export interface CaseState {
  reference: string;
  regime: string;
  receivedOn: IsoDate;
  settings: CaseSettings;
  phase: Phase;
  officer?: string;
  approver?: string;
  /** The response clock: clarification restarts it (s1(3)), fees pause it (s10(2)). */
  clock: {
    clarificationReceivedOn?: IsoDate;
    feePauses: { from: IsoDate; to?: IsoDate }[];
    /** A notified extension, as its total of working days, so later fee pauses move it too
     * (EIR reg 8(6)); the date itself is derived. */
    extendedWorkingDays?: number;
  };
  clarificationRequestedOn?: IsoDate;
  feeNoticeOn?: IsoDate;
  /** Set when an internal review overturns the answer: a new disclosure deadline runs. */
  disclosureDue?: IsoDate;
  draft?: { submittedOn: IsoDate; by: string; approvedOn?: IsoDate; approvedBy?: string };
  response?: {
    sentOn: IsoDate;
    outcome: Outcome;
    exemptions: CitedExemption[];
    late: boolean;
    due: IsoDate;
    workingDaysTaken: number;
  };
  /** The final response (the original, or the disclosure after an overturned review). */
  finalResponseOn?: IsoDate;
  review?: {
    requestedOn: IsoDate;
    due: IsoDate;
    /** Asked for because no response came in time (the response is still owed). */
    aboutNonResponse?: boolean;
    extendedUntil?: IsoDate;
    completedOn?: IsoDate;
    result?: ReviewResult;
    late?: boolean;
  };
  ico?: {
    complaintOn: IsoDate;
    icoReference: string;
    /** The complaint is that no response was sent in time (s10 / s50): the answer is still owed. */
    aboutNonResponse: boolean;
    submissionDue?: IsoDate;
    submittedOn?: IsoDate;
    decision?: { on: IsoDate } & DecisionNotice;
    compliedOn?: IsoDate;
    appeal?: { on: IsoDate; appellant: 'authority' | 'requester' };
  };
  endedOn?: IsoDate;
  endReason?: string;
  /** Closed because the requester's window ran out: a late request can still reopen it. */
  closedWindow?: 'review' | 'complaint';
  /** Every event, in order: the timeline. */
  events: CaseEvent[];
  /** Date of the latest event: later entries may not be dated before it. */
  lastEventOn: IsoDate;
}

export function initialState(input: OpenCase): CaseState {
  return openedState(
    {
      type: 'opened',
      on: input.receivedOn,
      by: input.openedBy,
      reference: input.reference,
      regime: input.regime,
      receivedOn: input.receivedOn,
      receivedAt: input.receivedAt,
      channel: input.channel,
      questionCount: input.questions.length,
      officer: input.officer,
      approver: input.approver,
    },
    input.settings,
  );
}

/** The state of a case with nothing but its opening: where a case starts, and where its
 * state is worked again from when a step is reversed. */
export function openedState(opened: OpenedEvent, settings: CaseSettings): CaseState {
  return {
    reference: opened.reference,
    regime: opened.regime,
    receivedOn: opened.receivedOn,
    settings,
    phase: opened.officer ? 'in_progress' : 'received',
    officer: opened.officer,
    approver: opened.approver,
    clock: { feePauses: [] },
    events: [opened],
    lastEventOn: opened.receivedOn,
  };
}
