// Child processes for the bench: every one it starts is registered here, so that a normal
// end, an exception or Ctrl-C stops them all (by their own pid, nothing else). Also the
// /proc readings (resident memory, CPU time) the bench reports.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export interface Child {
  name: string;
  proc: ChildProcess;
  logPath: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive: () => boolean;
}

const children = new Set<Child>();

/** Starts a process in its own process group (so Ctrl-C reaches only the bench, which then
 * stops it), its output appended to a log file (so it can outlive the bench with --keep). */
export function startChild(
  name: string,
  command: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; logPath: string },
): Child {
  const fd = fs.openSync(opts.logPath, 'a');
  const proc = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  fs.closeSync(fd);
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    proc.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    });
    proc.once('error', () => {
      running = false;
      resolve({ code: null, signal: null });
    });
  });
  const child: Child = { name, proc, logPath: opts.logPath, exited, alive: () => running };
  children.add(child);
  void exited.then(() => children.delete(child));
  return child;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM, then SIGKILL if it has not gone within `graceMs`. */
export async function stopChild(child: Child, graceMs = 15_000): Promise<void> {
  if (!child.alive() || child.proc.pid === undefined) return;
  child.proc.kill('SIGTERM');
  const gone = await Promise.race([child.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!gone) {
    child.proc.kill('SIGKILL');
    await child.exited;
  }
}

/** Stops every child still running, workers first (they drain against the server). */
export async function stopAll(order: (c: Child) => number = () => 0): Promise<void> {
  const byOrder = new Map<number, Child[]>();
  for (const c of children) byOrder.set(order(c), [...(byOrder.get(order(c)) ?? []), c]);
  for (const k of [...byOrder.keys()].sort((a, b) => a - b)) {
    await Promise.all((byOrder.get(k) ?? []).map((c) => stopChild(c)));
  }
}

/** Last resort, from a synchronous exit handler. */
export function killAllNow(): void {
  for (const c of children) {
    if (c.alive()) c.proc.kill('SIGKILL');
  }
}

/** Leaves the children running after the bench exits (--keep). */
export function releaseAll(): Array<{ name: string; pid: number | undefined; logPath: string }> {
  const out = [...children].map((c) => ({ name: c.name, pid: c.proc.pid, logPath: c.logPath }));
  for (const c of children) c.proc.unref();
  children.clear();
  return out;
}

/** Distinct free TCP ports on 127.0.0.1 (held open together so they differ). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const s = net.createServer();
          s.once('error', reject);
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  return ports;
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** Resident memory (VmRSS) in MiB, or undefined if the process has gone. */
export function rssMiB(pid: number): number | undefined {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time used so far (user + system, all threads) in ms, or undefined if it has gone. */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is field 3, utime 14, stime 15.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(rest[11]) + Number(rest[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond() : undefined;
  } catch {
    return undefined;
  }
}

/** The last lines of a log file that say why a process stopped (heap, fatal, error). */
export function exitReason(logPath: string, from = 0): string {
  let text = '';
  try {
    const buf = fs.readFileSync(logPath);
    text = buf.subarray(Math.max(from, buf.length - 20_000)).toString('utf8');
  } catch {
    return '(no log)';
  }
  const ansi = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'); // colour codes
  const lines = text
    .split('\n')
    .map((l) => l.replace(ansi, '').trim())
    .filter(Boolean);
  const memory = lines.filter((l) => /out of memory|heap limit|fatal|abort|killed/i.test(l));
  const errors = lines.filter((l) => /error/i.test(l) && !/\bWARN\b/.test(l));
  const telling = memory.length ? memory : errors;
  return (telling.length ? telling.slice(-2) : lines.slice(-1)).join(' | ').slice(0, 300) || '(log empty)';
}
