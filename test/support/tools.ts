// Where the real servers live. scripts/test.sh exports the paths it installed; running
// jest directly falls back to the project's .tools/ folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

function tool(envName: string, fallback: string): string {
  const p = process.env[envName] || path.join(REPO_ROOT, '.tools', fallback);
  if (!fs.existsSync(p)) {
    throw new Error(
      `${envName}: ${p} not found; run \`npm run setup\` (or \`npm test\`) to install the servers`,
    );
  }
  return p;
}

export const temporalCli = (): string => tool('TEMPORAL_CLI', 'bin/temporal');
export const mailpitBin = (): string => tool('MAILPIT_BIN', 'bin/mailpit');
export const testServerLauncher = (): string => {
  const versions = fs.readFileSync(path.join(REPO_ROOT, 'scripts', 'versions.sh'), 'utf8');
  const version = /TEST_SERVER_VERSION="([^"]+)"/.exec(versions)?.[1] ?? 'unknown';
  return tool('TEMPORAL_TEST_SERVER', `test-server-${version}/temporal-test-server`);
};

/** The compiled build in dist/: what `npm test` has already done (then this returns at
 * once); a test file run alone builds it. */
export function ensureBuilt(): void {
  const build = spawnSync('bash', ['scripts/build.sh'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
}
