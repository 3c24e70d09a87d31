// A school's term dates (SI 2004/3364 reg 3: the schools' 20 school days), kept like the
// holiday table: each import a numbered version with who imported it, when and from what,
// so a case's status can say which term dates its deadline uses.
import type { Kysely, Migration } from 'kysely';

export const schoolTerms: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('school_terms')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('terms', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('school_terms').execute();
  },
};
