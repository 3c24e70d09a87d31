// The bank-holiday table as running reference data: each import is a new version (the
// proclamations document as JSON, who imported it, when, from what and why), so a case's
// status can say which version its deadlines use and the history of changes is kept.
import type { Kysely, Migration } from 'kysely';

export const holidayTables: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('holiday_tables')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('proclamations', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('summary', 'text', (c) => c.notNull())
      .execute();
    // Each daily fetch of the official feed: what it found, and what waits for a person.
    await db.schema
      .createTable('holiday_feed_checks')
      .addColumn('checked_at', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('imported_version', 'integer')
      .addColumn('pending', 'text', (c) => c.notNull())
      .addColumn('error', 'text')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('holiday_feed_checks').execute();
    await db.schema.dropTable('holiday_tables').execute();
  },
};
