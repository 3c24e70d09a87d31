// Writes the case's record to the records store after every change (release 2026-12): a
// local activity per change, each queued behind the one before so they land in order.
// A write that fails is not retried here: the next one carries everything it did.
import type { CaseRecordExtras } from '../domain/lifecycle/case-record';
import { caseRecordOf } from '../domain/lifecycle/case-record';
import type { RuleContext } from '../domain/lifecycle/context';
import type { OpenCase } from '../domain/lifecycle/open-case';
import type { CaseState } from '../domain/lifecycle/state';
import { recordCase } from './activity-proxies';

export class RecordWriter {
  /** Writes queued and not yet landed: the case waits for none before it rolls over or ends. */
  pending = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly extras: CaseRecordExtras;

  constructor(input: OpenCase, workflowId: string) {
    this.extras = {
      workflowId,
      summary: input.summary,
      receivedAt: input.receivedAt,
      channel: input.channel,
      questionCount: input.questions.length,
      requesterId: input.requesterId,
    };
  }

  write(state: CaseState, ctx: RuleContext): void {
    const snapshot = caseRecordOf(state, ctx, this.extras);
    this.pending++;
    this.chain = this.chain
      .then(() => recordCase(snapshot))
      .catch(() => undefined)
      .finally(() => this.pending--);
  }
}
