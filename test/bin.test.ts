// The `foi` command as installed: bin/foi.js runs the compiled build in dist/ (no tsx at
// run time), falls back to the TypeScript sources when dist/ is older than them, and says
// what to do when there is neither.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, REPO_ROOT } from './support/tools';

// Loaded with --require into the CLI process: records which code it ran.
const PROBE = `
const fs = require('node:fs');
process.on('exit', () => {
  const loaded = Object.keys(require.cache);
  fs.writeFileSync(process.env.PROBE_OUT, JSON.stringify({
    compiled: loaded.some((p) => p.includes('/dist/client/')),
    tsx: loaded.some((p) => p.includes('/node_modules/tsx/')),
  }));
});
`;

let tmp: string;
let probe: string;

function foi(root: string, args: string[]) {
  const out = path.join(tmp, `probe-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ['--require', probe, path.join(root, 'bin', 'foi.js'), ...args], {
    cwd: tmp,
    env: { ...process.env, PROBE_OUT: out, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const ran = JSON.parse(fs.readFileSync(out, 'utf8')) as { compiled: boolean; tsx: boolean };
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ran };
}

/** A copy of the parts of the checkout bin/foi.js looks at, with timestamps kept. */
function copyCheckout(parts: string[]): string {
  const root = fs.mkdtempSync(path.join(tmp, 'checkout-'));
  for (const part of parts) {
    fs.cpSync(path.join(REPO_ROOT, part), path.join(root, part), {
      recursive: true,
      preserveTimestamps: true,
      verbatimSymlinks: true,
    });
  }
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

/** Every source folder the build compiles (tsconfig.build.json), which bin/foi.js must watch. */
const SOURCES = (
  JSON.parse(
    fs.readFileSync(path.join(REPO_ROOT, 'tsconfig.build.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''),
  ) as { include: string[] }
).include;

beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-bin-'));
  probe = path.join(tmp, 'probe.js');
  fs.writeFileSync(probe, PROBE);
}, 300_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('`foi due` runs the compiled build, without tsx', () => {
  const r = foi(REPO_ROOT, ['due', '--received', '2018-05-29']);
  expect(r).toMatchObject({ code: 0, stdout: '2018-06-26\n', stderr: '' });
  expect(r.ran).toEqual({ compiled: true, tsx: false });
});

test('`foi --help` from the compiled build lists the commands', () => {
  const r = foi(REPO_ROOT, ['--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Usage: foi /);
  for (const command of ['open', 'status', 'list', 'stats', 'due', 'holidays']) {
    expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  }
  expect(r.ran.compiled).toBe(true);
});

test('a source edited after the build: the sources run through tsx, quietly, with the same answer', () => {
  const root = copyCheckout(['bin', 'dist', ...SOURCES]);
  const later = new Date(Date.now() + 60_000);
  fs.utimesSync(path.join(root, 'client', 'cli.ts'), later, later);
  const r = foi(root, ['due', '--received', '2018-05-29']);
  expect(r).toMatchObject({ code: 0, stdout: '2018-06-26\n', stderr: '' });
  expect(r.ran).toEqual({ compiled: false, tsx: true });
});

test('an installed copy (dist/ and no sources) runs the compiled build', () => {
  // The shipped holiday table is compiled into dist/ like the code: nothing else is needed.
  const root = copyCheckout(['bin', 'dist']);
  expect(fs.lstatSync(path.join(root, 'dist', 'domain', 'calendar', 'data')).isSymbolicLink()).toBe(false);
  const r = foi(root, ['due', '--received', '2018-05-29']);
  expect(r).toMatchObject({ code: 0, stdout: '2018-06-26\n', stderr: '' });
  expect(r.ran.compiled).toBe(true);
});

test('neither dist/ nor sources: one line saying to build', () => {
  const root = copyCheckout(['bin']);
  const r = foi(root, ['due', '--received', '2018-05-29']);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`foi: not built: run \`npm run build\` in ${root} first\n`);
});

test('bin/foi.js watches every folder the build compiles, so an edit anywhere is noticed', () => {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'bin', 'foi.js'), 'utf8');
  const listed = /const SOURCE_DIRS = \[([^\]]*)\]/.exec(text)?.[1] ?? '';
  const watched = [...listed.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort();
  expect(watched).toEqual([...SOURCES].sort());
});
