// A case answers queries once its first workflow task has run and its holiday table has
// arrived; until then the server or the workflow says so. Tests wait for it briefly.
import type { WorkflowHandle } from '@temporalio/client';
import type { CaseStatus } from '../../domain/lifecycle';
import { statusQuery } from '../../workflows/definitions';

export async function statusWhenOpen(handle: WorkflowHandle, today?: string): Promise<CaseStatus> {
  let lastError: unknown;
  for (let i = 0; i < 50; i++) {
    try {
      return await handle.query(statusQuery, today);
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw lastError;
}
