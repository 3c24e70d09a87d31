// Telling open cases that the holiday table changed: one batch signal on the Temporal
// server over a visibility query (the same job `foi holidays refresh` starts), so it
// carries on however long it takes and whatever happens to this worker. The worker
// supplies the way to start it (it holds the Temporal client).
export type StartRefresh = (reason: string) => Promise<string>;

export function createRefreshActivities(startRefresh: StartRefresh) {
  return {
    /** Starts the job; returns its id (Temporal's batch job id, shown by `foi holidays refresh --watch`). */
    async refreshOpenCases(reason: string): Promise<string> {
      return startRefresh(reason);
    },
  };
}
export type RefreshActivities = ReturnType<typeof createRefreshActivities>;
