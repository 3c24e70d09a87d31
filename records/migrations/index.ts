// Every migration, in order: named so they sort, never edited once released (a change to
// the schema is a new migration).
import type { Migration } from 'kysely';
import { caseRecords } from './0001-case-records';
import { holidayTables } from './0002-holiday-tables';
import { listedDue } from './0003-listed-due';
import { schoolTerms } from './0004-school-terms';
import { sentEmail } from './0005-sent-email';

export const MIGRATIONS: Record<string, Migration> = {
  '0001-case-records': caseRecords,
  '0002-holiday-tables': holidayTables,
  '0003-listed-due': listedDue,
  '0004-school-terms': schoolTerms,
  '0005-sent-email': sentEmail,
};
