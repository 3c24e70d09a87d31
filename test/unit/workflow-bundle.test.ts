// The case workflow's bundle stays lean: every cached case evaluates the modules that are
// not preloaded, so no schema library goes in, and every domain module the workflow uses
// is preloaded (evaluated once, shared by all cases).
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import {
  PRELOADED_DOMAIN_MODULES,
  workflowBundlerOptions,
  workflowsPath,
} from '../../worker/workflow-bundle-options';

const quiet = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
const root = path.resolve(__dirname, '..', '..');

let modules: string[];
let code: string;
beforeAll(async () => {
  ({ code } = await bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions, logger: quiet }));
  modules = [...code.matchAll(/^\/\*\*\*\/ "\.\/([^"]+)"/gm)].map((m) => m[1] as string);
}, 120_000);

test('no zod, and no other schema or holiday-file tooling, in the workflow bundle', () => {
  expect(modules.length).toBeGreaterThan(30);
  expect(modules.filter((m) => m.startsWith('node_modules/zod'))).toEqual([]);
  for (const heavy of [
    'domain/calendar/govuk-feed.ts',
    'domain/calendar/merge-feed.ts',
    'domain/lifecycle/commands.ts',
  ])
    expect(modules).not.toContain(heavy);
});

test('every domain module the workflow code imports is preloaded', () => {
  const imported = new Set<string>();
  for (const file of fs.readdirSync(path.join(root, 'workflows')).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(root, 'workflows', file), 'utf8');
    // Value imports only: `import type` is erased and loads nothing.
    for (const m of source.matchAll(/^import (?!type )[^;]*? from '\.\.\/(domain\/[^']+)';/gm))
      imported.add(`${m[1]}.ts`);
  }
  expect(imported.size).toBeGreaterThan(5);
  expect([...imported].sort()).toEqual([...PRELOADED_DOMAIN_MODULES].sort());
  // ...and each of them is in the bundle, so the preload names real modules.
  for (const m of PRELOADED_DOMAIN_MODULES) expect(modules).toContain(m);
});

// The SDK's own target (ES2017) turns each object spread into a helper call; ours keeps
// them native. Class fields stay compiled (ES2022), initialised in the order they were.
test('the workflow code is compiled for ES2021: object spread stays native', () => {
  const caseRun = code.slice(code.indexOf('"./workflows/case-run.ts"'));
  expect(caseRun.length).toBeGreaterThan(1000);
  expect(code).not.toMatch(/function _object_spread\b/);
  expect(caseRun).toMatch(/\.\.\.status,/);
  expect(code).toMatch(/function _define_property\b/);
});
