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
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('holiday_tables').execute();
  },
};
