// Starts a real Mailpit (SMTP server + HTTP API) on free ports for one test file, and reads
// back what it received. Each instance has its own database in a temp dir, so test files
// can run in parallel without seeing each other's mail.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mailpitBin } from './tools';

export interface MailpitAddress {
  Name: string;
  Address: string;
}

export interface MailpitSummary {
  ID: string;
  MessageID: string;
  From: MailpitAddress;
  To: MailpitAddress[] | null;
  Subject: string;
}

export interface MailpitMessage extends MailpitSummary {
  Cc: MailpitAddress[] | null;
  Bcc: MailpitAddress[] | null;
  Text: string;
  HTML: string;
}

export interface Mailpit {
  smtpPort: number;
  httpPort: number;
  list(): Promise<MailpitSummary[]>;
  get(id: string): Promise<MailpitMessage>;
  headers(id: string): Promise<Record<string, string[]>>;
  // Every stored message whose Message-ID matches (angle brackets optional).
  withMessageId(messageId: string): Promise<MailpitMessage[]>;
  deleteAll(): Promise<void>;
  /** Stops the server (a relay gone down) but keeps its ports and messages for `resume`. */
  pause(): Promise<void>;
  /** Starts it again on the same ports with the same messages (the relay back up). */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

// A port nobody listens on right now. Another process could take it before we do; startMailpit
// retries on that, and the refused-connection test only needs it to stay closed for a moment.
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function httpReady(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`)).ok;
  } catch {
    return false;
  }
}

interface Launched {
  child: ChildProcess;
  dir: string;
  smtpPort: number;
  httpPort: number;
}

async function launch(bin: string, extraArgs: string[], again?: Omit<Launched, 'child'>): Promise<Launched> {
  const [smtpPort, httpPort] = again
    ? [again.smtpPort, again.httpPort]
    : [await freePort(), await freePort()];
  const dir = again?.dir ?? mkdtempSync(path.join(tmpdir(), 'mailpit-'));
  const args = [
    ['--smtp', `127.0.0.1:${smtpPort}`],
    ['--listen', `127.0.0.1:${httpPort}`],
    ['--database', path.join(dir, 'mailpit.db')],
    ['--disable-version-check'],
    ['--smtp-disable-rdns'], // no DNS lookups of 127.0.0.1 from a sandbox
    ['--smtp-auth-accept-any'], // lets a test exercise SMTP_USER/SMTP_PASSWORD
    ['--smtp-auth-allow-insecure'], // ... over a plain local connection
  ].flat();
  const child = spawn(bin, [...args, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.once('exit', () => (exited = true));

  // Startup wait, not an assertion: poll until both the API and the SMTP port answer.
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (exited) {
      if (!again) rmSync(dir, { recursive: true, force: true });
      throw new Error(`mailpit exited during startup: ${output.trim()}`);
    }
    if ((await httpReady(httpPort)) && (await tcpOpen(smtpPort))) return { child, dir, smtpPort, httpPort };
    await delay(50);
  }
  child.kill('SIGKILL');
  if (!again) rmSync(dir, { recursive: true, force: true });
  throw new Error(`mailpit did not become ready within 20s: ${output.trim()}`);
}

export async function startMailpit(extraArgs: string[] = []): Promise<Mailpit> {
  const bin = mailpitBin(); // MAILPIT_BIN, else <repo>/.tools/bin/mailpit; throws a clear message if missing
  let started: Awaited<ReturnType<typeof launch>> | undefined;
  for (let attempt = 1; !started; attempt++) {
    try {
      started = await launch(bin, extraArgs);
    } catch (err) {
      // Lost a free-port race with another process: try new ports.
      if (attempt >= 3 || !/address already in use/i.test(String(err))) throw err;
    }
  }
  let { child } = started;
  const { dir, smtpPort, httpPort } = started;
  const api = `http://127.0.0.1:${httpPort}/api/v1`;

  async function call<T>(method: string, route: string): Promise<T> {
    const res = await fetch(api + route, { method });
    if (!res.ok) throw new Error(`mailpit ${method} ${route}: HTTP ${res.status} ${await res.text()}`);
    const body = await res.text();
    // Some routes answer plain "ok" rather than JSON.
    if (!body || !/^[[{]/.test(body.trimStart())) return undefined as T;
    return JSON.parse(body) as T;
  }

  const list = async () =>
    (await call<{ messages: MailpitSummary[] }>('GET', '/messages?limit=1000')).messages;
  const get = (id: string) => call<MailpitMessage>('GET', `/message/${encodeURIComponent(id)}`);

  return {
    smtpPort,
    httpPort,
    list,
    get,
    headers: (id) => call<Record<string, string[]>>('GET', `/message/${encodeURIComponent(id)}/headers`),
    async withMessageId(messageId) {
      const bare = messageId.replace(/^<|>$/g, '');
      const matches = (await list()).filter((m) => m.MessageID === bare);
      return Promise.all(matches.map((m) => get(m.ID)));
    },
    deleteAll: async () => {
      await call('DELETE', '/messages');
    },
    pause: () => halt(child),
    async resume() {
      child = (await launch(bin, extraArgs, { dir, smtpPort, httpPort })).child;
    },
    async stop() {
      await halt(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function halt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
