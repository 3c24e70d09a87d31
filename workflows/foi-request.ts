// One durable workflow per information request: a thin, deterministic shell around the
// pure rules in domain/. It takes commands (Updates), answers queries, takes the signal
// that brings a refreshed holiday table, waits for timers (reminders and clocks running
// out) and calls activities (holiday data, email, the case's record), and nothing else.
// The case itself is a CaseRun (case-run.ts); this function decides which rules and
// release patches apply and wires the handlers to it.
import { ApplicationFailure, condition, continueAsNew, patched, setHandler } from '@temporalio/workflow';
import { addDays } from '../domain/calendar/dates';
import { lateRequestsUntil } from '../domain/lifecycle/case-deadlines';
import { COMMAND_TYPES } from '../domain/lifecycle/command-types';
import type { RuleContext } from '../domain/lifecycle/context';
import { checkOpenCase, receiptDateProblem } from '../domain/lifecycle/input-guards';
import type { OpenCaseInput } from '../domain/lifecycle/open-case';
import { isTerminal } from '../domain/lifecycle/phases';
import type { CaseStatus } from '../domain/lifecycle/view';
import { londonDate, londonLocalTime } from '../domain/london-time';
import { CaseRun } from './case-run';
import type { CaseCarryOver } from './case-run-options';
import { commandUpdates, holidaysChangedSignal, statusQuery, timelineQuery } from './definitions';
import { timeline } from '../domain/lifecycle/view';

export type { CaseCarryOver } from './case-run-options';

/** patched() id of the change that keeps window-closed cases open to late requests. */
export const LATE_REQUESTS_PATCH = 'late-requests-after-window';
/**
 * patched() id of the November 2026 release; one id for all its changes, because every patch
 * id costs two history events in every new case. Cases started before it replay as they ran.
 * For scale: each case's reminders at its own minute of a window around the time of day;
 * upserts written only when they change, the memo without the phase; an unchanged timer kept;
 * the outcome of an alert to the manager recorded. From the audit against the statutes
 * (issue 9): FOISA s20(5)'s review window counted from the end of the 20 working days (its
 * closing timer moves); FOISA s47(1) refusing an application about a non-response without a
 * review (an accepted one replays through the same rules); a receipt in the future refused.
 */
export const RELEASE_2026_11_PATCH = 'release-2026-11';
/**
 * patched() id of the December 2026 release, which includes everything of November's: the
 * case's record written to the records store at every change (and no facts memo, which
 * statistics no longer read), and sign-off only by the approver the case names. A new case writes this marker alone (November's is implied),
 * so the release costs no extra history events.
 */
export const RELEASE_2026_12_PATCH = 'release-2026-12';

/**
 * patched() id of the January 2027 release, which includes everything of December's: people
 * told at once (a new case's officer, or the manager when it has none; a newly assigned
 * officer, told when it is already overdue; the approver of a submitted draft), and the
 * receipt confirmation's date received and working days gone.
 */
export const RELEASE_2027_01_PATCH = 'release-2027-01';

/**
 * patched() id of the February 2027 release, which includes everything of January's: the
 * holiday table and term dates fetched by local activity (a marker, not a round trip through
 * the server), so a case opens in two workflow tasks rather than three, and takes a new table
 * in one rather than two; and the table holds the years the case needs from today, counted
 * from it alone, with later years asked for each January (case-calendar.ts), so no holiday
 * rules or data compiled into the workflow decide a new case's dates.
 */
export const RELEASE_2027_02_PATCH = 'release-2027-02';

/**
 * patched() id of the March 2027 release, which includes everything of February's and the
 * four patches asked later in a case's life (search attributes cleared untyped, schools'
 * term dates, a mail outage shown, late requests after the window). A new case writes this one marker, first
 * thing in its first workflow task, and no other. SDK 1.24's core looks for the patch
 * markers of a workflow task only in the page of history it holds: a marker written after a
 * local activity's marker, on the next page, went unseen on replay, and the case could not be
 * replayed (CI, 27 November 2026; test/workflows/history-pages.test.ts).
 */
export const RELEASE_2027_03_PATCH = 'release-2027-03';

export async function foiRequest(rawInput: OpenCaseInput, carried?: CaseCarryOver): Promise<CaseStatus> {
  const parsed = checkOpenCase(rawInput);
  if (!parsed.ok) throw ApplicationFailure.nonRetryable(`invalid case: ${parsed.reason}`, 'InvalidCase');
  const input = parsed.value;
  // Cases that started before these changes keep, when replayed, the history they made.
  const release202703 = patched(RELEASE_2027_03_PATCH);
  const release202702 = release202703 || patched(RELEASE_2027_02_PATCH);
  const release202701 = release202702 || patched(RELEASE_2027_01_PATCH);
  const release202612 = release202701 || patched(RELEASE_2026_12_PATCH);
  const release202611 = release202612 || patched(RELEASE_2026_11_PATCH);
  // A request is not received after the day its case opens (a carried-over case opened long ago).
  const futureReceipt = carried ? undefined : receiptDateProblem(input.receivedOn, londonDate(Date.now()));
  if (release202611 && futureReceipt)
    throw ApplicationFailure.nonRetryable(`invalid case: receivedOn: ${futureReceipt}`, 'InvalidCase');
  // Cases started before a release keep the rules their history was made with.
  const legacy: RuleContext['legacy'] = release202612
    ? undefined
    : {
        approveByAnyone: true,
        ...(release202611 ? {} : { reviewWindowFromResponse: true, foisaComplaintWithoutReview: true }),
      };
  const run = new CaseRun({
    input,
    carried,
    atScale: release202611,
    keepsRecords: release202612,
    notifies: release202701,
    holidaysOnDemand: release202702,
    laterPatchesImplied: release202703,
    legacy,
  });

  // Handlers are registered before the first await (so no command arrives unhandled); until
  // the holiday table has arrived they wait, and queries say the case is opening.
  for (const type of COMMAND_TYPES) {
    setHandler(commandUpdates[type], (payload: unknown) => run.handleCommand(type, payload), {
      validator: (payload: unknown) => run.validateCommand(type, payload),
    });
  }
  setHandler(statusQuery, (today?: string) => run.status(today));
  setHandler(timelineQuery, () => timeline(run.state));
  setHandler(holidaysChangedSignal, () => run.holidaysChanged());

  await run.open();
  for (;;) {
    if ((await run.runUntilTerminal()) === 'continue') {
      await continueAsNew<typeof foiRequest>(rawInput, run.carryOver());
    }
    // A case closed because a requester's window ran out stays open a while longer to a
    // late request (added after release: cases already closed end as they did).
    const lateUntil = lateRequestsUntil(run.state, run.ctxAt());
    if (!lateUntil || !(release202703 || patched(LATE_REQUESTS_PATCH))) break;
    const waitMs = londonLocalTime(addDays(lateUntil, 1), 0, 1) - Date.now();
    if (waitMs <= 0 || !(await condition(() => !isTerminal(run.state.phase), waitMs))) break;
  }
  return run.finish();
}
