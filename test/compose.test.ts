// docker-compose.yml cannot be run here (no Docker engine), so it is validated with the
// Compose CLI's own parser and checked against the project's search-attribute list.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import { REPO_ROOT } from './support/tools';

const composeFile = path.join(REPO_ROOT, 'docker-compose.yml');

function composeConfig(): { stdout: string; stderr: string; status: number | null } {
  // The compose plugin where it exists, Debian's docker-compose otherwise (installed by
  // scripts/install-tools.sh).
  const hasPlugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;
  return hasPlugin
    ? spawnSync('docker', ['compose', '-f', composeFile, 'config'], { encoding: 'utf8' })
    : spawnSync('docker-compose', ['-f', composeFile, 'config'], { encoding: 'utf8' });
}

const expected = ALL_SEARCH_ATTRIBUTES.map(
  (k) => `${k.name}=${k.type === 'DATETIME' ? 'Datetime' : k.type === 'BOOL' ? 'Bool' : 'Keyword'}`,
);

test('docker-compose.yml is a valid Compose file with the services the stack needs', () => {
  const result = composeConfig();
  expect(result.stderr).not.toMatch(/invalid|error/i);
  expect(result.status).toBe(0);
  for (const service of [
    'postgresql',
    'temporal',
    'temporal-admin-tools',
    'temporal-ui',
    'mailpit',
    'worker',
  ]) {
    expect(result.stdout).toMatch(new RegExp(`^  ${service}:$`, 'm'));
  }
});

test('the compose stack registers exactly the search attributes the workflows upsert', () => {
  const text = fs.readFileSync(composeFile, 'utf8');
  const loop = /for sa in ([^;]+);/.exec(text)?.[1] ?? '';
  expect(loop.split(/\s+/).filter(Boolean).sort()).toEqual([...expected].sort());
});

test('the local run registers the same search attributes', () => {
  const lib = fs.readFileSync(path.join(REPO_ROOT, 'scripts', 'lib.sh'), 'utf8');
  const block = /FOI_SEARCH_ATTRIBUTES=\(([^)]*)\)/.exec(lib)?.[1] ?? '';
  expect(block.split(/\s+/).filter(Boolean).sort()).toEqual([...expected].sort());
});

test('the worker image is built from the Dockerfile in the repo', () => {
  expect(fs.readFileSync(composeFile, 'utf8')).toMatch(/worker:\n\s+build: \./);
  expect(fs.existsSync(path.join(REPO_ROOT, 'Dockerfile'))).toBe(true);
});
