// Where the case records live: FOI_RECORDS_URL, a PostgreSQL URL for production
// (postgres://user:password@host:5432/foi_records) or sqlite:<file> for one machine. The
// default is the embedded one: data/records.db beside the dev server's database.
import fs from 'node:fs';
import path from 'node:path';

import { ConfigError } from '../config/config-error';

export type RecordsLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

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

/** The embedded default's state folder: FOI_DATA_DIR, else data/ in the project. */
export const dataDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.FOI_DATA_DIR?.trim() ? path.resolve(env.FOI_DATA_DIR.trim()) : path.join(projectRoot(), 'data');

export function recordsLocation(env: NodeJS.ProcessEnv = process.env): RecordsLocation {
  const raw = env.FOI_RECORDS_URL?.trim();
  if (!raw) return { kind: 'sqlite', file: path.join(dataDir(env), 'records.db') };
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new ConfigError('FOI_RECORDS_URL: expected sqlite:<file>, e.g. sqlite:data/records.db');
    return { kind: 'sqlite', file: path.resolve(file) };
  }
  if (/^postgres(ql)?:\/\/[^/]+\/[\w-]+/.test(raw)) return { kind: 'postgres', url: raw };
  throw new ConfigError(
    'FOI_RECORDS_URL: expected postgres://user:password@host:5432/database or sqlite:<file>',
  );
}

/** For messages: where the records are, without a password. */
export const describeLocation = (l: RecordsLocation): string =>
  l.kind === 'sqlite' ? l.file : l.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
