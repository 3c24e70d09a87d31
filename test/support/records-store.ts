// A records store for an integration test: a SQLite file of its own in a temporary folder,
// opened on first use. The worker's activities write to it; the CLI under test is pointed
// at the same file through FOI_RECORDS_URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRecords, type RecordsDb } from '../../records/open-records';

export interface TestRecordsStore {
  file: string;
  /** FOI_RECORDS_URL for a process that should share this store. */
  url: string;
  db(): Promise<RecordsDb>;
  close(): Promise<void>;
}

export function tempRecordsStore(): TestRecordsStore {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'foi-test-records-')), 'records.db');
  let opened: Promise<RecordsDb> | undefined;
  return {
    file,
    url: `sqlite:${file}`,
    db: () => (opened ??= openRecords({ kind: 'sqlite', file })),
    async close() {
      if (opened) await (await opened).destroy();
      opened = undefined;
    },
  };
}
