// A case's record rebuilt from its workflow (`foi records rebuild`): its status and
// timeline (the workflow's queries) and how it arrived (the input it started with), for
// cases that began before the records store, or a store restored from an older backup.
import { outcomesRecordOf, type CaseRecord } from '../domain/lifecycle/case-record';
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
    listedDue: status.deadlines.find((d) => d.due === status.primaryDue)?.remind
      ? status.primaryDue
      : undefined,
    responseDue: status.responseDue,
    deadlines: status.deadlines.map(({ key, label, due }) => ({ key, label, due })),
    extended: timeline.some((t) => t.type === 'extended'),
    ...outcomesRecordOf(status),
    endedOn: status.endedOn,
    endReason: status.endReason,
    timeline: timeline.map((t, seq) => ({ ...t, seq })),
  };
}
