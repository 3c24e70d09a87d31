// Opens the records store and brings its schema up to date (versioned migrations, run
// under the migrator's lock, so a worker and a CLI starting together do not race).
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { MIGRATIONS } from './migrations';
import { describeLocation, recordsLocation, type RecordsLocation } from './records-config';
import type { RecordsDatabase } from './schema';
import { withStatementCache } from './statement-cache';

export type RecordsDb = Kysely<RecordsDatabase>;

export class RecordsUnavailable extends Error {
  override name = 'RecordsUnavailable';
}

async function dialectFor(location: RecordsLocation) {
  if (location.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(location.file), { recursive: true });
    const { default: Database } = await import('better-sqlite3');
    const database = new Database(location.file);
    // WAL lets the CLI read while the worker writes; a writer waits for the lock rather than failing.
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    return new SqliteDialect({ database: withStatementCache(database) });
  }
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionString: location.url, max: 10 });
  // An idle connection the server closes (a restart, a failover) is dropped from the pool
  // and the next query opens a new one; unheard, the error would end the process.
  pool.on('error', () => undefined);
  return new PostgresDialect({ pool });
}

export async function openRecords(location: RecordsLocation = recordsLocation()): Promise<RecordsDb> {
  const db = new Kysely<RecordsDatabase>({ dialect: await dialectFor(location) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy().catch(() => undefined);
    const why = error instanceof Error ? error.message : String(error);
    throw new RecordsUnavailable(`records store at ${describeLocation(location)}: ${why}`);
  }
  return db;
}
