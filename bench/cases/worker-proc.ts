// A worker child process under watch: its memory and CPU are sampled every 200 ms from
// /proc, an exit the bench did not ask for counts as a crash and the worker is started
// again (as a supervisor would), and CPU time is carried across restarts.
import fs from 'node:fs';
import type { Connection } from '@temporalio/client';
import { cpuMs, exitReason, rssMiB, sleep, startChild, stopChild, type Child } from './procs';

export interface WorkerSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logPath: string;
  taskQueue: string;
  namespace: string;
  connection: Connection;
}

export interface Crash {
  atMs: number;
  code: number | null;
  signal: string | null;
  reason: string;
}

const SAMPLE_MS = 200;
// Enum values from temporal.api.enums.v1 (TaskQueueKind, TaskQueueType), spelled out so the
// bench needs no direct dependency on @temporalio/proto.
const TASK_QUEUE_KIND_NORMAL = 1;
const TASK_QUEUE_TYPE_WORKFLOW = 1;

export class MonitoredWorker {
  child?: Child;
  readonly crashes: Crash[] = [];
  /** When the last process exited (ms, performance.now()). */
  lastExitAtMs = 0;
  peakRssMiB = 0;
  private cpuOfEndedMs = 0;
  private lastCpuMs = 0;
  private expectingExit = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private restarting?: Promise<unknown>;

  constructor(
    readonly spec: WorkerSpec,
    private readonly onCrash: (w: MonitoredWorker, crash: Crash) => void,
  ) {}

  get pid(): number | undefined {
    return this.child?.alive() ? this.child.proc.pid : undefined;
  }

  /** Starts the process and resolves when it polls its task queue: ms from spawn to first poll. */
  async start(): Promise<number> {
    const t0 = performance.now();
    const since = Date.now();
    const logOffset = fs.existsSync(this.spec.logPath) ? fs.statSync(this.spec.logPath).size : 0;
    const child = startChild(this.spec.name, this.spec.command, this.spec.args, {
      cwd: this.spec.cwd,
      env: this.spec.env,
      logPath: this.spec.logPath,
    });
    this.child = child;
    this.lastCpuMs = 0;
    void child.exited.then(({ code, signal }) => this.exited(child, code, signal, logOffset));
    this.timer ??= setInterval(() => this.sample(), SAMPLE_MS);
    const until = Date.now() + 180_000;
    while (Date.now() < until) {
      if (!child.alive()) {
        throw new Error(
          `${this.spec.name} stopped while starting: ${exitReason(this.spec.logPath, logOffset)}`,
        );
      }
      if (await this.polling(child.proc.pid, since)) return performance.now() - t0;
      await sleep(100);
    }
    throw new Error(`${this.spec.name} did not poll ${this.spec.taskQueue} within 180 s`);
  }

  /** Has this process (by its default identity pid@host, or by a poll after it started) polled? */
  private async polling(pid: number | undefined, sinceMs: number): Promise<boolean> {
    const { connection, namespace, taskQueue } = this.spec;
    try {
      const res = await connection.withDeadline(Date.now() + 2_000, () =>
        connection.workflowService.describeTaskQueue({
          namespace,
          taskQueue: { name: taskQueue, kind: TASK_QUEUE_KIND_NORMAL },
          taskQueueType: TASK_QUEUE_TYPE_WORKFLOW,
        }),
      );
      return (res.pollers ?? []).some((p) => {
        if (pid !== undefined && p.identity?.startsWith(`${pid}@`)) return true;
        const seconds = Number(p.lastAccessTime?.seconds ?? 0);
        return seconds * 1000 >= sinceMs + 1000;
      });
    } catch {
      return false;
    }
  }

  private sample(): void {
    const pid = this.pid;
    if (pid === undefined) return;
    const rss = rssMiB(pid);
    const cpu = cpuMs(pid);
    if (rss !== undefined) this.peakRssMiB = Math.max(this.peakRssMiB, rss);
    if (cpu !== undefined) this.lastCpuMs = cpu;
  }

  /** CPU time of this worker so far (ms), across restarts. */
  cpuMs(): number {
    this.sample();
    return this.cpuOfEndedMs + this.lastCpuMs;
  }

  rssMiB(): number | undefined {
    const pid = this.pid;
    return pid === undefined ? undefined : rssMiB(pid);
  }

  resetPeak(): void {
    this.peakRssMiB = this.rssMiB() ?? 0;
  }

  /** The lowest RSS over a few seconds: lets the allocator and GC settle after a burst. */
  async settledRssMiB(seconds = 4): Promise<number | undefined> {
    let min: number | undefined;
    for (let i = 0; i < seconds * 2; i++) {
      const r = this.rssMiB();
      if (r !== undefined) min = min === undefined ? r : Math.min(min, r);
      await sleep(500);
    }
    return min;
  }

  private exited(child: Child, code: number | null, signal: string | null, logOffset: number): void {
    if (child !== this.child) return;
    this.cpuOfEndedMs += this.lastCpuMs;
    this.lastCpuMs = 0;
    this.lastExitAtMs = performance.now();
    if (this.expectingExit || this.stopped) return;
    const crash = { atMs: performance.now(), code, signal, reason: exitReason(this.spec.logPath, logOffset) };
    this.crashes.push(crash);
    this.onCrash(this, crash);
    this.restarting = (async () => {
      await sleep(500);
      if (this.stopped) return;
      await this.start().catch((err: unknown) => {
        console.error(
          `  ${this.spec.name}: restart failed: ${err instanceof Error ? err.message : String(err)}`,
        );
      });
    })();
  }

  /** Waits for a restart after a crash, if one is under way. */
  async ready(): Promise<void> {
    while (this.restarting) {
      const r = this.restarting;
      await r;
      if (r === this.restarting) this.restarting = undefined;
    }
  }

  /** A restart the bench asks for (to empty the cache): not counted as a crash. */
  async restart(): Promise<number> {
    await this.ready();
    if (this.child) {
      this.expectingExit = true;
      try {
        await stopChild(this.child, 60_000);
      } finally {
        this.expectingExit = false;
      }
    }
    return this.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.child) await stopChild(this.child);
  }

  /** Stops watching but leaves the process running (--keep). */
  release(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }
}
