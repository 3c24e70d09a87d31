// How the worker and the CLI reach Temporal: environment variables, validated with zod
// at start-up. Defaults fit the local run (`npm start`); a hosted Temporal needs an
// address, namespace and either mTLS certificates or an API key.
import fs from 'node:fs';
import { z } from 'zod';
import { ConfigError, describeZodIssue } from './config-error';

/** The task queue the worker polls and clients start cases on, unless TEMPORAL_TASK_QUEUE says otherwise. */
export const TASK_QUEUE_DEFAULT = 'foi-requests';

const schema = z.object({
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d{1,5}$/, 'expected host:port, e.g. localhost:7233')
    .default('localhost:7233'),
  TEMPORAL_NAMESPACE: z
    .string()
    .regex(/^[\w.-]+$/, 'expected a namespace name')
    .default('foi'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default(TASK_QUEUE_DEFAULT),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS: z.enum(['true', 'false']).default('false'),
  TEMPORAL_TLS_CERT: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS_CA: z.string().min(1).optional(),
});

export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
  apiKey?: string;
  tls?: { clientCertPair?: { crt: Buffer; key: Buffer }; serverRootCACertificate?: Buffer };
}

function readFile(name: string, p: string): Buffer {
  try {
    return fs.readFileSync(p);
  } catch {
    throw new ConfigError(`${name}: cannot read file "${p}"`);
  }
}

export function loadTemporalConfig(env: NodeJS.ProcessEnv = process.env): TemporalConfig {
  // An empty variable counts as unset (as for the mail settings), so `FOO=` takes the default.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(describeZodIssue(parsed.error.issues[0]!, env));
  }
  const e = parsed.data;
  if (Boolean(e.TEMPORAL_TLS_CERT) !== Boolean(e.TEMPORAL_TLS_KEY)) {
    throw new ConfigError('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY: set both (mTLS) or neither');
  }
  const useTls = e.TEMPORAL_TLS === 'true' || Boolean(e.TEMPORAL_TLS_CERT) || Boolean(e.TEMPORAL_API_KEY);
  return {
    address: e.TEMPORAL_ADDRESS,
    namespace: e.TEMPORAL_NAMESPACE,
    taskQueue: e.TEMPORAL_TASK_QUEUE,
    apiKey: e.TEMPORAL_API_KEY,
    tls: useTls
      ? {
          clientCertPair:
            e.TEMPORAL_TLS_CERT && e.TEMPORAL_TLS_KEY
              ? {
                  crt: readFile('TEMPORAL_TLS_CERT', e.TEMPORAL_TLS_CERT),
                  key: readFile('TEMPORAL_TLS_KEY', e.TEMPORAL_TLS_KEY),
                }
              : undefined,
          serverRootCACertificate: e.TEMPORAL_TLS_CA
            ? readFile('TEMPORAL_TLS_CA', e.TEMPORAL_TLS_CA)
            : undefined,
        }
      : undefined,
  };
}
