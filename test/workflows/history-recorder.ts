// Histories of real runs are committed under test/histories/ and replayed by the suite,
// so a workflow change that would break open cases fails CI. Set RECORD_HISTORIES=1 to
// write them afresh (after a deliberate, patched() change).
import fs from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

export const HISTORIES_DIR = path.resolve(__dirname, '..', 'histories');

export async function maybeRecordHistory(name: string, handle: WorkflowHandle): Promise<number> {
  const history = await handle.fetchHistory();
  const events = history.events?.length ?? 0;
  if (process.env.RECORD_HISTORIES === '1') {
    fs.mkdirSync(HISTORIES_DIR, { recursive: true });
    fs.writeFileSync(path.join(HISTORIES_DIR, `${name}.json`), historyToJSON(history));
  }
  return events;
}
