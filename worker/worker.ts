// The worker process: hosts the case workflows and their activities. Configuration is
// read and checked before anything connects; a bad setting stops it with one line.
import { NativeConnection, Worker } from '@temporalio/worker';
import { ConfigError as EmailConfigError, loadEmailConfig } from '../activities/email';
import { ConfigError, loadTemporalConfig } from '../client/temporal-config';
import { createActivities } from './activities';

async function main(): Promise<void> {
  const temporal = loadTemporalConfig();
  const email = loadEmailConfig();
  const connection = await NativeConnection.connect({
    address: temporal.address,
    tls: temporal.tls,
    apiKey: temporal.apiKey,
  }).catch(() => {
    throw new Error(`cannot reach Temporal at ${temporal.address}: is it running? (npm start runs one)`);
  });
  const worker = await Worker.create({
    connection,
    namespace: temporal.namespace,
    taskQueue: temporal.taskQueue,
    workflowsPath: require.resolve('../workflows'),
    activities: createActivities(email),
  });
  console.log(
    `worker: polling ${temporal.taskQueue} on ${temporal.address} (namespace ${temporal.namespace}); mail via ${email.smtp.host}:${email.smtp.port}`,
  );
  // Worker.run() stops cleanly on SIGINT/SIGTERM (the SDK's default shutdown signals).
  await worker.run();
  await connection.close();
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof EmailConfigError) {
    console.error(`worker: configuration error: ${err.message}`);
    process.exit(2);
  }
  const message = err instanceof Error ? err.message : String(err);
  console.error(`worker: ${message}`);
  process.exit(1);
});
