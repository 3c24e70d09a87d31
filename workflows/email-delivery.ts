// A case's staff email: the message built from the case, sent by the activity, and a
// permanent failure recorded in the timeline with the manager told (and what became of
// that alert). Sends run beside the case's loop; `pending` says how many are in flight.
// A send the relay has refused for FOI_MAIL_OUTAGE_AFTER comes back as a MailOutage: the
// case shows the outage (status, FoiMailOutage) and the send goes on retrying until mail flows.
import { ActivityFailure, ApplicationFailure, patched } from '@temporalio/workflow';
import type { EmailKind, MailOutageDetails, Recipient, StaffEmail } from '../activities/email/types';
import type { IsoDate } from '../domain/calendar/dates';
import type { CaseEvent } from '../domain/lifecycle/events';
import type { OpenCase } from '../domain/lifecycle/open-case';
import { PHASE_LABELS } from '../domain/lifecycle/phases';
import type { CaseState } from '../domain/lifecycle/state';
import { sendStaffEmail } from './activity-proxies';

export interface DeliveryHooks {
  state(): CaseState;
  today(): IsoDate;
  record(events: CaseEvent[]): void;
  /** Cases from before the scale release made no note of the alert's outcome. */
  recordsAlertOutcome: boolean;
  /** Release 2027-03: an outage is shown without asking MAIL_OUTAGE_PATCH. */
  showsOutage: boolean;
  /** The case's email is held by an outage (true) or flows again (false). */
  outageChanged(held: boolean): void;
}

/**
 * patched() id of showing a mail outage. Asked only when a send reports one (which only
 * sends of this release can), so cases that never meet an outage carry no marker.
 */
export const MAIL_OUTAGE_PATCH = 'mail-outage-visible';
/**
 * patched() id of leaving the requester's details (cases from before the records store
 * carry them in their input) out of the email activity's input: the workflow cannot know
 * whether the worker allows them (STAFF_EMAIL_SHOWS_REQUESTER), so it passes none. Asked
 * only for such cases, when an email would have named them.
 */
export const NO_REQUESTER_IN_EMAIL_PATCH = 'no-requester-in-email-input';

const failureReason = (err: ActivityFailure): string =>
  err.cause instanceof Error ? err.cause.message : err.message;

// The MailOutage type is a string here: workflow code imports no activity values.
function outageOf(err: unknown): MailOutageDetails | undefined {
  if (!(err instanceof ActivityFailure) || !(err.cause instanceof ApplicationFailure)) return undefined;
  if (err.cause.type !== 'MailOutage') return undefined;
  return err.cause.details?.[0] as MailOutageDetails | undefined;
}

export class EmailDelivery {
  pending = 0;
  /** Sends held by an outage, by reminder key. */
  private readonly held = new Map<string, MailOutageDetails>();

  constructor(
    private readonly input: OpenCase,
    private readonly workflowId: string,
    private readonly hooks: DeliveryHooks,
  ) {}

  message(
    kind: EmailKind,
    key: string,
    to: Recipient[],
    what: string,
    due: IsoDate,
    left: number,
  ): StaffEmail {
    const state = this.hooks.state();
    const { input } = this;
    const showsRequester = input.settings.staffEmailShowsRequester;
    return {
      workflowId: this.workflowId,
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
      // Cases opened before the records store carry the requester in their input; later ones
      // only an id, which the activity looks up when the email may name them. The details
      // themselves no longer go to the activity (the worker may not allow them).
      requester:
        showsRequester && input.requester && !patched(NO_REQUESTER_IN_EMAIL_PATCH)
          ? { name: input.requester.name, email: input.requester.email }
          : undefined,
      ...(showsRequester && input.requesterId ? { requesterId: input.requesterId } : {}),
    };
  }

  send(msg: StaffEmail): void {
    this.pending++;
    void this.deliver(msg).finally(() => this.pending--);
  }

  /** The outage holding this case's email, from its earliest held send. */
  outage(): MailOutageDetails | undefined {
    return this.held.values().next().value;
  }

  /** Sends, and if an outage is reported shows it and sends again with the full two days. */
  private async sendShowingOutage(msg: StaffEmail): Promise<void> {
    try {
      await sendStaffEmail({ ...msg, reportsOutage: true });
    } catch (err) {
      const outage = outageOf(err);
      if (!outage || !(this.hooks.showsOutage || patched(MAIL_OUTAGE_PATCH))) throw err;
      this.hold(msg.reminderKey, outage);
      try {
        await sendStaffEmail(msg);
      } catch (sendErr) {
        this.release(msg.reminderKey);
        throw sendErr;
      }
    }
    // Delivered: mail flows, so the other held sends will go at their next attempt.
    if (this.held.size > 0) {
      this.held.clear();
      this.hooks.outageChanged(false);
    }
  }

  private hold(key: string, outage: MailOutageDetails): void {
    if (this.held.size === 0) this.hooks.outageChanged(true);
    this.held.set(key, outage);
  }

  private release(key: string): void {
    if (this.held.delete(key) && this.held.size === 0) this.hooks.outageChanged(false);
  }

  /** Sends one message; a permanent failure is recorded in the timeline and the manager told. */
  private async deliver(msg: StaffEmail): Promise<void> {
    try {
      await this.sendShowingOutage(msg);
    } catch (err) {
      if (!(err instanceof ActivityFailure)) throw err;
      const reason = failureReason(err);
      const reminder = `${msg.kind} ${msg.reminderKey}`;
      this.hooks.record([
        { type: 'reminderUndeliverable', on: this.hooks.today(), by: 'system', reminder, reason },
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
      if (this.hooks.recordsAlertOutcome)
        this.hooks.record([
          { type: 'managerAlert', on: this.hooks.today(), by: 'system', reminder, refused },
        ]);
    }
  }
}
