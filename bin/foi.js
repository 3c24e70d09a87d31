#!/usr/bin/env node
// Entry point for the `foi` command. Runs the compiled CLI in dist/ (built by
// `npm run build`, which `npm start` and `npm test` run first), so no TypeScript is
// compiled at run time. In a checkout whose dist/ is missing or older than the sources
// (an edit since the last build), it runs the sources through tsx instead: slower to
// start, but never a stale command.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const compiled = path.join(root, 'dist', 'client', 'cli.js');
const stamp = path.join(root, 'dist', '.build-hash'); // written last by scripts/build.sh
const sources = path.join(root, 'client', 'cli.ts');
// What scripts/build.sh compiles; a file newer than the stamp means dist/ is stale.
const SOURCE_DIRS = [
  'client',
  'config',
  'codec',
  'domain',
  'workflows',
  'activities',
  'worker',
  'records',
  'web',
];

function mtimeMs(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function newerThan(dir, limit) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() ? newerThan(p, limit) : fs.statSync(p).mtimeMs > limit) return true;
  }
  return false;
}

function compiledIsCurrent() {
  const built = mtimeMs(stamp);
  if (built === undefined || mtimeMs(compiled) === undefined) return false;
  // An installed package has no sources to compare with: dist/ is all there is.
  if (!fs.existsSync(sources)) return true;
  return !SOURCE_DIRS.some((d) => newerThan(path.join(root, d), built));
}

if (compiledIsCurrent()) {
  require(compiled).run();
} else if (fs.existsSync(sources)) {
  // A hint for people only: scripts and tests read stderr and expect the command's own output.
  if (process.stderr.isTTY) {
    process.stderr.write(
      'foi: dist/ is missing or older than the sources, so this runs slower; `npm run build` fixes that\n',
    );
  }
  require('tsx/cjs');
  require(sources).run();
} else {
  process.stderr.write('foi: not built: run `npm run build` in ' + root + ' first\n');
  process.exitCode = 1;
}
