// A case's record rebuilt from its workflow (`foi records rebuild`): its status and
// timeline (the workflow's queries) and how it arrived (the input it started with), for
// cases that began before the records store, or a store restored from an older backup.
import type { CaseRecord } from '../domain/lifecycle/case-record';
import type { OpenCase } from '../domain/lifecycle/open-case';
import type { CaseStatus, TimelineEntry } from '../domain/lifecycle/view';

export function recordFromWorkflow(
  workflowId: string,
  input: OpenCase,
  status: CaseStatus,
  timeline: TimelineEntry[],
  requesterId: string | undefined,
): CaseRecord {
  return {
    reference: status.reference,
    workflowId,
    seq: timeline.length,
    regime: status.regime,
    receivedOn: status.receivedOn,
    receivedAt: input.receivedAt,
    channel: input.channel,
    summary: input.summary,
    questionCount: input.questions?.length ?? 0,
    officer: status.officer,
    approver: status.approver,
    requesterId,
    phase: status.phase,
    primaryDue: status.primaryDue,
    responseDue: status.responseDue,
    deadlines: status.deadlines.map(({ key, label, due }) => ({ key, label, due })),
    extended: timeline.some((t) => t.type === 'extended'),
    response: status.response,
    review: status.review && {
      requestedOn: status.review.requestedOn,
      due: status.review.extendedUntil ?? status.review.due,
      completedOn: status.review.completedOn,
      result: status.review.result,
      late: status.review.late,
    },
    regulator: status.ico && {
      complaintOn: status.ico.complaintOn,
      reference: status.ico.icoReference,
      decision: status.ico.decision?.result,
      decidedOn: status.ico.decision?.on,
    },
    endedOn: status.endedOn,
    endReason: status.endReason,
    timeline: timeline.map((t, seq) => ({ ...t, seq })),
  };
}
