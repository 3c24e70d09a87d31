// The bench's timed phases: opening N workflows on one worker, and touching every open
// case at once. Each reads the worker's CPU and memory from /proc around the work.
import type { Client } from '@temporalio/client';
import { percentile, pool, SettleTracker } from './measure';
import { fmt, log } from './report';
import { NAMESPACE } from './servers';
import type { MonitoredWorker } from './worker-proc';

export interface OpenResult {
  n: number;
  startErrors: number;
  firstError?: string;
  startRpcSecs: number;
  settled: number;
  settleSecs: number;
  cpuPerStartMs: number;
  rssBeforeMiB?: number;
  rssAfterMiB?: number;
  crashes: number;
}

const elapsed = (t0: number): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

function progress(label: string, w: MonitoredWorker, t0: number | undefined, parts: string[]): void {
  const time = t0 === undefined ? '' : `, ${elapsed(t0)}`;
  log(
    `  ${label}: ${parts.join(', ')}${time}, worker RSS ${fmt(w.rssMiB(), 0)} MiB, crashes ${w.crashes.length}`,
  );
}

/** Opens N workflows (start RPCs at `concurrency`) and waits until all have settled. */
export async function openPhase(opts: {
  label: string;
  client: Client;
  worker: MonitoredWorker;
  ids: string[];
  concurrency: number;
  settleTimeoutMs: number;
  start: (i: number) => Promise<unknown>;
}): Promise<OpenResult> {
  const { label, client, worker, ids } = opts;
  const n = ids.length;
  const rssBeforeMiB = await worker.settledRssMiB(3);
  const crashes0 = worker.crashes.length;
  const cpu0 = worker.cpuMs();
  const t0 = performance.now();
  const tracker = new SettleTracker(client, NAMESPACE, ids);
  const settling = tracker.run(t0 + opts.settleTimeoutMs);
  const started = await pool(
    n,
    opts.concurrency,
    (i) => opts.start(i).then(() => undefined),
    (done) => {
      tracker.available = done;
      if (done % 500 === 0 || done === n)
        progress(label, worker, t0, [`${done}/${n} started`, `${tracker.settled} settled`]);
    },
  );
  const startRpcSecs = (performance.now() - t0) / 1000;
  tracker.available = n;
  const ticker = setInterval(() => progress(label, worker, t0, [`${tracker.settled}/${n} settled`]), 10_000);
  await settling.finally(() => clearInterval(ticker));
  const settleSecs = ((tracker.settled === n ? tracker.lastSettledAtMs : performance.now()) - t0) / 1000;
  const cpuPerStartMs = (worker.cpuMs() - cpu0) / n;
  progress(label, worker, undefined, [`${tracker.settled}/${n} settled in ${settleSecs.toFixed(1)} s`]);
  if (started.errors) log(`  ${label}: ${started.errors} starts failed, first: ${started.firstError}`);
  await worker.ready();
  const rssAfterMiB = await worker.settledRssMiB(4);
  return {
    n,
    startErrors: started.errors,
    firstError: started.firstError,
    startRpcSecs,
    settled: tracker.settled,
    settleSecs,
    cpuPerStartMs,
    rssBeforeMiB,
    rssAfterMiB,
    crashes: worker.crashes.length - crashes0,
  };
}

export interface TouchResult {
  signalErrors: number;
  signalSecs: number;
  settled: number;
  settleSecs: number;
  peakRssMiB: number;
  peakRssWithQueriesMiB: number;
  rssAfterMiB?: number;
  crashes: number;
  answered: number;
  statusFailures: number;
  statusSkipped: number;
  firstStatusError?: string;
  statusP50?: number;
  statusP99?: number;
  statusSecs: number;
}

/** Signals `holidaysChanged` to every case at once, waits until all have recomputed, then asks
 * every case for its status. The worker's RSS is sampled every 200 ms throughout. */
export async function touchPhase(opts: {
  client: Client;
  worker: MonitoredWorker;
  ids: string[];
  concurrency: number;
  settleTimeoutMs: number;
}): Promise<TouchResult> {
  const { client, worker, ids } = opts;
  const n = ids.length;
  await worker.ready();
  worker.resetPeak();
  const crashes0 = worker.crashes.length;
  const t0 = performance.now();
  const tracker = new SettleTracker(client, NAMESPACE, ids, 0);
  const settling = tracker.run(t0 + opts.settleTimeoutMs);
  const sent = await pool(
    n,
    opts.concurrency,
    (i) => client.workflow.getHandle(ids[i] as string).signal('holidaysChanged'),
    (done) => {
      tracker.available = done;
      if (done % 1000 === 0 || done === n)
        progress('touch', worker, t0, [`${done}/${n} signalled`, `${tracker.settled} recomputed`]);
    },
  );
  const signalSecs = (performance.now() - t0) / 1000;
  tracker.available = n;
  const ticker = setInterval(
    () => progress('touch', worker, t0, [`${tracker.settled}/${n} recomputed`]),
    10_000,
  );
  await settling.finally(() => clearInterval(ticker));
  const settleSecs = ((tracker.settled === n ? tracker.lastSettledAtMs : performance.now()) - t0) / 1000;
  const peakRssMiB = worker.peakRssMiB;
  progress('touch', worker, undefined, [
    `${tracker.settled}/${n} recomputed in ${settleSecs.toFixed(1)} s`,
    `peak RSS ${fmt(peakRssMiB, 0)} MiB`,
  ]);
  if (sent.errors) log(`  touch: ${sent.errors} signals failed, first: ${sent.firstError}`);

  await worker.ready();
  const q0 = performance.now();
  const latencies: number[] = [];
  const asked = await pool(
    n,
    20,
    async (i) => {
      const t = performance.now();
      await client.withDeadline(Date.now() + 10_000, () =>
        client.workflow.getHandle(ids[i] as string).query('status'),
      );
      latencies.push(performance.now() - t);
    },
    (done) => {
      if (done % 2000 === 0 || done === n) progress('status', worker, q0, [`${done}/${n} asked`]);
    },
    q0 + opts.settleTimeoutMs,
  );
  const statusSecs = (performance.now() - q0) / 1000;
  return {
    signalErrors: sent.errors,
    signalSecs,
    settled: tracker.settled,
    settleSecs,
    peakRssMiB,
    peakRssWithQueriesMiB: worker.peakRssMiB,
    rssAfterMiB: await worker.settledRssMiB(3),
    crashes: worker.crashes.length - crashes0,
    answered: latencies.length,
    statusFailures: asked.errors,
    statusSkipped: asked.skipped,
    firstStatusError: asked.firstError,
    statusP50: percentile(latencies, 0.5),
    statusP99: percentile(latencies, 0.99),
    statusSecs,
  };
}
