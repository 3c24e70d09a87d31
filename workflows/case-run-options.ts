// What a case's run starts from: its input, what a previous run carried over, and what
// the release patches decided for it (foi-request.ts).
import type { IsoDate } from '../domain/calendar/dates';
import type { RuleContext } from '../domain/lifecycle/context';
import type { OpenCase } from '../domain/lifecycle/open-case';
import type { CaseState } from '../domain/lifecycle/state';

/** State carried across continue-as-new, so a long case keeps a short history. */
export interface CaseCarryOver {
  state: CaseState;
  remindedUpToMs: number;
  lastCommandAtMs: number;
  /** The day the first run started (runs carried over before this was kept: this run's). */
  enteredOn?: IsoDate;
}

export interface CaseRunOptions {
  input: OpenCase;
  carried?: CaseCarryOver;
  /** Release 2026-11: reminders spread, lean history, the manager alert's outcome recorded. */
  atScale: boolean;
  /** Release 2026-12: the case's record written to the records store at every change. */
  keepsRecords: boolean;
  /** Release 2027-01: people told at once of a new case, an assignment, a draft to approve. */
  notifies: boolean;
  /** Release 2027-02: holiday table and term dates fetched by local activity (a workflow task
   * fewer), for the years the case needs from today, counted from the table alone. */
  holidaysOnDemand: boolean;
  /** Release 2027-03: the patches asked later in a case's life are implied, not asked. */
  laterPatchesImplied: boolean;
  legacy: RuleContext['legacy'];
}
