// The messages the mail relay has accepted, by Message-ID: a send retried on any worker,
// after a crash that lost the activity's last heartbeat, finds it here and does not send a
// second copy. An operational log, not the case's record: rows older than a week go.
import type { Kysely, Migration } from 'kysely';

export const sentEmail: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sent_email')
      .addColumn('message_id', 'text', (c) => c.primaryKey())
      .addColumn('accepted', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sent_email_sent_at').on('sent_email').column('sent_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('sent_email').execute();
  },
};
