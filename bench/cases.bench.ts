// `npm run bench:cases`: the worker's cost per open case against a trivial workflow (one
// that only waits) on the same dev server in the same run, so machine noise cancels in the
// ratios (issue 15). Starts its own Temporal dev server, Mailpit and two workers, opens N
// cases and N trivial workflows, asks for status (cached and uncached), times the CLI,
// then touches every open case at once. A script that prints figures, not a timed test.
// `--help` lists the flags; bench/cases/ holds the parts.
import { dataConverterFromEnv } from '../codec/data-converter';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { queryLatencies, sample, type Latencies } from './cases/measure';
import { openPhase, touchPhase } from './cases/phases';
import { killAllNow, releaseAll, sleep, stopAll, type Child } from './cases/procs';
import { fmt, log, partialNote, resultRows, table, type Results } from './cases/report';
import { NAMESPACE, startServers } from './cases/servers';
import {
  cliStartMs,
  gitState,
  HELP,
  loadavg,
  parseOptions,
  realWorkerArgs,
  type Options,
} from './cases/setup';
import { MonitoredWorker, type Crash, type WorkerSpec } from './cases/worker-proc';
import { WORKER_HEAP_FLAG } from '../worker/worker-config';
import * as W from './cases/workload';

const REPO = path.resolve(__dirname, '..');
const FOI_QUEUE = 'bench-foi';
const TRIVIAL_QUEUE = 'bench-trivial';

let workers: MonitoredWorker[] = [];
let keep = false;
let interrupted = false;

async function shutdown(): Promise<void> {
  for (const w of workers) w.release();
  await stopAll((c: Child) => (c.name === 'temporal' || c.name === 'mailpit' ? 1 : 0));
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error(`bench:cases: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return 2;
  }
  if (opts.help) {
    console.log(HELP);
    return 0;
  }
  keep = opts.keep;
  const N = opts.cases;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cases-'));
  const real = realWorkerArgs(REPO);
  const cacheNote = real.readsCacheSize ? 'yes' : 'NO: the SDK sizes the cache from the heap';
  console.log(
    `bench:cases: ${N} FOI cases + ${N} trivial workflows (yardstick: ${opts.yardstick}), starts at concurrency ${opts.concurrency}`,
  );
  console.log(`  ${REPO}: git ${gitState(REPO)}; ${new Date().toISOString()}`);
  console.log(
    `  node ${process.version}; ${os.cpus().length} cores; ${fmt(os.totalmem() / 2 ** 30)} GiB; load ${loadavg()}`,
  );
  console.log(`  real worker: node ${real.args.join(' ')} (reads WORKER_MAX_CACHED_WORKFLOWS: ${cacheNote})`);
  console.log(`  logs: ${tmp}`);

  log('starting the Temporal dev server and Mailpit');
  const servers = await startServers(REPO, tmp, opts.keep);
  const client = new Client({
    connection: servers.connection,
    namespace: NAMESPACE,
    dataConverter: dataConverterFromEnv(),
  });
  const baseEnv = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(TEMPORAL_|SMTP_)/.test(k)),
  );
  const env = (taskQueue: string): NodeJS.ProcessEnv => ({
    ...baseEnv,
    TEMPORAL_ADDRESS: servers.address,
    TEMPORAL_NAMESPACE: NAMESPACE,
    TEMPORAL_TASK_QUEUE: taskQueue,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(servers.smtpPort),
    SMTP_TLS: 'none',
    WORKER_MAX_CACHED_WORKFLOWS: String(N + 500),
  });
  // Node writes a profile per thread (the worker's main thread and its workflow thread).
  const profFlags = (name: string) =>
    opts.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', path.join(opts.cpuProfDir, name)] : [];
  const spec = (name: string, args: string[], taskQueue: string): WorkerSpec => ({
    name,
    command: process.execPath,
    args: [...profFlags(name), ...args],
    cwd: REPO,
    env: env(taskQueue),
    logPath: path.join(tmp, `${name}.log`),
    taskQueue,
    namespace: NAMESPACE,
    connection: servers.connection,
  });
  const onCrash = (w: MonitoredWorker, c: Crash) =>
    log(`  CRASH ${w.spec.name} (exit ${c.code ?? c.signal}): ${c.reason}; restarting it`);
  const trivialArgs = ['--require', 'tsx/cjs', 'bench/cases/trivial-worker.ts'];
  const trivial = new MonitoredWorker(spec('trivial-worker', trivialArgs, TRIVIAL_QUEUE), onCrash);
  const foi = new MonitoredWorker(spec('foi-worker', real.args, FOI_QUEUE), onCrash);
  workers = [trivial, foi];

  log('starting the trivial worker, then the real worker (timed to first poll)');
  const firstPollMs = { trivial: await trivial.start(), foi: await foi.start() };
  log(
    `  first poll: trivial ${fmt(firstPollMs.trivial / 1000, 2)} s, real ${fmt(firstPollMs.foi / 1000, 2)} s`,
  );

  log('timing the CLI: node bin/foi.js due --received 2018-05-29 (median of 5)');
  const cli = cliStartMs(REPO, env(FOI_QUEUE));
  const runs = cli.runs.map((r) => r.toFixed(0)).join(', ');
  log(`  runs ${runs} ms; median ${fmt(cli.median, 0)} ms${cli.problem ? `; PROBLEM ${cli.problem}` : ''}`);

  const now = Date.now();
  W.checkInput(W.foiInput(0, now));
  const foiIds = Array.from({ length: N }, (_, i) => W.foiWorkflowId(i));
  const trivialIds = Array.from({ length: N }, (_, i) => W.trivialWorkflowId(i));
  const phase = { concurrency: opts.concurrency, settleTimeoutMs: opts.settleTimeoutMs, client };

  log(`opening ${N} trivial workflows`);
  const trivialOpen = await openPhase({
    ...phase,
    label: 'trivial',
    worker: trivial,
    ids: trivialIds,
    start: (i) =>
      client.workflow.start(W.TRIVIAL_WORKFLOW_TYPES[opts.yardstick], {
        workflowId: trivialIds[i] as string,
        taskQueue: TRIVIAL_QUEUE,
      }),
  });
  log(`opening ${N} FOI cases`);
  const foiOpen = await openPhase({
    ...phase,
    label: 'foi',
    worker: foi,
    ids: foiIds,
    start: (i) =>
      client.workflow.start(W.FOI_WORKFLOW_TYPE, {
        workflowId: foiIds[i] as string,
        taskQueue: FOI_QUEUE,
        args: [W.foiInput(i, now)],
      }),
  });

  // Cached: each worker holds every workflow it started. Uncached: each worker is stopped
  // (SIGTERM: a graceful shutdown) and started again, so its cache is empty and each query
  // replays that workflow's history; the server is given 11 s to notice that the old
  // process's sticky queue has no poller, and 3 other cases are asked first to warm it up.
  const picks = sample(N, opts.queries + 3);
  const measured = picks.slice(0, opts.queries);
  const warmups = picks.slice(opts.queries);
  const ask = (ids: string[], which: number[]) =>
    queryLatencies(
      client,
      which.map((i) => ids[i] as string),
    );
  log(`status latency, cached: ${measured.length} random cases of each kind, one at a time`);
  const cached = { foi: await ask(foiIds, measured), trivial: await ask(trivialIds, measured) };
  const uncachedOf = async (w: MonitoredWorker, ids: string[]): Promise<Latencies> => {
    await w.restart();
    await sleep(11_000 - (performance.now() - w.lastExitAtMs));
    await ask(ids, warmups);
    return ask(ids, measured);
  };
  log('status latency, uncached: restarting each worker, then the same cases');
  const uncached = { foi: await uncachedOf(foi, foiIds), trivial: await uncachedOf(trivial, trivialIds) };
  for (const [name, l] of Object.entries({ ...prefix('cached', cached), ...prefix('uncached', uncached) })) {
    if (l.failures) log(`  ${name}: ${l.failures} queries failed, first: ${l.firstError}`);
    if (l.skipped) log(`  ${name}: ${l.skipped} queries not asked (time budget of 120 s spent)`);
  }

  // The touch runs at the cache size a deployment has, so its peak memory is theirs.
  log(
    `restarting the real worker as it is launched (node ${WORKER_HEAP_FLAG}) with a cache of ${opts.touchCache} workflows for the touch`,
  );
  foi.spec.env.WORKER_MAX_CACHED_WORKFLOWS = String(opts.touchCache);
  foi.spec.args.unshift(WORKER_HEAP_FLAG);
  await foi.restart();
  await sleep(11_000 - (performance.now() - foi.lastExitAtMs)); // the old sticky queue lapses
  log(
    `touching every open case at once: holidaysChanged to ${N} cases at concurrency ${opts.signalConcurrency}`,
  );
  const touch = await touchPhase({
    client,
    worker: foi,
    ids: foiIds,
    concurrency: opts.signalConcurrency,
    settleTimeoutMs: opts.settleTimeoutMs,
  });
  if (touch.statusFailures) log(`  status: ${touch.statusFailures} failed, first: ${touch.firstStatusError}`);
  if (touch.statusSkipped) log(`  status: ${touch.statusSkipped} not asked (--settle-timeout spent)`);

  const results: Results = {
    ...opts,
    n: N,
    firstPollMs,
    open: { foi: foiOpen, trivial: trivialOpen },
    cached,
    uncached,
    cli,
    touch,
  };
  console.log(`\n${table(resultRows(results), opts.yardstick === 'sends' ? 'trivial+send' : 'trivial')}`);
  const note = partialNote(results);
  if (note) console.log(note);
  console.log(
    `\nworker crashes in the whole run: real ${foi.crashes.length}, trivial ${trivial.crashes.length}`,
  );
  for (const c of foi.crashes) console.log(`  real worker exit ${c.code ?? c.signal}: ${c.reason}`);
  console.log(`finished ${new Date().toISOString()}; load average ${loadavg()}`);
  const failures = [
    foi.crashes.length > 0 ? `the worker crashed ${foi.crashes.length} time(s)` : '',
    touch.answered < N ? `${N - touch.answered} case(s) did not answer status after the touch` : '',
  ].filter(Boolean);
  console.log(
    failures.length
      ? `RESULT: FAIL (${failures.join('; ')})`
      : 'RESULT: PASS (no crash, every case answered)',
  );

  if (opts.keep) {
    console.log(`\n--keep: left running (stop each with kill <pid>):`);
    for (const w of workers) w.release();
    for (const c of releaseAll()) console.log(`  ${c.name} pid ${c.pid} (log ${c.logPath})`);
    console.log(
      `  Temporal ${servers.address} (namespace ${NAMESPACE}, UI ${servers.uiUrl}); Mailpit ${servers.mailpitUrl}`,
    );
  } else {
    await shutdown();
    if (failures.length) console.log(`logs kept in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  await servers.connection.close();
  return failures.length ? 1 : 0;
}

function prefix<T>(p: string, o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [`${k} ${p}`, v]));
}

const onSignal = (signal: NodeJS.Signals) => {
  if (interrupted) return;
  interrupted = true;
  console.error(`\nbench:cases: ${signal}, stopping everything it started...`);
  void shutdown().finally(() => process.exit(130));
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
process.on('exit', () => {
  if (!keep || interrupted) killAllNow();
});

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    console.error(`bench:cases: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    if (!keep) await shutdown().catch(() => undefined);
    process.exit(3);
  },
);
