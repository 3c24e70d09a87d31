// Telling open cases that the holiday table changed: one batch signal on the Temporal
// server over a visibility query (the same job `foi holidays refresh` starts), so it
// carries on however long it takes and whatever happens to this worker. The worker
// supplies the way to start it (it holds the Temporal client).
import { Context } from '@temporalio/activity';

export type StartRefresh = (reason: string, jobId: string) => Promise<string>;

export function createRefreshActivities(startRefresh: StartRefresh) {
  return {
    /** Starts the job; returns its id (Temporal's batch job id, shown by `foi holidays refresh --watch`). */
    async refreshOpenCases(reason: string): Promise<string> {
      // Named after the workflow that asks, so a retried attempt finds its job, not a second one.
      return startRefresh(
        reason,
        `holidays-refresh-${Context.current().info.workflowExecution?.workflowId ?? 'standalone'}`,
      );
    },
  };
}
export type RefreshActivities = ReturnType<typeof createRefreshActivities>;
