// The worker refuses to start on a bad setting, with one line naming it, before it
// connects to anything (so no server is needed here).
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './support/tools';

function startWorker(env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, ['--require', 'tsx/cjs', 'worker/worker.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test.each([
  [{ SMTP_PORT: 'abc' }, 'worker: configuration error: SMTP_PORT: expected a port number 1-65535, got "abc"'],
  [
    { SMTP_TLS: 'maybe' },
    'worker: configuration error: SMTP_TLS: expected one of none, starttls, tls, got "maybe"',
  ],
  [
    { TEMPORAL_ADDRESS: 'no port here' },
    'worker: configuration error: TEMPORAL_ADDRESS: expected host:port, e.g. localhost:7233, got "no port here"',
  ],
])('%j stops the worker with one clear line', (env, line) => {
  const r = startWorker(env);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe(`${line}\n`);
  expect(r.stdout).toBe('');
});
