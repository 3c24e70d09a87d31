// SQLite's prepared statements kept by their SQL text. Kysely's SQLite driver prepares every
// query afresh, and a case's record write runs the same few statements each time: preparing
// them cost about 0.6 ms of each case start on the worker's main thread (issue 15, CPU profile).
import type { SqliteDatabase } from 'kysely';

type Prepared = ReturnType<SqliteDatabase['prepare']>;

/** Distinct statements kept: the store's code has fewer; lists of varying length (`in (?, ?)`)
 * could make more, and the oldest is dropped then. */
export const STATEMENTS_KEPT = 500;

/** The database as kysely sees it, with each SQL text prepared once. A statement is reused
 * only under kysely's connection lock, so never while another use of it is running. */
export function withStatementCache(database: SqliteDatabase): SqliteDatabase & { cached(): number } {
  const statements = new Map<string, Prepared>();
  return {
    close: () => database.close(),
    prepare(sql: string): Prepared {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        statements.set(sql, statement);
        if (statements.size > STATEMENTS_KEPT) statements.delete(statements.keys().next().value as string);
      }
      return statement;
    },
    cached: () => statements.size,
  };
}
