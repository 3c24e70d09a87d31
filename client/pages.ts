// Listings read visibility a page at a time, and each page's fetch has its own deadline:
// 100,000 cases are 100 calls of a few seconds each, not one 20-second call that a large
// authority outgrows. Callers keep what they need of each record and drop the rest.
import type { WorkflowExecutionInfo } from '@temporalio/client';
import type { Session } from './connect';
import { CALL_SECONDS, withDeadline } from './deadline';
import { CliError } from './errors';
import { NoAnswerError } from './temporal-errors';

/** Calls `visit` with every record `query` matches, in the server's order. */
export async function forEachRecord(
  s: Session,
  query: string,
  visit: (info: WorkflowExecutionInfo) => void | Promise<void>,
  seconds: number = CALL_SECONDS,
): Promise<void> {
  const records = s.client.workflow.list({ query, pageSize: s.pageSize })[Symbol.asyncIterator]();
  try {
    for (;;) {
      // The iterator calls the server only when its page runs out, so the deadline of each
      // next() is in effect the deadline of the page it fetches.
      const next = await withDeadline(s, () => records.next(), seconds).catch((err: unknown) => {
        // A listing needs no worker: a page too slow to come means a busy server.
        if (!(err instanceof NoAnswerError)) throw err;
        throw new CliError(
          `Temporal at ${s.config.address} did not send a page of up to ${s.pageSize} records within ${seconds}s: it may be overloaded; a smaller FOI_PAGE_SIZE asks less of it at a time`,
        );
      });
      if (next.done) return;
      await visit(next.value);
    }
  } finally {
    await records.return?.();
  }
}
