// One case's run, as a small class in the shape of Temporal's safe-message-handlers sample:
// the state and what changes it (commands, clocks, holiday refreshes), how the case is
// published and recorded, how email goes out, and the wake-up loop. The workflow function
// (foi-request.ts) wires handlers to it. Deterministic: time is the workflow's clock.
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { IsoDate } from '../domain/calendar/dates';
import { apply } from '../domain/lifecycle/apply';
import { dueTransitions, nextTransitionDate } from '../domain/lifecycle/automatic';
import { liveDeadlines, primaryDeadline } from '../domain/lifecycle/case-deadlines';
import type { CommandType } from '../domain/lifecycle/commands';
import type { RuleContext } from '../domain/lifecycle/context';
import { decide } from '../domain/lifecycle/decide';
import type { CaseEvent } from '../domain/lifecycle/events';
import { holidaysRefreshedEvent } from '../domain/lifecycle/holiday-refresh';
import { checkCommand } from '../domain/lifecycle/input-guards';
import { isTerminal } from '../domain/lifecycle/phases';
import { reminderOffsetMinutes } from '../domain/lifecycle/reminder-spread';
import { openingNotices, stepNotices, type Notice } from '../domain/lifecycle/notices';
import { nextReminder, remindersBetween } from '../domain/lifecycle/reminders';
import { initialState, type CaseState } from '../domain/lifecycle/state';
import { caseStatus, type CaseStatus } from '../domain/lifecycle/view';
import { londonDate, londonLocalTime } from '../domain/london-time';
import { getRegime, type Regime } from '../domain/regimes';
import { CaseCalendar } from './case-calendar';
import type { CaseCarryOver, CaseRunOptions } from './case-run-options';
import { EmailDelivery } from './email-delivery';
import { publisher } from './publish';
import { RecordWriter } from './record-writer';
import { FoiMailOutage } from './search-attributes';
import { WakeTimer } from './wake-timer';

const ENTRY_GRACE_MS = 24 * 3_600_000;

export class CaseRun {
  state: CaseState;
  private readonly calendar: CaseCalendar;
  private readonly regime: Regime;
  // Reminders dated before the workflow started (a case entered after the fact) never fire.
  private remindedUpTo: number;
  /** Clocks that ran out are applied just after midnight on the day, but never within a day of
   * the last command, so a case entered after the fact can be entered to its end first. */
  private lastCommandAt: number;
  private wake = false;
  private readonly publishCase: ReturnType<typeof publisher>;
  private readonly wakeTimer = new WakeTimer();
  private readonly reminderOffset: number;
  private readonly mail: EmailDelivery;
  private readonly records: RecordWriter;
  /** The day the case was opened here, whatever day it was received: startTime is this run's
   * start, so a continued run carries the first run's day over. */
  private readonly enteredOn: IsoDate;

  constructor(private readonly o: CaseRunOptions) {
    const { input, carried } = o;
    this.regime = getRegime(input.regime);
    this.calendar = new CaseCalendar(
      input.receivedOn,
      this.regime.divisions,
      !!this.regime.schoolDayRule,
      o.holidaysOnDemand,
      o.laterPatchesImplied,
    );
    this.state = carried?.state ?? initialState(input);
    this.remindedUpTo = carried?.remindedUpToMs ?? Date.now();
    this.lastCommandAt = carried?.lastCommandAtMs ?? 0;
    this.enteredOn = carried?.enteredOn ?? londonDate(workflowInfo().startTime.getTime());
    this.publishCase = publisher(o.atScale, !o.keepsRecords, o.laterPatchesImplied);
    this.reminderOffset = o.atScale
      ? reminderOffsetMinutes(input.reference, input.settings.reminders.spreadMinutes)
      : 0;
    this.mail = new EmailDelivery(input, workflowInfo().workflowId, {
      state: () => this.state,
      today: () => this.ctxAt().today,
      record: (events) => this.record(events),
      recordsAlertOutcome: o.atScale,
      showsOutage: o.laterPatchesImplied,
      outageChanged: (held) => upsertSearchAttributes([{ key: FoiMailOutage, value: held }]),
    });
    this.records = new RecordWriter(input, workflowInfo().workflowId);
  }

  ctxAt(today?: IsoDate): RuleContext {
    const cal = this.calendar.current;
    if (!cal) throw new Error('the case is still opening; ask again in a moment');
    const now = londonDate(Date.now());
    const { regime, reminderOffset } = this;
    return {
      today: today && today > now ? today : now,
      cal,
      regime,
      schoolTerms: this.calendar.schoolTerms,
      reminderOffsetMinutes: reminderOffset,
      legacy: this.o.legacy,
    };
  }

  record(events: CaseEvent[]): void {
    for (const e of events) this.state = apply(this.state, e);
    this.publishCase(this.state, this.ctxAt());
    this.wake = true;
    if (this.o.keepsRecords) this.records.write(this.state, this.ctxAt());
  }

  // Commands: the validator rejects (nothing is written to history) with the rule's reason.
  private command(type: CommandType, payload: unknown) {
    const checked = checkCommand(type, payload);
    if (!checked.ok) throw new Error(checked.reason);
    return checked.value;
  }

  validateCommand(type: CommandType, payload: unknown): void {
    const command = this.command(type, payload);
    if (!this.calendar.current) return; // the handler decides once the case has opened
    const decision = decide(this.state, command, this.ctxAt());
    if (!decision.ok) throw new Error(decision.reason);
  }

  async handleCommand(type: CommandType, payload: unknown): Promise<CaseStatus> {
    await condition(() => this.calendar.current !== undefined);
    const decision = decide(this.state, this.command(type, payload), this.ctxAt());
    if (!decision.ok) throw ApplicationFailure.nonRetryable(decision.reason, 'RejectedCommand');
    this.lastCommandAt = Date.now();
    const firstIndex = this.state.events.length;
    this.record(decision.events);
    if (this.o.notifies) {
      this.notify(stepNotices(this.state, decision.events, firstIndex, this.ctxAt(), this.enteredOn));
    }
    return this.status();
  }

  status(today?: IsoDate): CaseStatus {
    const ctx = this.ctxAt(today);
    const status = {
      ...caseStatus(this.state, ctx, nextReminder(this.state, ctx, Math.max(this.remindedUpTo, Date.now()))),
      enteredOn: this.enteredOn,
    };
    const mailOutage = this.mail.outage();
    return mailOutage ? { ...status, mailOutage } : status;
  }

  holidaysChanged(): void {
    this.calendar.stale = true;
    this.wake = true;
  }

  /** Fetches the holiday table, publishes the case and tells a new case's officer it is theirs. */
  async open(): Promise<void> {
    await this.calendar.load();
    // Publish at once (a carried-over case may have moved with a refreshed holiday table).
    this.record([]);
    if (this.o.carried) return;
    if (this.o.notifies) return this.notify(openingNotices(this.state, this.ctxAt()));
    const due = primaryDeadline(this.state, this.ctxAt());
    // Unless it was entered after its deadline had passed.
    if (this.state.officer && due && due.workingDaysLeft >= 0) {
      const to = [{ role: 'officer' as const, address: this.state.officer }];
      this.mail.send(
        this.mail.message('receipt-confirmation', 'receipt', to, due.label, due.due, due.workingDaysLeft),
      );
    }
  }

  /** Tells people at once what reached them (notices.ts); each notice is sent once. */
  private notify(notices: Notice[]): void {
    for (const n of notices) {
      const msg = this.mail.message(n.kind, n.key, n.to, n.what, n.due, n.workingDaysLeft);
      this.mail.send(n.received ? { ...msg, received: n.received } : msg);
    }
  }

  private transitionAt(): number | undefined {
    const day = nextTransitionDate(this.state, this.ctxAt());
    return day ? Math.max(londonLocalTime(day, 0, 1), this.lastCommandAt + ENTRY_GRACE_MS) : undefined;
  }

  /** Sleeps until the next reminder, clock or command; then does what fell due. */
  private async step(): Promise<void> {
    const next = nextReminder(this.state, this.ctxAt(), this.remindedUpTo)?.at;
    const renewAt = this.calendar.renewalAt(this.o.input.reference);
    const wakeAt = Math.min(next ?? Infinity, this.transitionAt() ?? Infinity, renewAt ?? Infinity);
    if (this.o.atScale) {
      this.wakeTimer.set(wakeAt > Date.now() && wakeAt !== Infinity ? wakeAt : undefined);
      if (wakeAt > Date.now()) await condition(() => this.wake || this.wakeTimer.fired);
    } else if (wakeAt === Infinity) await condition(() => this.wake);
    else if (wakeAt > Date.now()) await condition(() => this.wake, wakeAt - Date.now());
    this.wake = false;

    const told = this.calendar.stale;
    if (told || this.calendar.needsLaterYears(londonDate(Date.now()))) {
      this.calendar.stale = false;
      const was = this.ctxAt();
      await this.calendar.load();
      const now = this.ctxAt();
      const [before, after] = [liveDeadlines(this.state, was), liveDeadlines(this.state, now)];
      const [old, fresh] = [was.cal.holidayTable, now.cal.holidayTable];
      const divisions = this.regime.divisions;
      const event = holidaysRefreshedEvent(
        now.today,
        this.state.receivedOn,
        old,
        fresh,
        divisions,
        before,
        after,
      );
      // January's fetch of a further year goes in the timeline only if it changed something.
      if (told || 'moved' in event || old.version !== fresh.version) this.record([event]);
    }
    const clockAt = this.transitionAt();
    if (clockAt !== undefined && Date.now() >= clockAt) this.record(dueTransitions(this.state, this.ctxAt()));
    const now = Date.now();
    for (const r of remindersBetween(this.state, this.ctxAt(), this.remindedUpTo, now))
      this.mail.send(this.mail.message(r.kind, r.key, r.to, r.what, r.due, r.workingDaysLeft));
    this.remindedUpTo = Math.max(this.remindedUpTo, now);
  }

  /** Nothing in flight: no email (a send may retry for hours), no record, no command half-handled. */
  private quiet(): boolean {
    return this.mail.pending === 0 && this.records.pending === 0 && allHandlersFinished();
  }

  /** Runs until the case ends ('ended') or should roll over to a fresh history ('continue'). */
  async runUntilTerminal(): Promise<'ended' | 'continue'> {
    while (!isTerminal(this.state.phase)) {
      await this.step();
      if (!workflowInfo().continueAsNewSuggested) continue;
      // Every change queues a record write: let it land (a local activity, quick) first.
      if (this.o.keepsRecords) await condition(() => this.records.pending === 0);
      if (this.quiet()) return 'continue';
    }
    return 'ended';
  }

  carryOver(): CaseCarryOver {
    return {
      state: this.state,
      remindedUpToMs: this.remindedUpTo,
      lastCommandAtMs: this.lastCommandAt,
      enteredOn: this.enteredOn,
    };
  }

  /** Lets the last messages and records go (or fail and be recorded) before the case ends. */
  async finish(): Promise<CaseStatus> {
    await condition(() => this.quiet());
    return caseStatus(this.state, this.ctxAt());
  }
}
