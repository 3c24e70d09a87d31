// The one-line summary of a case in its workflow memo, so lists show it from the
// visibility record (no query to each case). Set when the case starts; nothing in it
// identifies the requester (the summary is "what is asked, no personal details").
import type { WorkflowExecutionInfo } from '@temporalio/client';
import type { OpenCase } from '../domain/lifecycle';
import { sdk } from './temporal-sdk';
import type { Session } from './connect';
import { withDeadline } from './deadline';
import { workflowIdFor } from '../domain/lifecycle';
import { WORKFLOW_TYPE } from '../workflows/definitions';

export const SUMMARY_MEMO_KEY = 'summary';

export function summaryOf(info: Pick<WorkflowExecutionInfo, 'memo'>): string | undefined {
  const v = info.memo?.[SUMMARY_MEMO_KEY];
  return typeof v === 'string' ? v : undefined;
}

/** case-calls.ts startCase with the summary in the memo; false when the reference exists.
 * (To fold into startCase, so that cases opened with `foi open` carry it too.) */
export async function startCaseWithSummary(s: Session, input: OpenCase): Promise<boolean> {
  try {
    await withDeadline(s, () =>
      s.client.workflow.start(WORKFLOW_TYPE, {
        workflowId: workflowIdFor(input.reference),
        taskQueue: s.config.taskQueue,
        args: [input],
        memo: { [SUMMARY_MEMO_KEY]: input.summary },
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    );
    return true;
  } catch (err) {
    if (err instanceof sdk().WorkflowExecutionAlreadyStartedError) return false;
    throw err;
  }
}

/** The summary of one case (its memo), or undefined when it has none. */
export async function fetchSummary(s: Session, reference: string): Promise<string | undefined> {
  const d = await withDeadline(s, () => s.client.workflow.getHandle(workflowIdFor(reference)).describe());
  return summaryOf(d);
}
