// Production settings of the worker process: how many cases it keeps in memory, how much
// work it runs at once, how it shuts down, and where it serves its metrics. Read from the
// environment and checked at start-up like the Temporal and mail settings: a bad value
// stops the worker with one line naming the variable (ConfigError, exit 2).
import net from 'node:net';
import { z } from 'zod';
import { ConfigError, describeZodIssue } from '../config/config-error';

/**
 * Cached case workflows, set explicitly from the measured cost: `npm run bench:cases` gives
 * about 0.25 MiB of worker RSS a cached case (as much as a workflow that only waits) over a
 * worker of about 150 MiB; the rest are replayed from their histories when they wake. The
 * one place this number lives.
 */
export const DEFAULT_MAX_CACHED_WORKFLOWS = 1500;

/**
 * V8's heap limit for the worker (node --max-old-space-size, set by every launcher: npm
 * start, the Dockerfile, the bench). Without it V8 sizes the heap from the machine (about 4
 * GiB here) and lets evicted cases' garbage pile up: 10,000 open cases touched at once took
 * a 2,000-case worker to 1.7 GiB of RSS. 640 MiB holds 1,500 cached cases (under 500 MiB)
 * with room to spare, and keeps the process under 1 GiB.
 */
export const WORKER_HEAP_LIMIT_MIB = 640;
/** The node flag that sets it, as the launchers write it. */
export const WORKER_HEAP_FLAG = `--max-old-space-size=${WORKER_HEAP_LIMIT_MIB}`;
/** The SDK's own default; workflow tasks are short and CPU-bound in this process. */
export const DEFAULT_MAX_CONCURRENT_WORKFLOW_TASKS = 40;
/** Activities are mostly SMTP sends, one connection each: 20 keeps a relay from being
 * flooded when every reminder of the morning is due at once (the SDK default is 100). */
export const DEFAULT_MAX_CONCURRENT_ACTIVITIES = 20;
/** The SDK's default: how long a task waits for this worker before any worker may take it. */
export const DEFAULT_STICKY_SCHEDULE_TO_START_TIMEOUT = '10s';
/** In-flight activities (an email being sent) get this long to finish on SIGTERM;
 * under Docker's default 10 s stop timeout, so they finish before the SIGKILL. */
export const DEFAULT_SHUTDOWN_GRACE_TIME = '8s';

export interface WorkerSettings {
  maxCachedWorkflows: number;
  maxConcurrentWorkflowTaskExecutions: number;
  maxConcurrentActivityTaskExecutions: number;
  /** milliseconds */
  stickyQueueScheduleToStartTimeoutMs: number;
  /** milliseconds */
  shutdownGraceTimeMs: number;
  /** ip:port for the Prometheus endpoint, or undefined for no endpoint */
  metricsAddress?: string;
}

const count = (min: number, fallback: number) =>
  z
    .string()
    .default(String(fallback))
    .refine((v) => /^\d{1,9}$/.test(v) && Number(v) >= min, `expected a whole number, ${min} or more`)
    .transform(Number);

const UNIT_MS = { ms: 1, s: 1000, m: 60_000 } as const;
const DURATION = /^(\d{1,7})(ms|s|m)$/;

// A unit is required: a bare "10" could mean seconds or milliseconds.
const duration = (fallback: string, minMs: number) =>
  z
    .string()
    .default(fallback)
    .refine(
      (v) => {
        const m = DURATION.exec(v);
        return m !== null && Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] >= minMs;
      },
      `expected a duration such as 500ms, 10s or 2m${minMs > 0 ? `, at least ${minMs}ms` : ''}`,
    )
    .transform((v) => {
      const m = DURATION.exec(v)!;
      return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
    });

// The SDK's exporter binds a socket address, so a host name such as localhost is refused
// here rather than by a panic inside the native runtime.
function isSocketAddress(v: string): boolean {
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|(\d{1,3}(?:\.\d{1,3}){3})):(\d{1,5})$/.exec(v);
  if (m === null) return false;
  const ip = m[1] ?? m[2]!;
  const port = Number(m[3]);
  return net.isIP(ip) !== 0 && port >= 1 && port <= 65535;
}

const schema = z.object({
  WORKER_MAX_CACHED_WORKFLOWS: count(0, DEFAULT_MAX_CACHED_WORKFLOWS),
  // The SDK refuses fewer than 2 while the cache is on.
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: count(2, DEFAULT_MAX_CONCURRENT_WORKFLOW_TASKS),
  WORKER_MAX_CONCURRENT_ACTIVITIES: count(1, DEFAULT_MAX_CONCURRENT_ACTIVITIES),
  // Temporal requires a sticky timeout of at least one second.
  WORKER_STICKY_SCHEDULE_TO_START_TIMEOUT: duration(DEFAULT_STICKY_SCHEDULE_TO_START_TIMEOUT, 1000),
  WORKER_SHUTDOWN_GRACE_TIME: duration(DEFAULT_SHUTDOWN_GRACE_TIME, 0),
  WORKER_METRICS_ADDRESS: z
    .string()
    .refine(isSocketAddress, 'expected IP:port, e.g. 127.0.0.1:9464 or 0.0.0.0:9464')
    .optional(),
});

export function loadWorkerSettings(env: NodeJS.ProcessEnv = process.env): WorkerSettings {
  // An empty variable counts as unset, as for the other settings.
  const given: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = env[key]?.trim();
    if (v !== undefined && v !== '') given[key] = v;
  }
  const parsed = schema.safeParse(given);
  if (!parsed.success) throw new ConfigError(describeZodIssue(parsed.error.issues[0]!, env));
  const e = parsed.data;
  return {
    maxCachedWorkflows: e.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: e.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: e.WORKER_MAX_CONCURRENT_ACTIVITIES,
    stickyQueueScheduleToStartTimeoutMs: e.WORKER_STICKY_SCHEDULE_TO_START_TIMEOUT,
    shutdownGraceTimeMs: e.WORKER_SHUTDOWN_GRACE_TIME,
    ...(e.WORKER_METRICS_ADDRESS !== undefined ? { metricsAddress: e.WORKER_METRICS_ADDRESS } : {}),
  };
}
