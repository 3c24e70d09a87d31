// The records store's tables as Kysely sees them: one schema for SQLite (the embedded
// default) and PostgreSQL. Dates are ISO text (YYYY-MM-DD, sorting as dates), flags are
// integers 0/1 and lists are JSON text, so both engines hold the same values.
export interface CasesTable {
  reference: string;
  workflow_id: string;
  seq: number;
  regime: string;
  received_on: string;
  received_at: string | null;
  channel: string | null;
  summary: string;
  question_count: number;
  officer: string | null;
  approver: string | null;
  approved_by: string | null;
  requester_id: string | null;
  phase: string;
  primary_due: string | null;
  /** The due date lists count by (FoiDueDate): the staff deadline that takes reminders. */
  listed_due: string | null;
  response_due: string | null;
  /** JSON: the live deadlines [{ key, label, due }]. */
  deadlines: string;
  extended: number;
  responded_on: string | null;
  outcome: string | null;
  answered_late: number | null;
  working_days_taken: number | null;
  review_requested_on: string | null;
  review_due: string | null;
  review_completed_on: string | null;
  review_result: string | null;
  review_late: number | null;
  regulator_complaint_on: string | null;
  regulator_reference: string | null;
  regulator_decision: string | null;
  regulator_decided_on: string | null;
  ended_on: string | null;
  end_reason: string | null;
  /** A case opened in error: kept, but counted nowhere. */
  voided: number;
  updated_at: string;
}

export interface CaseExemptionsTable {
  reference: string;
  section: string;
  kind: string;
}

export interface CaseTimelineTable {
  reference: string;
  seq: number;
  on_date: string;
  by_who: string;
  type: string;
  text: string;
}

export interface RequestersTable {
  id: string;
  name: string | null;
  email: string | null;
  /** Lower-cased email, for finding the same requester's other requests. */
  email_key: string | null;
  address: string | null;
  created_at: string;
}

export interface DisposalLogTable {
  reference: string;
  disposed_on: string;
  rule: string;
  action: string;
}

export interface HolidayTablesTable {
  version: number;
  /** JSON: the proclamations document (domain/calendar/proclamations-schema.ts). */
  proclamations: string;
  imported_at: string;
  imported_by: string;
  /** The file or feed it came from. */
  source: string;
  /** Why a person forced an import past its safety checks. */
  reason: string | null;
  /** What changed, in a line: "added 2026-06-15 (scotland)". */
  summary: string;
}

export interface HolidayFeedChecksTable {
  checked_at: string;
  url: string;
  /** 'nothing-new' | 'imported' | 'needs-a-person' | 'failed' */
  outcome: string;
  imported_version: number | null;
  /** JSON: lines describing changes a person must confirm. */
  pending: string;
  /** Why the fetch failed, when it did. */
  error: string | null;
}

export interface SchoolTermsTable {
  version: number;
  /** JSON: the terms [{ from, to, name? }] (domain/calendar/school-terms.ts), checked on import. */
  terms: string;
  imported_at: string;
  imported_by: string;
  /** The file it came from. */
  source: string;
}

export interface SentEmailTable {
  message_id: string;
  /** JSON: the addresses the relay accepted. */
  accepted: string;
  sent_at: string;
}

export interface RecordsDatabase {
  cases: CasesTable;
  case_exemptions: CaseExemptionsTable;
  case_timeline: CaseTimelineTable;
  requesters: RequestersTable;
  disposal_log: DisposalLogTable;
  holiday_tables: HolidayTablesTable;
  holiday_feed_checks: HolidayFeedChecksTable;
  school_terms: SchoolTermsTable;
  sent_email: SentEmailTable;
}
