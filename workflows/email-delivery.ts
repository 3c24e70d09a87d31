// A case's staff email: the message built from the case, sent by the activity, and a
// permanent failure recorded in the timeline with the manager told (and what became of
// that alert). Sends run beside the case's loop; `pending` says how many are in flight.
import { ActivityFailure } from '@temporalio/workflow';
import type { EmailKind, Recipient, StaffEmail } from '../activities/email/types';
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
}

const failureReason = (err: ActivityFailure): string =>
  err.cause instanceof Error ? err.cause.message : err.message;

export class EmailDelivery {
  pending = 0;

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
      // only an id, which the activity looks up when the email may name them.
      requester:
        showsRequester && input.requester
          ? { name: input.requester.name, email: input.requester.email }
          : undefined,
      ...(showsRequester && input.requesterId ? { requesterId: input.requesterId } : {}),
    };
  }

  send(msg: StaffEmail): void {
    this.pending++;
    void this.deliver(msg).finally(() => this.pending--);
  }

  /** Sends one message; a permanent failure is recorded in the timeline and the manager told. */
  private async deliver(msg: StaffEmail): Promise<void> {
    try {
      await sendStaffEmail(msg);
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
