// `foi holidays refresh`: after a holiday is proclaimed and imported, tell every open case
// to fetch the holiday table again, so its deadlines move without anyone touching it.
// One batch operation on the server signals them all: it carries on if this command
// stops, and the server paces it (its batch rate limit), so thousands of cases do not all
// wake the worker at once. This command starts it and follows its progress.
import { randomBytes } from 'node:crypto';
import { sdk } from '../temporal-sdk';
import type { Command } from 'commander';
import { holidaysChangedSignal, WORKFLOW_TYPE } from '../../workflows/definitions';
import { withSession, type Session } from '../connect';
import { withDeadline } from '../deadline';
import { CliError, UsageError } from '../errors';
import { literal } from '../list-query';
import { withExitCodes } from '../options';
import { whoIsActing } from '../who';

// temporal.api.enums.v1.BatchOperationState
const RUNNING = 1;
const COMPLETED = 2;
// gRPC status codes.
const NOT_FOUND = 5;
const ALREADY_EXISTS = 6;
const RESOURCE_EXHAUSTED = 8;

/** The cases a refresh reaches: open ones, on this CLI's task queue. */
export const refreshQuery = (taskQueue: string): string =>
  [
    `WorkflowType = ${literal(WORKFLOW_TYPE)}`,
    `ExecutionStatus = 'Running'`,
    `TaskQueue = ${literal(taskQueue)}`,
  ].join(' AND ');

/** A readable, unique job id: when it started, and a random tail for two started at once. */
export function newJobId(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `holidays-refresh-${stamp}-${randomBytes(3).toString('hex')}`;
}

export interface RefreshProgress {
  jobId: string;
  state: 'running' | 'completed' | 'failed';
  /** Cases the job found; 0 until the server has counted them. */
  total: number;
  signalled: number;
  failed: number;
}

const grpcCode = (err: unknown): number | undefined => (sdk().isGrpcServiceError(err) ? err.code : undefined);

/** Jobs still running in the namespace, to name them when the server allows no more. */
async function runningJobs(s: Session): Promise<string[]> {
  const { operationInfo } = await withDeadline(s, () =>
    s.client.workflowService.listBatchOperations({ namespace: s.config.namespace, pageSize: 100 }),
  );
  return operationInfo.filter((o) => o.state === RUNNING).map((o) => String(o.jobId));
}

/** Starts the batch job that signals every open case; returns its job id. */
export async function startRefresh(
  s: Session,
  opts: { by: string; rate?: number; jobId?: string },
): Promise<string> {
  // A caller that may retry (the feed fetch's activity) names the job, so a retry finds it.
  const jobId = opts.jobId ?? newJobId();
  let exists = false;
  let busy = false;
  await withDeadline(s, async () => {
    try {
      await s.client.workflowService.startBatchOperation({
        namespace: s.config.namespace,
        jobId,
        visibilityQuery: refreshQuery(s.config.taskQueue),
        reason: `bank holidays changed: open cases reload the table (foi holidays refresh, by ${opts.by})`,
        // 0 leaves the pace to the server's limit; a higher value is capped by it.
        maxOperationsPerSecond: opts.rate ?? 0,
        signalOperation: { signal: holidaysChangedSignal.name, identity: s.client.options.identity },
      });
    } catch (err) {
      if (grpcCode(err) === ALREADY_EXISTS) {
        exists = true;
        return;
      }
      // The server's cap on concurrent batch jobs per namespace (still there after the SDK's retries).
      if (grpcCode(err) !== RESOURCE_EXHAUSTED) throw err;
      busy = true;
    }
  });
  if (exists) return jobId;
  if (busy) {
    const running = await runningJobs(s).catch(() => []);
    throw new CliError(
      `Temporal runs no more batch jobs at once in namespace "${s.config.namespace}"` +
        (running.length ? ` (running: ${running.join(', ')})` : '') +
        ': try again when they finish',
    );
  }
  return jobId;
}

/** Where the job stands; each call has its own deadline. */
export async function describeRefresh(s: Session, jobId: string): Promise<RefreshProgress> {
  const d = await withDeadline(s, async () => {
    try {
      return await s.client.workflowService.describeBatchOperation({ namespace: s.config.namespace, jobId });
    } catch (err) {
      if (grpcCode(err) === NOT_FOUND) {
        throw new CliError(`no batch job "${jobId}" in namespace "${s.config.namespace}"`);
      }
      throw err;
    }
  });
  return {
    jobId,
    state: d.state === RUNNING ? 'running' : d.state === COMPLETED ? 'completed' : 'failed',
    total: Number(d.totalOperationCount),
    signalled: Number(d.completeOperationCount),
    failed: Number(d.failureOperationCount),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the job ends: often at first (a small job ends within a second), then every 2 s. */
export async function waitForRefresh(
  s: Session,
  jobId: string,
  onProgress: (p: RefreshProgress) => void = () => undefined,
): Promise<RefreshProgress> {
  for (let attempt = 0; ; attempt++) {
    const p = await describeRefresh(s, jobId);
    onProgress(p);
    if (p.state !== 'running') return p;
    await sleep(Math.min(100 * 2 ** attempt, 2000));
  }
}

const cases = (n: number) => `${n} open case${n === 1 ? '' : 's'}`;

const parseRate = (v: string): number => {
  if (!/^\d+$/.test(v) || Number(v) < 1) {
    throw new UsageError(`--rate: expected a whole number of cases a second, 1 or more (got "${v}")`);
  }
  return Number(v);
};

interface RefreshOptions {
  wait: boolean;
  watch?: string;
  rate?: string;
  by?: string;
}

export function registerHolidaysRefresh(holidays: Command): void {
  const cmd = holidays
    .command('refresh')
    .description(
      'make every open case reload the holiday table and recompute its deadlines (after an import): one batch job on the server, which carries on if this command stops',
    )
    .option('--no-wait', 'start the job, print its id and return at once')
    .option('--watch <job-id>', 'follow a job started earlier instead of starting one')
    .option('--rate <n>', "cases a second at most (default: the server's own limit)")
    .option('--by <name>', 'who is asking, recorded in the job (default: $FOI_USER, else your user name)');
  withExitCodes(cmd);
  cmd.action(async (o: RefreshOptions) => {
    if (o.watch !== undefined && (!o.wait || o.rate !== undefined)) {
      throw new UsageError('--watch follows a job already started: leave out --no-wait and --rate');
    }
    const rate = o.rate === undefined ? undefined : parseRate(o.rate);
    const by = o.watch === undefined ? whoIsActing(o.by) : '';
    const result = await withSession(async (s) => {
      let jobId = o.watch;
      if (jobId === undefined) {
        jobId = await startRefresh(s, { by, rate });
        process.stdout.write(
          `started batch job ${jobId}: open cases on task queue "${s.config.taskQueue}" reload the bank holidays\n`,
        );
        if (!o.wait) {
          process.stdout.write(`follow it with: foi holidays refresh --watch ${jobId}\n`);
          return undefined;
        }
      }
      let shown = '';
      return waitForRefresh(s, jobId, (p) => {
        const line = `  ${p.signalled} of ${cases(p.total)} signalled so far...`;
        // Progress goes to stderr, and only when it moves: stdout keeps the job id and result.
        if (p.state === 'running' && p.total > 0 && line !== shown) process.stderr.write(`${line}\n`);
        shown = line;
      });
    });
    if (!result) return;
    if (result.state === 'failed') {
      throw new CliError(
        `batch job ${result.jobId} failed after ${result.signalled} of ${cases(result.total)}: see \`temporal batch describe --job-id ${result.jobId}\``,
      );
    }
    process.stdout.write(`${result.signalled} of ${cases(result.total)} told to reload the bank holidays\n`);
    if (result.failed > 0) {
      // Usually a case that ended between the job's listing and its signal: it needs nothing.
      throw new CliError(
        `${result.failed} of ${cases(result.total)} could not be told (one that has ended needs nothing; otherwise run this again)`,
      );
    }
  });
}
