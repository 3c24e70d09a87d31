// The date a case is listed and counted by (the FoiDueDate search attribute's value: the
// staff deadline that takes reminders), so the manager's caseload can be counted in SQL.
import type { Kysely, Migration } from 'kysely';

export const listedDue: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('cases').addColumn('listed_due', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('cases').dropColumn('listed_due').execute();
  },
};
