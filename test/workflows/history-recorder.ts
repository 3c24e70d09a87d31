// Histories of real runs are committed under test/histories/ and replayed by the suite,
// so a workflow change that would break open cases fails CI. Set RECORD_HISTORIES=1 to
// write them afresh (after a deliberate, patched() change). They are written decrypted, so
// the replay needs no keys and a reader sees what the case carried.
import fs from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { dataConverterFromEnv } from '../../codec/data-converter';

/** Every payload in the history (inputs, results, failures' encoded attributes), decrypted. */
async function decrypted<T>(node: T): Promise<T> {
  const codec = dataConverterFromEnv().payloadCodecs![0]!;
  const walk = async (value: unknown): Promise<void> => {
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(o)) {
      if (key === 'payloads' && Array.isArray(child)) o[key] = await codec.decode(child as Payload[]);
      else if (key === 'encodedAttributes' && child) o[key] = (await codec.decode([child as Payload]))[0];
      else await walk(child);
    }
  };
  await walk(node);
  return node;
}

export const HISTORIES_DIR = path.resolve(__dirname, '..', 'histories');

export async function maybeRecordHistory(name: string, handle: WorkflowHandle): Promise<number> {
  const history = await handle.fetchHistory();
  const events = history.events?.length ?? 0;
  if (process.env.RECORD_HISTORIES === '1') {
    fs.mkdirSync(HISTORIES_DIR, { recursive: true });
    fs.writeFileSync(path.join(HISTORIES_DIR, `${name}.json`), historyToJSON(await decrypted(history)));
  }
  return events;
}
