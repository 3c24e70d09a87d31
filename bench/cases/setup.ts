// What the bench reads about its surroundings before it starts: flags, the git state and
// machine load it prints, which worker build to run, and the CLI's start time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_CACHED_WORKFLOWS, WORKER_HEAP_FLAG } from '../../worker/worker-config';
import { percentile } from './measure';
import { TRIVIAL_WORKFLOW_TYPES, type Yardstick } from './workload';

export const HELP = `npm run bench:cases -- [--cases N] [--concurrency N] [--keep]

Opens N FOI cases (and N trivial workflows) on a Temporal dev server of its own and prints
the worker's memory, CPU and throughput per case against the trivial workflow's, status
query latency (cached and uncached), the CLI's start time, and the worker's peak memory
and crash count while every open case is touched at once (issue 15).

  --cases N               cases to open, and trivial workflows beside them (default 2000)
  --concurrency N         start calls in flight at once (default 20)
  --signal-concurrency N  holidaysChanged signals in flight at once (default 50)
  --queries N             status queries per latency figure (default 200)
  --settle-timeout S      stop waiting for a phase to settle after S seconds (default 300)
  --touch-cache N         the real worker's cache for the touch (default: the worker's own
                          default, ${DEFAULT_MAX_CACHED_WORKFLOWS}, as it ships)
  --yardstick KIND        waits: the trivial workflow only waits (default, as issue 15 sets
                          it); sends: it sends a one-line email by activity first, the least
                          a workflow that tells someone at opening does
  --cpu-prof DIR          write each worker process's V8 CPU profiles (every thread) into
                          DIR/<worker>/ when it stops, for chrome://inspect or speedscope
  --keep                  leave the dev server, Mailpit and workers running at the end
  -h, --help              this text

Both workers get WORKER_MAX_CACHED_WORKFLOWS=N+500 (to hold every workflow for the memory
figure) while opening and for the status figures; the real worker is then restarted as
its launchers start it (node ${WORKER_HEAP_FLAG}) with --touch-cache for the touch, so its
peak memory there is the one a deployment sees. Other WORKER_* settings in the environment
reach both as they are. The real worker is dist/worker/worker.js if built, else
worker/worker.ts through tsx.

Exit status: 0 pass; 1 the worker crashed (restarts > 0) or a case did not answer status
after the touch; 2 bad flags; 3 the bench itself failed.`;

export interface Options {
  help: boolean;
  keep: boolean;
  cases: number;
  concurrency: number;
  signalConcurrency: number;
  queries: number;
  settleTimeoutMs: number;
  touchCache: number;
  cpuProfDir?: string;
  yardstick: Yardstick;
}

function yardstickOf(v: string | undefined): Yardstick {
  if (v !== undefined && v in TRIVIAL_WORKFLOW_TYPES) return v as Yardstick;
  throw new Error(`--yardstick: expected waits or sends, got "${v}"`);
}

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '20' },
      'signal-concurrency': { type: 'string', default: '50' },
      queries: { type: 'string', default: '200' },
      'settle-timeout': { type: 'string', default: '300' },
      'touch-cache': { type: 'string', default: String(DEFAULT_MAX_CACHED_WORKFLOWS) },
      'cpu-prof': { type: 'string' },
      yardstick: { type: 'string', default: 'waits' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const int = (name: string, v: string | undefined): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`--${name}: expected a positive whole number, got "${v}"`);
    return n;
  };
  return {
    help: values.help === true,
    keep: values.keep === true,
    cases: int('cases', values.cases),
    concurrency: int('concurrency', values.concurrency),
    signalConcurrency: int('signal-concurrency', values['signal-concurrency']),
    queries: int('queries', values.queries),
    settleTimeoutMs: int('settle-timeout', values['settle-timeout']) * 1000,
    touchCache: int('touch-cache', values['touch-cache']),
    cpuProfDir: values['cpu-prof'] === undefined ? undefined : path.resolve(values['cpu-prof']),
    yardstick: yardstickOf(values.yardstick),
  };
}

/** The machine's 1/5/15-minute load averages: other work on it skews every figure but the ratios. */
export const loadavg = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

export function gitState(repo: string): string {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).stdout?.trim() ?? '';
  const head = git('rev-parse', '--short', 'HEAD');
  if (!head) return 'not a git checkout';
  const changed = git('status', '--porcelain').split('\n').filter(Boolean).length;
  return `${head}${changed ? ` + ${changed} uncommitted changes` : ' (clean)'}`;
}

/** The real worker: the compiled build if there is one, else the TypeScript through tsx; and
 * whether it reads WORKER_MAX_CACHED_WORKFLOWS (else the SDK sizes the cache from the heap). */
export function realWorkerArgs(repo: string): { args: string[]; readsCacheSize: boolean } {
  const dist = path.join(repo, 'dist', 'worker', 'worker.js');
  const built = fs.existsSync(dist);
  const dir = built ? path.dirname(dist) : path.join(repo, 'worker');
  const readsCacheSize = fs
    .readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f))
    .some((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes('WORKER_MAX_CACHED_WORKFLOWS'));
  return { args: built ? [dist] : ['--require', 'tsx/cjs', 'worker/worker.ts'], readsCacheSize };
}

/** `node bin/foi.js due --received 2018-05-29`, wall time: median of 5 after one warm-up run. */
export function cliStartMs(
  repo: string,
  env: NodeJS.ProcessEnv,
): { median?: number; runs: number[]; problem?: string } {
  const runs: number[] = [];
  let problem: string | undefined;
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['bin/foi.js', 'due', '--received', '2018-05-29'], {
      cwd: repo,
      env,
      encoding: 'utf8',
    });
    const ms = performance.now() - t0;
    if (r.status !== 0 || !r.stdout.includes('2018-06-26')) {
      problem ??= `exit ${r.status}: ${(r.stdout + r.stderr).trim().slice(0, 200)}`;
    }
    if (i > 0) runs.push(ms);
  }
  return { median: percentile(runs, 0.5), runs, problem };
}
