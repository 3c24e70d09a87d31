// One connection to Temporal per command, from the environment (config/temporal.ts).
// A short connect timeout so that an unreachable server fails in seconds, not minutes.
import type { Client, Connection } from '@temporalio/client';
import { sdk } from './temporal-sdk';
import { connectProblem } from './connect-problem';
import { CliError, UsageError } from './errors';
import { pageSizeFrom } from './page-size';
import { dataConverterFromEnv } from '../codec/data-converter';
import { ConfigError } from '../config/config-error';
import { loadTemporalConfig, type TemporalConfig } from '../config/temporal';

export interface Session {
  client: Client;
  config: TemporalConfig;
  /** Records a page in listings (FOI_PAGE_SIZE). */
  pageSize: number;
}

const CONNECT_TIMEOUT = '5s';

/** A bad setting is the user's to fix: a usage error (exit 2), not a failure. */
function setting<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): TemporalConfig =>
  setting(() => loadTemporalConfig(env));

export const unreachable = (config: TemporalConfig): CliError =>
  new CliError(
    config.tls
      ? `cannot reach Temporal at ${config.address} over TLS: is it running, and does it use TLS? (TEMPORAL_TLS, TEMPORAL_API_KEY turn TLS on; the local dev server has none)`
      : `cannot reach Temporal at ${config.address}: is it running? (npm start)`,
  );

export async function openSession(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Session & { close(): Promise<void> }> {
  const config = loadConfig(env);
  const pageSize = pageSizeFrom(env);
  const dataConverter = setting(() => dataConverterFromEnv(env));
  let connection: Connection;
  try {
    connection = await sdk().Connection.connect({
      address: config.address,
      tls: config.tls,
      apiKey: config.apiKey,
      connectTimeout: CONNECT_TIMEOUT,
    });
  } catch {
    // Nothing listening, or TLS to a server without it: probed, so the line says which.
    throw new CliError(await connectProblem(config, '(npm start)'));
  }
  return {
    client: new (sdk().Client)({ connection, namespace: config.namespace, dataConverter }),
    config,
    pageSize,
    close: () => connection.close(),
  };
}

/** Runs `fn` with a session and closes the connection afterwards, whatever happens. */
export async function withSession<T>(
  fn: (s: Session) => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  const session = await openSession(env);
  try {
    return await fn(session);
  } finally {
    await session.close().catch(() => undefined);
  }
}
