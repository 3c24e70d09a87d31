// The first schema: cases, their exemptions and timelines, requesters, the disposal log.
// Written with Kysely's schema builder so the same migration runs on SQLite and PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const caseRecords: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('requesters')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text')
      .addColumn('email', 'text')
      .addColumn('email_key', 'text')
      .addColumn('address', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('requesters_email_key').on('requesters').column('email_key').execute();

    await db.schema
      .createTable('cases')
      .addColumn('reference', 'text', (c) => c.primaryKey())
      .addColumn('workflow_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('regime', 'text', (c) => c.notNull())
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text')
      .addColumn('channel', 'text')
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('question_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('officer', 'text')
      .addColumn('approver', 'text')
      .addColumn('approved_by', 'text')
      .addColumn('requester_id', 'text', (c) => c.references('requesters.id').onDelete('set null'))
      .addColumn('phase', 'text', (c) => c.notNull())
      .addColumn('primary_due', 'text')
      .addColumn('response_due', 'text')
      .addColumn('deadlines', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('extended', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('responded_on', 'text')
      .addColumn('outcome', 'text')
      .addColumn('answered_late', 'integer')
      .addColumn('working_days_taken', 'integer')
      .addColumn('review_requested_on', 'text')
      .addColumn('review_due', 'text')
      .addColumn('review_completed_on', 'text')
      .addColumn('review_result', 'text')
      .addColumn('review_late', 'integer')
      .addColumn('regulator_complaint_on', 'text')
      .addColumn('regulator_reference', 'text')
      .addColumn('regulator_decision', 'text')
      .addColumn('regulator_decided_on', 'text')
      .addColumn('ended_on', 'text')
      .addColumn('end_reason', 'text')
      .addColumn('voided', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // Statistics count a period's receipts; disposal looks for ended cases; lists by officer.
    await db.schema.createIndex('cases_received_on').on('cases').columns(['received_on', 'regime']).execute();
    await db.schema.createIndex('cases_ended_on').on('cases').column('ended_on').execute();
    await db.schema.createIndex('cases_requester').on('cases').column('requester_id').execute();

    await db.schema
      .createTable('case_exemptions')
      .addColumn('reference', 'text', (c) => c.notNull().references('cases.reference').onDelete('cascade'))
      .addColumn('section', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('case_exemptions_pk', ['reference', 'section'])
      .execute();

    await db.schema
      .createTable('case_timeline')
      .addColumn('reference', 'text', (c) => c.notNull().references('cases.reference').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('on_date', 'text', (c) => c.notNull())
      .addColumn('by_who', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('case_timeline_pk', ['reference', 'seq'])
      .execute();

    await db.schema
      .createTable('disposal_log')
      .addColumn('reference', 'text', (c) => c.primaryKey()) // a record is disposed of once
      .addColumn('disposed_on', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['disposal_log', 'case_timeline', 'case_exemptions', 'cases', 'requesters'])
      await db.schema.dropTable(t).execute();
  },
};
