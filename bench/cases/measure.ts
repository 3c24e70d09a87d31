// Measuring tools for the bench: a bounded-concurrency pool, percentiles, query latency,
// and the settle tracker that says when a started workflow has done its first work.
import type { Client } from '@temporalio/client';
import { sleep } from './procs';

/** Runs fn(0..n-1) with at most `concurrency` in flight; failures are counted, not thrown.
 * Nothing new is begun after `deadlineMs` (performance.now()); those are `skipped`. */
export async function pool(
  n: number,
  concurrency: number,
  fn: (i: number) => Promise<void>,
  onEach?: (done: number) => void,
  deadlineMs = Infinity,
): Promise<{ errors: number; skipped: number; firstError?: string }> {
  let next = 0;
  let done = 0;
  let errors = 0;
  let firstError: string | undefined;
  const runner = async (): Promise<void> => {
    while (next < n && performance.now() < deadlineMs) {
      const i = next++;
      try {
        await fn(i);
      } catch (err) {
        errors++;
        firstError ??= err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      }
      done++;
      onEach?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, n)) }, runner));
  return { errors, skipped: n - next, firstError };
}

export function percentile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Distinct random indexes below n (Fisher-Yates on a fixed seed, so runs ask the same cases). */
export function sample(n: number, count: number, seed = 42): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
  }
  return idx.slice(0, Math.min(count, n));
}

export interface Latencies {
  ms: number[];
  failures: number;
  /** Not asked: the time budget ran out. */
  skipped: number;
  firstError?: string;
}

/** One `status` query per workflow, one after another (so each is timed alone), within a
 * time budget (a crashing worker makes each query wait for its 10 s deadline). */
export async function queryLatencies(
  client: Client,
  ids: string[],
  budgetMs = 120_000,
  timeoutMs = 10_000,
): Promise<Latencies> {
  const ms: number[] = [];
  let failures = 0;
  let firstError: string | undefined;
  const until = performance.now() + budgetMs;
  for (const id of ids) {
    if (performance.now() > until) break;
    const t0 = performance.now();
    try {
      await client.withDeadline(Date.now() + timeoutMs, () => client.workflow.getHandle(id).query('status'));
      ms.push(performance.now() - t0);
    } catch (err) {
      failures++;
      firstError ??= err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    }
  }
  return { ms, failures, skipped: ids.length - ms.length - failures, firstError };
}

const asNumber = (v: unknown): number => {
  if (typeof v === 'number') return v;
  if (v && typeof (v as { toNumber?: unknown }).toNumber === 'function') {
    return (v as { toNumber(): number }).toNumber();
  }
  return Number(v ?? 0);
};

/**
 * When started (or signalled) workflows have finished their work: a workflow counts as settled
 * once its history shows a completed workflow task and the server has nothing pending for it
 * (no workflow task, no activity). Read with DescribeWorkflowExecution, which costs the server
 * a little and the workers nothing.
 *
 * Workers take tasks roughly in the order they were scheduled, so the tracker sweeps the
 * unsettled workflows started so far (`available`, raised by the starter as it goes) in start
 * order, 8 calls at a time, and ends a sweep at the first 16 unsettled in a row: the ones
 * after them are most likely unsettled too. A straggler costs one call per sweep and never
 * hides the others' progress; the next sweep starts 250 ms later. At the deadline, one last
 * sweep (at most 120 s) checks every workflow still counted unsettled.
 */
export class SettleTracker {
  available = 0;
  settled = 0;
  lastSettledAtMs = 0;
  unsettled: string[] = [];

  constructor(
    private readonly client: Client,
    private readonly namespace: string,
    private readonly ids: string[],
    /** History length that proves the first workflow task completed (4 for a fresh start). */
    private readonly minHistory = 4,
  ) {}

  async isSettled(workflowId: string): Promise<boolean> {
    const res = await this.client.withDeadline(Date.now() + 10_000, () =>
      this.client.workflowService.describeWorkflowExecution({
        namespace: this.namespace,
        execution: { workflowId },
      }),
    );
    const history = asNumber(res.workflowExecutionInfo?.historyLength);
    return (
      history >= this.minHistory && !res.pendingWorkflowTask && (res.pendingActivities ?? []).length === 0
    );
  }

  /** Checks `pending` in order, `concurrency` at a time; returns those still unsettled. Stops
   * early (keeping the rest unchecked) after `missesToStop` unsettled in a row, or at `untilMs`. */
  private async sweep(pending: number[], concurrency: number, missesToStop: number, untilMs: number) {
    const still: number[] = [];
    let misses = 0;
    let pos = 0;
    while (pos < pending.length && misses < missesToStop && performance.now() < untilMs) {
      const batch = pending.slice(pos, pos + concurrency);
      pos += batch.length;
      const ok = await Promise.all(
        batch.map((i) => this.isSettled(this.ids[i] as string).catch(() => false)),
      );
      batch.forEach((i, k) => {
        if (ok[k]) {
          misses = 0;
          this.settled++;
          this.lastSettledAtMs = Math.max(this.lastSettledAtMs, performance.now());
        } else {
          misses++;
          still.push(i);
        }
      });
    }
    return still.concat(pending.slice(pos));
  }

  async run(deadlineMs: number, concurrency = 8): Promise<void> {
    let pending: number[] = [];
    let queued = 0; // ids[0..queued) have joined `pending`
    const n = this.ids.length;
    while (this.settled < n && performance.now() < deadlineMs) {
      while (queued < Math.min(this.available, n)) pending.push(queued++);
      pending = await this.sweep(pending, concurrency, 16, deadlineMs);
      if (this.settled < n) await sleep(250);
    }
    while (queued < n) pending.push(queued++);
    if (pending.length > 0 && this.settled < n) {
      pending = await this.sweep(pending, 16, Infinity, performance.now() + 120_000);
    }
    this.unsettled = pending.map((i) => this.ids[i] as string);
  }
}
