// The real stack as separate processes, for the fault-injection suite: a Temporal dev
// server on a database file, the compiled worker, and Mailpit (test/support/mailpit.ts).
// Each child is the leader of its own process group, so a kill reaches everything it
// started; `stopAll` kills whatever is still running, for afterAll when a test failed.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { TEST_NAMESPACE } from '../support/environments';
import { REPO_ROOT, temporalCli } from '../support/tools';

export interface Child {
  readonly pid: number;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  running(): boolean;
  /** Signals the whole process group and waits for the process to end. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

const started = new Set<Child>();

function spawnGroup(command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child: ChildProcess = spawn(command, args, {
    cwd: REPO_ROOT,
    env,
    detached: true, // its own process group
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const keep = (b: Buffer) => (text = (text + b.toString()).slice(-200_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let done = false;
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      done = true;
      resolve(code ?? signal ?? -1);
    }),
  );
  const handle: Child = {
    pid: child.pid!,
    output: () => text,
    exited,
    running: () => !done,
    async kill(signal) {
      if (done) return;
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
      await exited;
    },
  };
  started.add(handle);
  void exited.then(() => started.delete(handle));
  return handle;
}

/** Kills every child still running (process group, SIGKILL). */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((c) => c.kill('SIGKILL')));
}

/** A dev server on loopback, its state in `dbFile`, with the project's search attributes. */
export function startServer(port: number, dbFile: string): Child {
  const attributes = ALL_SEARCH_ATTRIBUTES.flatMap((k) => [
    '--search-attribute',
    `${k.name}=${k.type === 'DATETIME' ? 'Datetime' : k.type === 'BOOL' ? 'Bool' : 'Keyword'}`,
  ]);
  return spawnGroup(
    temporalCli(),
    [
      'server',
      'start-dev',
      ['--ip', '127.0.0.1'],
      ['--port', String(port)],
      ['--headless'],
      ['--db-filename', dbFile],
      ['--namespace', TEST_NAMESPACE],
      ['--log-level', 'error'],
      attributes,
    ].flat(),
    process.env,
  );
}

/** Waits until the server answers for the namespace (a startup wait, not an assertion). */
export async function serverReady(address: string, ms = 60_000): Promise<void> {
  await until(
    `Temporal at ${address}`,
    async () => {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 }).catch(() => undefined);
      if (!connection) return undefined;
      try {
        await connection.workflowService.describeNamespace({ namespace: TEST_NAMESPACE });
        return true;
      } catch {
        return undefined;
      } finally {
        await connection.close();
      }
    },
    ms,
  );
}

/** The compiled worker (node dist/worker/worker.js), as production runs it. */
export function startWorker(env: NodeJS.ProcessEnv): Child {
  return spawnGroup(process.execPath, [path.join('dist', 'worker', 'worker.js')], { ...process.env, ...env });
}

/** Asks again every 200 ms until `read` gives a value, or fails after `ms`. */
export async function until<T>(what: string, read: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
