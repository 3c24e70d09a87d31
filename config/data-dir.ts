// The embedded default's state folder (data/ in the project, or FOI_DATA_DIR): the dev
// server's database, the records store, and the keys made on first use.
import fs from 'node:fs';
import path from 'node:path';

/** The project's folder (the one holding package.json), from src or from dist. */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

export const dataDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.FOI_DATA_DIR?.trim() ? path.resolve(env.FOI_DATA_DIR.trim()) : path.join(projectRoot(), 'data');
