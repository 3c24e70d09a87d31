// Where the app's files are, whether it runs from the sources (web/) or the build
// (dist/web/): templates and browser scripts are read from the sources, packages from
// node_modules.
import fs from 'node:fs';
import path from 'node:path';

function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'web', 'views')))
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find the repository root above ${__dirname}`);
  }
}

export const REPO_ROOT = repoRoot();
export const VIEWS_DIR = path.join(REPO_ROOT, 'web', 'views');
export const PUBLIC_DIR = path.join(REPO_ROOT, 'web', 'public');
export const DATA_DIR = path.join(REPO_ROOT, 'data');
export const pkgDir = (name: string): string => path.join(REPO_ROOT, 'node_modules', name);
