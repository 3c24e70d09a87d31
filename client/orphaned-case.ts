// A case started on a task queue no worker polls (a client with another TEMPORAL_TASK_QUEUE)
// never runs and answers nothing (issue 10 item 9). Told apart from a slow worker by
// describing it: its queue is not ours and nobody polls that queue.
import { workflowIdFor } from '../domain/lifecycle';
import type { Session } from './connect';
import { CliError } from './errors';

// temporal.api.enums.v1: TASK_QUEUE_KIND_NORMAL, TASK_QUEUE_TYPE_WORKFLOW.
const NORMAL = 1;
const WORKFLOW = 1;
const CHECK_MS = 5000;

/** The case is waiting on a queue nobody polls: what it is and how to recover. */
export class OrphanedCaseError extends CliError {
  constructor(reference: string, queue: string, ours: string) {
    super(
      `case ${reference} is waiting on task queue '${queue}', which no worker polls (the worker polls '${ours}'): ` +
        `start a worker on '${queue}' (TEMPORAL_TASK_QUEUE=${queue} npm start) and the case runs; ` +
        `if it was opened in error, then end it with \`foi void ${reference} --reason TEXT\``,
    );
    this.name = 'OrphanedCaseError';
  }
}

/** The error when the case is orphaned; undefined when it is not (or it cannot be told). */
export async function orphanedCase(s: Session, reference: string): Promise<OrphanedCaseError | undefined> {
  const ours = s.config.taskQueue;
  try {
    return await s.client.withDeadline(Date.now() + CHECK_MS, async () => {
      const d = await s.client.workflow.getHandle(workflowIdFor(reference)).describe();
      if (d.status.name !== 'RUNNING' || d.taskQueue === ours) return undefined;
      const { pollers } = await s.client.workflowService.describeTaskQueue({
        namespace: s.config.namespace,
        taskQueue: { name: d.taskQueue, kind: NORMAL },
        taskQueueType: WORKFLOW,
      });
      return pollers.length === 0 ? new OrphanedCaseError(reference, d.taskQueue, ours) : undefined;
    });
  } catch {
    return undefined; // no such case, or the server is away: the call itself says so
  }
}
