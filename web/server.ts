// The web app's process: settings (one-line error, exit 2), the identity provider's
// discovery document, one Temporal connection, the records store, then HTTP. The worker is another process.
import { openSession } from '../client/connect';
import { CliError } from '../client/errors';
import { londonToday } from '../client/today';
import { ConfigError } from '../config/config-error';
import { openRecords, RecordsUnavailable, type RecordsDb } from '../records/open-records';
import { recordsLocation } from '../records/records-config';
import { AesGcmCodec } from '../codec/aes-gcm-codec';
import { loadPayloadKeys } from '../codec/payload-keys';
import { buildApp } from './app';
import { discoverProvider, type OidcClient } from './auth/oidc';
import { loadWebConfig, WebConfigError, type WebConfig } from './config';
import { sessionKey } from './session-key';

const fail = (message: string, code: number): never => {
  process.stderr.write(`foi-web: ${message}\n`);
  process.exit(code);
};

/** The provider may still be starting (npm start runs both): try for a while. */
async function discoverWithRetry(config: WebConfig): Promise<OidcClient> {
  const giveUpAt = Date.now() + 30_000;
  for (;;) {
    try {
      return await discoverProvider(config);
    } catch (err) {
      if (Date.now() > giveUpAt) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

async function main(): Promise<void> {
  let config: WebConfig;
  try {
    config = loadWebConfig();
  } catch (err) {
    if (err instanceof WebConfigError) return fail(err.message, 2);
    throw err;
  }
  let temporal: Awaited<ReturnType<typeof openSession>>;
  try {
    temporal = await openSession();
  } catch (err) {
    if (err instanceof CliError) return fail(err.message, err.exitCode);
    throw err;
  }
  let records: RecordsDb;
  try {
    records = await openRecords(recordsLocation());
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.message, 2);
    if (err instanceof RecordsUnavailable) return fail(`cannot open the ${err.message}`, 1);
    throw err;
  }
  let codec: AesGcmCodec;
  try {
    codec = new AesGcmCodec(loadPayloadKeys());
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.message, 2);
    throw err;
  }
  const oidc = await discoverWithRetry(config).catch((err: Error) => fail(err.message, 1));
  const app = await buildApp({
    config,
    temporal,
    records,
    oidc,
    codec,
    sessionKey: sessionKey(config),
    today: londonToday,
  });
  try {
    await app.listen({ port: config.port, host: process.env.FOI_WEB_HOST ?? '0.0.0.0' });
  } catch (err) {
    return fail(`cannot listen on port ${config.port}: ${(err as Error).message}`, 1);
  }
  process.stdout.write(`foi web app on ${config.baseUrl}\n`);
  const stop = () => {
    void app
      .close()
      .then(() => temporal.close())
      .then(() => records.destroy())
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((err: unknown) => fail((err as Error).message, 1));
}
