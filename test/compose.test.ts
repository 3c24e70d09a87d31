// docker-compose.yml cannot be run here (no Docker engine): it is validated with the
// Compose CLI's own parser and checked against what the code declares. Server mode
// (test/server-mode/) runs the same shape for real, from the same deploy/ scripts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import { REPO_ROOT } from './support/tools';

const composeFile = path.join(REPO_ROOT, 'docker-compose.yml');
const text = fs.readFileSync(composeFile, 'utf8');

/** Placeholder settings for the variables compose requires (there are no defaults). */
const SETTINGS = {
  POSTGRES_PASSWORD: 'test-only',
  FOI_RECORDS_DB_PASSWORD: 'test-only',
  OIDC_ISSUER: 'https://login.example.gov.uk',
  OIDC_CLIENT_ID: 'foi',
  OIDC_CLIENT_SECRET: 'test-only',
  FOI_SESSION_KEY: 'test-only',
  FOI_PAYLOAD_KEYS: 'test-only',
};

function composeConfig(env: NodeJS.ProcessEnv): { stdout: string; stderr: string; status: number | null } {
  // The compose plugin where it exists, Debian's docker-compose otherwise (installed by
  // scripts/install-tools.sh). .env.example is the file people copy.
  const args = ['-f', composeFile, '--env-file', path.join(REPO_ROOT, '.env.example'), 'config'];
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in SETTINGS)));
  const opts = { encoding: 'utf8' as const, env: { ...clean, ...env } };
  const hasPlugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;
  return hasPlugin
    ? spawnSync('docker', ['compose', ...args], opts)
    : spawnSync('docker-compose', args, opts);
}

/** Each service's block of the file, by name. */
function services(): Map<string, string> {
  const body = text.slice(text.indexOf('\nservices:\n'), text.indexOf('\nvolumes:\n'));
  const parts = body.split(/^ {2}([\w-]+):\n/m).slice(1);
  const map = new Map<string, string>();
  for (let i = 0; i < parts.length; i += 2) map.set(parts[i]!, parts[i + 1]!);
  return map;
}

const expected = ALL_SEARCH_ATTRIBUTES.map(
  (k) => `${k.name}=${k.type === 'DATETIME' ? 'Datetime' : k.type === 'BOOL' ? 'Bool' : 'Keyword'}`,
);
const LONG_RUNNING = ['postgresql', 'temporal', 'temporal-ui', 'mailpit', 'worker', 'web'];
const ONE_SHOTS = ['temporal-schema', 'temporal-namespace'];

test('docker-compose.yml is a valid Compose file with every service of the stack', () => {
  const result = composeConfig(SETTINGS);
  expect(result.stderr).not.toMatch(/invalid|error/i);
  expect(result.status).toBe(0);
  for (const service of [...LONG_RUNNING, ...ONE_SHOTS]) {
    expect(result.stdout).toMatch(new RegExp(`^ {2}${service}:$`, 'm'));
  }
});

test('no secret is written in the file: without .env settings compose refuses to start', () => {
  const result = composeConfig({});
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(/set [A-Z_]+ in \.env/);
  // Every password, secret or key is a variable with no default (or an empty one).
  const secrets = text.match(/^\s+[A-Z_]*(PASSWORD|PWD|SECRET|KEYS?)[A-Z_]*: .*$/gm) ?? [];
  expect(secrets.length).toBeGreaterThanOrEqual(6);
  for (const line of secrets) expect(line).toMatch(/: \$\{[A-Z_]+(:\?[^}]*|:-)?\}$/);
  expect(text).not.toMatch(/postgres:\/\/[^:]+:[^$]/);
});

test('the stack uses supported, pinned images: temporalio/server with admin-tools, no auto-setup', () => {
  const images = [...text.matchAll(/^\s+image: (\S+)$/gm)].map((m) => m[1]!);
  expect(images.length).toBeGreaterThanOrEqual(6);
  // Deprecated by Temporal: auto-setup (schema and namespace inside the server image),
  // temporalio/web (the old UI) and the tctl-only admin image.
  for (const image of images) {
    expect(image).not.toMatch(/temporalio\/(auto-setup|web|tctl)\b|:latest$/);
    expect(image).toMatch(/:v?\d+\.\d+/);
  }
  const versions = fs.readFileSync(path.join(REPO_ROOT, 'scripts', 'versions.sh'), 'utf8');
  const server = /TEMPORAL_SERVER_VERSION="v([^"]+)"/.exec(versions)?.[1];
  expect(images).toContain(`temporalio/server:${server}`);
  expect(images.filter((i) => i.startsWith(`temporalio/admin-tools:${server}-`))).toHaveLength(2);
});

test('the schema step runs temporal-sql-tool for the default and visibility schemas', () => {
  expect(services().get('temporal-schema')).toContain('/deploy/setup-schema.sh');
  const script = fs.readFileSync(path.join(REPO_ROOT, 'deploy', 'temporal', 'setup-schema.sh'), 'utf8');
  expect(script).toMatch(/temporal-sql-tool/);
  expect(script).toMatch(/--plugin postgres12/);
  expect(script).toMatch(/temporal_visibility/);
  expect(script).toMatch(/update-schema --schema-dir "\$schemas\/\$kind\/versioned"/);
});

test('the namespace step sets a retention and registers every search attribute the code declares', () => {
  const block = services().get('temporal-namespace') ?? '';
  expect(block).toContain('/deploy/create-namespace.sh');
  expect(block).toMatch(/FOI_RETENTION_DAYS: \$\{FOI_RETENTION_DAYS:-30\}/);
  const list = /FOI_SEARCH_ATTRIBUTES: >-\n((?:\s{8}.*\n)+)/.exec(block)?.[1] ?? '';
  expect(list.split(/\s+/).filter(Boolean).sort()).toEqual([...expected].sort());
  const script = fs.readFileSync(path.join(REPO_ROOT, 'deploy', 'temporal', 'create-namespace.sh'), 'utf8');
  expect(script).toMatch(/namespace create --namespace "\$namespace" --retention "\$\{retention\}d"/);
  expect(script).toMatch(/search-attribute create --namespace "\$namespace" --name "\$name" --type "\$type"/);
});

test('long-running services have health checks and restart unless stopped; one-shots only on failure', () => {
  const all = services();
  for (const name of LONG_RUNNING) {
    expect([name, all.get(name)]).toEqual([name, expect.stringMatching(/\n {4}healthcheck:\n/)]);
    expect([name, all.get(name)]).toEqual([name, expect.stringMatching(/\n {4}restart: unless-stopped\n/)]);
  }
  for (const name of ONE_SHOTS) {
    expect([name, all.get(name)]).toEqual([name, expect.stringMatching(/\n {4}restart: on-failure:\d+\n/)]);
  }
});

test('the local runs register the same search attributes', () => {
  const lib = fs.readFileSync(path.join(REPO_ROOT, 'scripts', 'lib.sh'), 'utf8');
  const block = /FOI_SEARCH_ATTRIBUTES=\(([^)]*)\)/.exec(lib)?.[1] ?? '';
  expect(block.split(/\s+/).filter(Boolean).sort()).toEqual([...expected].sort());
});

test('the worker and the web app are built from the Dockerfile in the repo', () => {
  expect(services().get('worker')).toMatch(/^ {4}build: \.$/m);
  expect(services().get('web')).toMatch(/^ {4}build: \.$/m);
  expect(services().get('web')).toContain("command: ['node', 'dist/web/server.js']");
  const dockerfile = fs.readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');
  // Every folder the build compiles is copied into the image before `npm run build`.
  const build = JSON.parse(
    fs.readFileSync(path.join(REPO_ROOT, 'tsconfig.build.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''),
  ) as { include: string[] };
  for (const dir of build.include) expect(dockerfile).toMatch(new RegExp(`^COPY ${dir} \\./${dir}$`, 'm'));
  expect(build.include).toContain('codec');
});

test('the Temporal UI asks the web app to decrypt payloads, with the signed-in cookie', () => {
  expect(services().get('temporal-ui')).toContain(
    'TEMPORAL_CODEC_ENDPOINT: ${FOI_WEB_BASE_URL:-http://localhost:3000}/codec',
  );
  expect(services().get('temporal-ui')).toContain("TEMPORAL_CODEC_INCLUDE_CREDENTIALS: 'true'");
  expect(services().get('web')).toContain(
    'FOI_TEMPORAL_UI_ORIGINS: ${FOI_TEMPORAL_UI_ORIGINS:-http://localhost:8080}',
  );
  expect(text).toContain('FOI_PAYLOAD_KEYS: ${FOI_PAYLOAD_KEYS:?set FOI_PAYLOAD_KEYS in .env}');
});
