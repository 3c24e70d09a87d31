// What happened to a case. decide() turns a command into events; apply() folds events
// into state; the timeline a person reads is the list of events.
import type { IsoDate } from '../calendar';
import type { CitedExemption } from '../exemptions';
import type { Arrival } from './channels';
import type { DecisionResult, Outcome, ReviewResult } from './outcomes';

interface Base {
  /** The day it happened (London), never later than the day it was recorded. */
  on: IsoDate;
  /** Who recorded it, or 'system' for clocks that ran out. */
  by: string;
}

/** A regulator's decision notice: its steps, and the dates to comply and to appeal by. */
export interface DecisionNotice {
  noticeReference: string;
  result: DecisionResult;
  steps: string[];
  complyBy?: IsoDate;
  appealBy: IsoDate;
}

export type CaseEvent = Base &
  (
    | ({
        type: 'opened';
        reference: string;
        regime: string;
        receivedOn: IsoDate;
        officer?: string;
        approver?: string;
      } & Arrival)
    | { type: 'assigned'; officer: string; approver?: string }
    | { type: 'clarificationRequested'; question: string }
    | { type: 'clarificationReceived' }
    | { type: 'feesNoticeIssued'; amountPence: number }
    | { type: 'feePaid' }
    | { type: 'extended'; reason: string; until: IsoDate; workingDays: number }
    | { type: 'draftSubmitted'; note?: string }
    | { type: 'draftApproved' }
    | { type: 'draftReturned'; comment: string }
    | {
        type: 'responseSent';
        outcome: Outcome;
        exemptions: CitedExemption[];
        publicInterestTest: boolean;
        due: IsoDate;
        late: boolean;
        workingDaysTaken: number;
        afterReview: boolean;
      }
    | {
        type: 'reviewRequested';
        grounds?: string;
        due: IsoDate;
        /** A review of a failure to respond: asked for with no response sent, after its deadline. */
        aboutNonResponse?: boolean;
      }
    | { type: 'reviewExtended'; reason: string; until: IsoDate }
    | { type: 'reviewCompleted'; result: ReviewResult; late: boolean; disclosureDue?: IsoDate }
    | {
        type: 'icoComplaintReceived';
        icoReference: string;
        submissionDue?: IsoDate;
        aboutNonResponse: boolean;
      }
    | { type: 'icoSubmissionMade' }
    | ({ type: 'icoDecisionIssued' } & DecisionNotice)
    | { type: 'complied' }
    | { type: 'appealLodged'; appellant: 'authority' | 'requester' }
    | { type: 'withdrawn'; reason: string }
    | { type: 'lapsed'; reason: string }
    | { type: 'closed'; reason: string; window?: 'review' | 'complaint' }
    /** Opened in error: out of lists and statistics, its history kept for audit. */
    | { type: 'voided'; reason: string }
    /** The last step recorded by a person, taken back (it stays in the timeline, this line after it). */
    | {
        type: 'stepReversed';
        reason: string;
        step: number;
        stepType: string;
        stepOn: IsoDate;
        /** The reversed step's timeline line, so the reversal reads on its own. */
        stepText: string;
      }
    | { type: 'reminderUndeliverable'; reminder: string; reason: string }
    /** What became of the alert to the manager about an undeliverable reminder. */
    | { type: 'managerAlert'; reminder: string; refused?: string }
    | {
        type: 'holidaysRefreshed';
        confirmedThroughYear: number;
        /** The records store's version of the table now in use. */
        version?: number;
        /** Deadlines the new table moved, and the holidays that moved them. */
        moved?: { label: string; from: IsoDate; to: IsoDate }[];
        because?: string[];
      }
  );
