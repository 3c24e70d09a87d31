// The web app as people use it: a real dev server and worker (the CLI harness, so `foi`
// runs against the same cases), the local OpenID provider and the web server as child
// processes, and Debian's Chromium driven by playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startCliHarness, type CliHarness } from '../cli/harness';
import { freePort } from '../support/mailpit';
import { REPO_ROOT } from '../support/tools';
import { TEST_NAMESPACE } from '../support/environments';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'web');
/** Fixed in the tests so that a forged cookie can be made with a different key. */
export const SESSION_KEY = 'a1'.repeat(32);

export const USERS = {
  officer: { username: 'officer', password: 'officer', email: 'officer@police.example.gov.uk' },
  officer2: { username: 'officer2', password: 'officer2', email: 'second.officer@police.example.gov.uk' },
  approver: { username: 'approver', password: 'approver', email: 'approver@police.example.gov.uk' },
  manager: { username: 'manager', password: 'manager', email: 'manager@police.example.gov.uk' },
  admin: { username: 'admin', password: 'admin', email: 'admin@police.example.gov.uk' },
  visitor: { username: 'visitor', password: 'visitor', email: 'visitor@police.example.gov.uk' },
} as const;
export type UserName = keyof typeof USERS;

export interface WebHarness {
  cli: CliHarness;
  baseUrl: string;
  browser: Browser;
  /** What the provider and the web server wrote (for a failing test's message). */
  logs: string[];
  /** A fresh browser context signed in as the user (through the real provider). */
  signIn(user: UserName): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

function startChild(
  script: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  log: string[],
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', script], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => reject(new Error(`${script} did not start: ${log.join('')}`)), 60_000);
    const onData = (b: Buffer) => {
      log.push(b.toString());
      if (ready.test(log.join(''))) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => log.push(b.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}: ${log.join('')}`));
    });
  });
}

const stopChild = (c: ChildProcess | undefined): Promise<void> =>
  new Promise((resolve) => {
    if (!c || c.exitCode !== null) return resolve();
    c.once('exit', () => resolve());
    c.kill('SIGTERM');
  });

export async function startWebHarness(taskQueue: string): Promise<WebHarness> {
  const cli = await startCliHarness(taskQueue);
  const [webPort, oidcPort] = [await freePort(), await freePort()];
  const baseUrl = `http://localhost:${webPort}`;
  const env: NodeJS.ProcessEnv = {
    TEMPORAL_ADDRESS: cli.env.address,
    TEMPORAL_NAMESPACE: TEST_NAMESPACE,
    TEMPORAL_TASK_QUEUE: taskQueue,
    FOI_WEB_PORT: String(webPort),
    FOI_WEB_BASE_URL: baseUrl,
    FOI_WEB_HOST: '127.0.0.1',
    FOI_LOCAL_OIDC_PORT: String(oidcPort),
    FOI_SESSION_KEY: SESSION_KEY,
    // The web app reads the records store the test worker writes.
    FOI_RECORDS_URL: cli.records.url,
    OIDC_ISSUER: '',
    NODE_ENV: 'test',
  };
  const logs: string[] = [];
  let provider: ChildProcess | undefined;
  let web: ChildProcess | undefined;
  try {
    provider = await startChild('web/local-oidc/provider.ts', env, /local OpenID provider on/, logs);
    web = await startChild('web/server.ts', env, /foi web app on/, logs);
  } catch (err) {
    await stopChild(provider);
    await cli.stop();
    throw err;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    cli,
    baseUrl,
    browser,
    logs,
    async signIn(user) {
      const context = await browser.newContext({ baseURL: baseUrl, acceptDownloads: true });
      const page = await context.newPage();
      await page.goto('/');
      await page.fill('#username', USERS[user].username);
      await page.fill('#password', USERS[user].password);
      await Promise.all([page.waitForURL((u) => u.origin === baseUrl), page.click('button[type=submit]')]);
      return { context, page };
    },
    async stop() {
      await browser.close().catch(() => undefined);
      await stopChild(web);
      await stopChild(provider);
      await cli.stop();
    },
  };
}
