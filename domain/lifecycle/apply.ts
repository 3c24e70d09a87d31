// apply(state, event) → the next state. No checks here: decide() made them. Returns a
// new object so the caller's state is never half-updated.
import type { CaseEvent } from './events';
import type { Phase } from './phases';
import { stateAfterReversal } from './reversal';
import type { CaseState } from './state';

/** Where work resumes after a pause or a returned draft. */
function workingPhase(s: CaseState): Phase {
  if (!s.officer) return 'received';
  return s.clock.extendedWorkingDays ? 'extended' : 'in_progress';
}

/** A late request reopens a case its window had closed. */
function reopen(s: CaseState): void {
  s.endedOn = undefined;
  s.endReason = undefined;
  s.closedWindow = undefined;
}

const INFORMATIONAL: readonly CaseEvent['type'][] = [
  'reminderUndeliverable',
  'managerAlert',
  'holidaysRefreshed',
];
/** Notes, and a window closing by itself: a request that came in time but is entered
 * afterwards must still be accepted with its real date. */
const movesNoClock = (e: CaseEvent): boolean =>
  INFORMATIONAL.includes(e.type) || (e.type === 'closed' && Boolean(e.window));

export function apply(prev: CaseState, e: CaseEvent): CaseState {
  const s: CaseState = {
    ...prev,
    clock: { ...prev.clock, feePauses: [...prev.clock.feePauses] },
    events: [...prev.events, e],
    // Notes the system adds (a bounced reminder, a holiday refresh) do not stop an officer
    // from entering, afterwards, a step that happened before them.
    lastEventOn: e.on > prev.lastEventOn && !movesNoClock(e) ? e.on : prev.lastEventOn,
  };
  switch (e.type) {
    case 'opened':
      return s;
    case 'assigned':
      s.officer = e.officer;
      s.approver = e.approver;
      if (s.phase === 'received') s.phase = workingPhase(s);
      return s;
    case 'clarificationRequested':
      s.clarificationRequestedOn = e.on;
      s.phase = 'awaiting_clarification';
      return s;
    case 'clarificationReceived':
      // s1(3): the clarification's receipt is a new day 0; earlier pauses no longer matter.
      s.clock = { clarificationReceivedOn: e.on, feePauses: [] };
      s.feeNoticeOn = undefined; // the clarified request may need its own fees notice
      s.clarificationRequestedOn = undefined;
      s.phase = workingPhase(s);
      return s;
    case 'feesNoticeIssued':
      s.feeNoticeOn = e.on;
      s.clock.feePauses.push({ from: e.on });
      s.phase = 'awaiting_fee';
      return s;
    case 'feePaid': {
      const open = s.clock.feePauses.length - 1;
      s.clock.feePauses[open] = { ...s.clock.feePauses[open]!, to: e.on };
      s.phase = workingPhase(s);
      return s;
    }
    case 'extended':
      s.clock.extendedWorkingDays = e.workingDays;
      if (s.phase === 'in_progress' || s.phase === 'received') s.phase = workingPhase(s);
      return s;
    // While a complaint is with the regulator, a disclosure's drafts do not change the phase.
    case 'draftSubmitted':
      s.draft = { submittedOn: e.on, by: e.by };
      if (s.phase !== 'ico_complaint') s.phase = 'awaiting_approval';
      return s;
    case 'draftApproved':
      s.draft = { ...s.draft!, approvedOn: e.on, approvedBy: e.by };
      if (s.phase !== 'ico_complaint') s.phase = 'approved';
      return s;
    case 'draftReturned':
      s.draft = undefined;
      if (s.phase !== 'ico_complaint') s.phase = workingPhase(s);
      return s;
    case 'responseSent':
      s.draft = undefined;
      if (e.afterReview) {
        s.disclosureDue = undefined;
        s.finalResponseOn = e.on;
        // A complaint already with the regulator carries on; otherwise its window opens.
        s.phase = s.phase === 'ico_complaint' ? 'ico_complaint' : 'ico_window';
      } else {
        s.response = {
          sentOn: e.on,
          outcome: e.outcome,
          exemptions: e.exemptions,
          late: e.late,
          due: e.due,
          workingDaysTaken: e.workingDaysTaken,
        };
        // A late answer to a request whose non-response is already under review: the review goes on.
        s.phase = s.review && !s.review.completedOn ? 'internal_review' : 'review_window';
      }
      return s;
    case 'reviewRequested':
      s.review = { requestedOn: e.on, due: e.due };
      if (e.aboutNonResponse) {
        // The answer is still owed: work on it goes on in the phase it is in.
        s.review.aboutNonResponse = true;
        return s;
      }
      s.phase = 'internal_review';
      reopen(s);
      return s;
    case 'reviewExtended':
      s.review = { ...s.review!, extendedUntil: e.until };
      return s;
    case 'reviewCompleted':
      s.review = { ...s.review!, completedOn: e.on, result: e.result, late: e.late };
      if (s.phase === 'ico_complaint') {
        // A review finished while the regulator already has a complaint: the complaint goes on.
        if (e.disclosureDue) s.disclosureDue = e.disclosureDue;
        else s.finalResponseOn = e.on;
      } else if (e.disclosureDue) {
        s.disclosureDue = e.disclosureDue;
        s.phase = workingPhase(s);
      } else {
        s.finalResponseOn = e.on;
        s.phase = 'ico_window';
      }
      return s;
    case 'icoComplaintReceived':
      s.ico = {
        complaintOn: e.on,
        icoReference: e.icoReference,
        submissionDue: e.submissionDue,
        aboutNonResponse: e.aboutNonResponse,
      };
      // A complaint that no answer came leaves the case where it is: the answer is still owed.
      if (!e.aboutNonResponse) s.phase = 'ico_complaint';
      reopen(s);
      return s;
    case 'icoSubmissionMade':
      s.ico = { ...s.ico!, submittedOn: e.on };
      return s;
    case 'icoDecisionIssued':
      s.ico = {
        ...s.ico!,
        decision: {
          on: e.on,
          noticeReference: e.noticeReference,
          result: e.result,
          steps: e.steps,
          complyBy: e.complyBy,
          appealBy: e.appealBy,
        },
      };
      return s;
    case 'complied':
      s.ico = { ...s.ico!, compliedOn: e.on };
      return s;
    case 'appealLodged':
      s.ico = { ...s.ico!, appeal: { on: e.on, appellant: e.appellant } };
      return s;
    case 'withdrawn':
      s.phase = prev.response ? 'closed' : 'withdrawn';
      s.endedOn = e.on;
      s.endReason = `withdrawn: ${e.reason}`;
      return s;
    case 'lapsed':
      s.phase = 'lapsed';
      s.endedOn = e.on;
      s.endReason = e.reason;
      return s;
    case 'closed':
      s.phase = 'closed';
      s.endedOn = e.on;
      s.endReason = e.reason;
      s.closedWindow = e.window;
      return s;
    case 'voided':
      s.phase = 'voided';
      s.endedOn = e.on;
      s.endReason = `voided: ${e.reason}`;
      s.closedWindow = undefined;
      return s;
    case 'stepReversed':
      return stateAfterReversal(prev, e, apply);
    case 'reminderUndeliverable':
    case 'managerAlert':
    case 'holidaysRefreshed':
      return s;
  }
}

export const applyAll = (s: CaseState, events: readonly CaseEvent[]): CaseState => events.reduce(apply, s);
