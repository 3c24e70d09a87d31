// Where the case records live: FOI_RECORDS_URL, a PostgreSQL URL for production
// (postgres://user:password@host:5432/foi_records) or sqlite:<file> for one machine. The
// default is the embedded one: data/records.db beside the dev server's database.
import path from 'node:path';

import { ConfigError } from '../config/config-error';
import { dataDir } from '../config/data-dir';

export { dataDir };

export type RecordsLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

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
