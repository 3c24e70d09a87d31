// One durable workflow per information request: a thin, deterministic shell around the
// pure rules in domain/. It waits for commands (Updates), for timers (reminders and
// clocks running out) and for activity results (holiday data, email), and nothing else.
import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  continueAsNew,
  patched,
  allHandlersFinished,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { EmailKind, Recipient, StaffEmail } from '../activities/email/types';
import type * as holidayActivities from '../activities/holidays';
import type { EmailActivities } from '../activities/email/send';
// Narrow imports, never the domain's index files: the sandbox evaluates every module it
// reaches once per cached case, so the schema library (zod) and the holiday-file tools stay out.
import { addDays } from '../domain/calendar/dates';
import type { HolidayTable } from '../domain/calendar/holiday-table';
import { WorkingDayCalendar } from '../domain/calendar/working-day-calendar';
import { apply } from '../domain/lifecycle/apply';
import { dueTransitions, nextTransitionDate } from '../domain/lifecycle/automatic';
import { lateRequestsUntil, primaryDeadline } from '../domain/lifecycle/case-deadlines';
import { COMMAND_TYPES } from '../domain/lifecycle/command-types';
import type { Command } from '../domain/lifecycle/commands';
import type { RuleContext } from '../domain/lifecycle/context';
import { decide } from '../domain/lifecycle/decide';
import type { CaseEvent } from '../domain/lifecycle/events';
import { checkCommand, checkOpenCase, receiptDateProblem } from '../domain/lifecycle/input-guards';
import type { OpenCaseInput } from '../domain/lifecycle/open-case';
import { isTerminal, PHASE_LABELS } from '../domain/lifecycle/phases';
import { reminderOffsetMinutes } from '../domain/lifecycle/reminder-spread';
import { nextReminder, remindersBetween, type PlannedReminder } from '../domain/lifecycle/reminders';
import { initialState, type CaseState } from '../domain/lifecycle/state';
import { caseStatus, timeline, type CaseStatus } from '../domain/lifecycle/view';
import { londonDate, londonLocalTime } from '../domain/london-time';
import { getRegime } from '../domain/regimes';
import { commandUpdates, holidaysChangedSignal, statusQuery, timelineQuery } from './definitions';
import { SEND_HEARTBEAT_TIMEOUT_SECONDS } from './activity-timeouts';
import { publisher } from './publish';
import { WakeTimer } from './wake-timer';

const { loadHolidayTable } = proxyActivities<typeof holidayActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '5 minutes' },
});

// Transient SMTP trouble is retried with backoff for up to two days; the activity marks
// permanent failures (5xx, bad address) non-retryable so they come back at once.
// The activity heartbeats while it talks to the relay, so a worker that dies mid-send is
// noticed within the heartbeat timeout and the send retried elsewhere, not after 3 minutes.
const { sendStaffEmail } = proxyActivities<EmailActivities>({
  startToCloseTimeout: '3 minutes', // the transport itself gives up within 2 minutes
  heartbeatTimeout: `${SEND_HEARTBEAT_TIMEOUT_SECONDS} seconds`,
  scheduleToCloseTimeout: '2 days',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
});

/** State carried across continue-as-new, so a long case keeps a short history. */
export interface CaseCarryOver {
  state: CaseState;
  remindedUpToMs: number;
  lastCommandAtMs: number;
}

const ENTRY_GRACE_MS = 24 * 3_600_000;
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

const failureReason = (err: ActivityFailure): string =>
  err.cause instanceof Error ? err.cause.message : err.message;

/** Years of holiday data a case needs: from its receipt to well past any review or complaint. */
const holidayYears = (receivedOn: string) => {
  const y = Number(receivedOn.slice(0, 4));
  return { fromYear: y, toYear: y + 3 };
};

export async function foiRequest(rawInput: OpenCaseInput, carried?: CaseCarryOver): Promise<CaseStatus> {
  const parsed = checkOpenCase(rawInput);
  if (!parsed.ok) throw ApplicationFailure.nonRetryable(`invalid case: ${parsed.reason}`, 'InvalidCase');
  const input = parsed.value;
  const regime = getRegime(input.regime);
  const workflowId = workflowInfo().workflowId;
  // Cases that started before these changes keep, when replayed, the history they made.
  const release202611 = patched(RELEASE_2026_11_PATCH);
  const atScale = release202611;
  const auditedRules = release202611;
  // A request is not received after the day its case opens (a carried-over case opened long ago).
  const futureReceipt = carried ? undefined : receiptDateProblem(input.receivedOn, londonDate(Date.now()));
  if (auditedRules && futureReceipt)
    throw ApplicationFailure.nonRetryable(`invalid case: receivedOn: ${futureReceipt}`, 'InvalidCase');
  // Cases started before it keep the rules their history was made with.
  const legacy: RuleContext['legacy'] = auditedRules
    ? undefined
    : { reviewWindowFromResponse: true, foisaComplaintWithoutReview: true };
  const publishCase = publisher(atScale);
  const wakeTimer = new WakeTimer();
  const reminderOffset = atScale
    ? reminderOffsetMinutes(input.reference, input.settings.reminders.spreadMinutes)
    : 0;

  // Handlers are registered before the first await (so no command arrives unhandled);
  // until the holiday table has arrived they wait, and queries say the case is opening.
  let cal: WorkingDayCalendar | undefined;
  let state: CaseState = carried?.state ?? initialState(input);
  // Reminders dated before the workflow started (a case entered after the fact) never fire.
  let remindedUpTo = carried?.remindedUpToMs ?? Date.now();
  let wake = false;
  let holidaysStale = false;

  const ctxAt = (today?: string): RuleContext => {
    if (!cal) throw new Error('the case is still opening; ask again in a moment');
    const now = londonDate(Date.now());
    return {
      today: today && today > now ? today : now,
      cal,
      regime,
      reminderOffsetMinutes: reminderOffset,
      legacy,
    };
  };

  const record = (events: CaseEvent[]): void => {
    for (const e of events) state = apply(state, e);
    publish();
    wake = true;
  };

  /** When clocks that ran out are applied: just after midnight on the day they run out, but
   * never within a day of the last command, so a case being entered after the fact (whose
   * windows ended long ago) can be entered to its end before they close it. */
  let lastCommandAt = carried?.lastCommandAtMs ?? 0;
  const transitionAt = (): number | undefined => {
    const day = nextTransitionDate(state, ctxAt());
    return day ? Math.max(londonLocalTime(day, 0, 1), lastCommandAt + ENTRY_GRACE_MS) : undefined;
  };

  const publish = (): void => publishCase(state, ctxAt());

  const email = (
    kind: EmailKind,
    key: string,
    to: Recipient[],
    what: string,
    due: string,
    left: number,
  ): StaffEmail => ({
    workflowId,
    reminderKey: key,
    kind,
    reference: state.reference,
    regime: state.regime,
    what,
    dueDate: due,
    workingDaysLeft: left,
    to,
    officer: state.officer,
    phase: PHASE_LABELS[state.phase],
    summary: input.summary,
    requester:
      input.settings.staffEmailShowsRequester && input.requester
        ? { name: input.requester.name, email: input.requester.email }
        : undefined,
  });

  /** Sends one message; a permanent failure is recorded in the timeline and the manager told. */
  const deliver = async (msg: StaffEmail): Promise<void> => {
    try {
      await sendStaffEmail(msg);
    } catch (err) {
      if (!(err instanceof ActivityFailure)) throw err;
      const reason = failureReason(err);
      record([
        {
          type: 'reminderUndeliverable',
          on: ctxAt().today,
          by: 'system',
          reminder: `${msg.kind} ${msg.reminderKey}`,
          reason,
        },
      ]);
      if (msg.kind === 'delivery-failure') return;
      const alert: StaffEmail = {
        ...msg,
        kind: 'delivery-failure',
        reminderKey: `${msg.reminderKey}:undeliverable`,
        to: [{ role: 'manager' }],
        failure: {
          originalKind: msg.kind,
          to: msg.to.map((r) => ('address' in r ? r.address : r.role)),
          reason,
        },
      };
      const refused = await sendStaffEmail(alert).then(
        () => undefined,
        (alertErr: unknown) =>
          alertErr instanceof ActivityFailure ? failureReason(alertErr) : String(alertErr),
      );
      // What actually happened to the alert (cases from before the scale patch made no note of it).
      const reminder = `${msg.kind} ${msg.reminderKey}`;
      if (atScale) record([{ type: 'managerAlert', on: ctxAt().today, by: 'system', reminder, refused }]);
    }
  };

  let pendingSends = 0;
  const send = (msg: StaffEmail): void => {
    pendingSends++;
    void deliver(msg).finally(() => pendingSends--);
  };

  const sendReminder = (r: PlannedReminder): void =>
    send(email(r.kind, r.key, r.to, r.what, r.due, r.workingDaysLeft));

  // Commands: the validator rejects (nothing is written to history) with the rule's reason.
  const toCommand = (type: (typeof COMMAND_TYPES)[number], payload: unknown): Command => {
    const checked = checkCommand(type, payload);
    if (!checked.ok) throw new Error(checked.reason);
    return checked.value;
  };
  for (const type of COMMAND_TYPES) {
    setHandler(
      commandUpdates[type],
      async (payload: unknown) => {
        await condition(() => cal !== undefined);
        const decision = decide(state, toCommand(type, payload), ctxAt());
        if (!decision.ok) throw ApplicationFailure.nonRetryable(decision.reason, 'RejectedCommand');
        lastCommandAt = Date.now();
        record(decision.events);
        return caseStatus(state, ctxAt(), nextReminder(state, ctxAt(), Math.max(remindedUpTo, Date.now())));
      },
      {
        validator: (payload: unknown) => {
          const command = toCommand(type, payload);
          if (!cal) return; // the handler decides once the case has opened
          const decision = decide(state, command, ctxAt());
          if (!decision.ok) throw new Error(decision.reason);
        },
      },
    );
  }
  setHandler(statusQuery, (today?: string) => {
    const ctx = ctxAt(today);
    return caseStatus(state, ctx, nextReminder(state, ctx, Math.max(remindedUpTo, Date.now())));
  });
  setHandler(timelineQuery, () => timeline(state));
  setHandler(holidaysChangedSignal, () => {
    holidaysStale = true;
    wake = true;
  });

  const table: HolidayTable = await loadHolidayTable(holidayYears(input.receivedOn));
  cal = WorkingDayCalendar.fromTable(table, regime.divisions);

  // Publish at once (a carried-over case may have moved with a refreshed holiday table).
  record([]);
  if (!carried) {
    const due = primaryDeadline(state, ctxAt());
    // Tell the officer a case is theirs, unless it was entered after its deadline had passed.
    if (state.officer && due && due.workingDaysLeft >= 0) {
      send(
        email(
          'receipt-confirmation',
          'receipt',
          [{ role: 'officer', address: state.officer }],
          due.label,
          due.due,
          due.workingDaysLeft,
        ),
      );
    }
  }

  for (;;) {
    while (!isTerminal(state.phase)) {
      const ctx = ctxAt();
      const next = nextReminder(state, ctx, remindedUpTo)?.at;
      const wakeAt = Math.min(next ?? Infinity, transitionAt() ?? Infinity);
      if (atScale) {
        wakeTimer.set(wakeAt > Date.now() && wakeAt !== Infinity ? wakeAt : undefined);
        if (wakeAt > Date.now()) await condition(() => wake || wakeTimer.fired);
      } else if (wakeAt === Infinity) await condition(() => wake);
      else if (wakeAt > Date.now()) await condition(() => wake, wakeAt - Date.now());
      wake = false;

      if (holidaysStale) {
        holidaysStale = false;
        const fresh = await loadHolidayTable(holidayYears(input.receivedOn));
        cal = WorkingDayCalendar.fromTable(fresh, regime.divisions);
        record([
          {
            type: 'holidaysRefreshed',
            on: ctxAt().today,
            by: 'system',
            confirmedThroughYear: fresh.confirmedThroughYear,
          },
        ]);
      }
      const clockAt = transitionAt();
      if (clockAt !== undefined && Date.now() >= clockAt) record(dueTransitions(state, ctxAt()));
      const now = Date.now();
      for (const r of remindersBetween(state, ctxAt(), remindedUpTo, now)) sendReminder(r);
      remindedUpTo = Math.max(remindedUpTo, now);

      // Roll over to a fresh history when Temporal suggests it, at a quiet moment: no email
      // in flight (a send may retry for hours; it must not hold the case's clocks) and no
      // command half-handled.
      if (workflowInfo().continueAsNewSuggested && pendingSends === 0 && allHandlersFinished()) {
        await continueAsNew<typeof foiRequest>(rawInput, {
          state,
          remindedUpToMs: remindedUpTo,
          lastCommandAtMs: lastCommandAt,
        });
      }
    }
    // A case closed because a requester's window ran out stays open a while longer to a
    // late request (added after release: cases already closed end as they did).
    const lateUntil = lateRequestsUntil(state, ctxAt());
    if (!lateUntil || !patched(LATE_REQUESTS_PATCH)) break;
    const waitMs = londonLocalTime(addDays(lateUntil, 1), 0, 1) - Date.now();
    if (waitMs <= 0 || !(await condition(() => !isTerminal(state.phase), waitMs))) break;
  }
  // Let the last messages go (or fail and be recorded) before the case ends.
  await condition(() => pendingSends === 0 && allHandlersFinished());
  return caseStatus(state, ctxAt());
}
