// The one timer a case keeps for its next wake-up (a reminder or a clock running out). It
// is kept while the wake-up time stays the same: a command that changes nothing about the
// case's dates leaves the timer alone instead of cancelling it and starting an identical
// one (two history events saved per command).
import { CancellationScope, isCancellation, sleep } from '@temporalio/workflow';

export class WakeTimer {
  private at: number | undefined;
  private scope: CancellationScope | undefined;
  /** True once the current timer has fired; cleared by the next `set`. */
  fired = false;

  /** Makes the timer fire at `at` (epoch ms), or stops it (undefined); unchanged times keep it. */
  set(at: number | undefined): void {
    if (this.fired) this.clear();
    if (at === this.at) return;
    this.scope?.cancel();
    this.clear();
    if (at === undefined) return;
    const scope = new CancellationScope();
    this.at = at;
    this.scope = scope;
    scope
      .run(() => sleep(Math.max(1, at - Date.now())))
      .then(
        () => {
          if (this.scope === scope) this.fired = true;
        },
        (err: unknown) => {
          if (!isCancellation(err)) throw err;
        },
      );
  }

  private clear(): void {
    this.at = undefined;
    this.scope = undefined;
    this.fired = false;
  }
}
