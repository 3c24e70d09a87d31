// Server mode as people run it: `bash scripts/server-mode.sh` (PostgreSQL, Temporal's
// server built from its Go module, the namespace step, Mailpit, the real worker from
// dist/), on free ports and in a folder of the test's own, and the `foi` command
// against it as a child process.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../support/tools';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Ports {
  temporal: number;
  postgres: number;
  smtp: number;
  mailpitUi: number;
  web: number;
  oidc: number;
}

export interface ServerMode {
  address: string;
  /** The PostgreSQL server's URL without a database name. */
  postgresUrl: string;
  /** The web app, signing in against the local OpenID provider. */
  webUrl: string;
  stop(): Promise<void>;
}

const READY = 'is running in server mode';
const START_TIMEOUT_MS = 240_000;

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Ports for one stack: the Temporal server takes its frontend port and eight around it. */
export async function freePorts(): Promise<Ports> {
  for (let attempt = 0; attempt < 50; attempt++) {
    // Below 32768: the server stores its membership ports as a PostgreSQL smallint.
    const base = 10_000 + Math.floor(Math.random() * 220) * 100;
    const ports: Ports = {
      temporal: base + 33,
      postgres: base + 50,
      smtp: base + 60,
      mailpitUi: base + 70,
      web: base + 80,
      oidc: base + 81,
    };
    const t = ports.temporal;
    const all = [
      t,
      t + 1,
      t + 2,
      t + 6,
      t + 10,
      t - 300,
      t - 299,
      t - 298,
      t - 294,
      ports.postgres,
      ports.smtp,
      ports.mailpitUi,
      ports.web,
      ports.oidc,
    ];
    if ((await Promise.all(all.map(portFree))).every(Boolean)) return ports;
  }
  throw new Error('no free block of ports for the server-mode stack');
}

/** Starts scripts/server-mode.sh and resolves once it prints its banner. */
export function startServerMode(dir: string, ports: Ports): Promise<ServerMode> {
  const child: ChildProcess = spawn('bash', ['scripts/server-mode.sh'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      FOI_SERVER_MODE_DIR: dir,
      FOI_TEMPORAL_PORT: String(ports.temporal),
      FOI_POSTGRES_PORT: String(ports.postgres),
      FOI_SMTP_PORT: String(ports.smtp),
      FOI_MAILPIT_UI_PORT: String(ports.mailpitUi),
      FOI_WEB_PORT: String(ports.web),
      FOI_LOCAL_OIDC_PORT: String(ports.oidc),
      FOI_WEB_BASE_URL: `http://localhost:${ports.web}`,
      OIDC_ISSUER: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop().then(() => reject(new Error(`server mode did not start in time:\n${output}`)));
    }, START_TIMEOUT_MS);
    const onData = (d: Buffer): void => {
      output += d.toString();
      if (output.includes(READY)) {
        clearTimeout(timer);
        const url = fs.readFileSync(path.join(dir, 'postgres.url'), 'utf8');
        resolve({
          address: `127.0.0.1:${ports.temporal}`,
          postgresUrl: /^FOI_POSTGRES_URL=(.*)$/m.exec(url)?.[1] ?? '',
          webUrl: `http://localhost:${ports.web}`,
          stop,
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      if (!output.includes(READY)) reject(new Error(`server mode exited (code ${code}):\n${output}`));
    });
  });
}

/** The `foi` command, run as people run it, against the stack (its Temporal and its
 * records store, the database the worker writes). */
export function foi(stack: ServerMode, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/foi.js', ...args],
      {
        cwd: REPO_ROOT,
        timeout: 90_000,
        env: {
          ...process.env,
          TEMPORAL_ADDRESS: stack.address,
          FOI_RECORDS_URL: `${stack.postgresUrl}/foi_records`,
          TEMPORAL_NAMESPACE: 'foi',
          FOI_USER: 'officer@police.example.gov.uk',
          NO_COLOR: '1',
        },
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
