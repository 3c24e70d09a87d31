// The worker process: hosts the case workflows and their activities. Configuration is
// read and checked before anything connects; a bad setting stops it with one line.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import { loadDisposalRules } from '../activities/disposal';
import { loadEmailConfig } from '../activities/email';
import { smtpProblem } from '../activities/email/verify';
import { encryptingDataConverter } from '../codec/data-converter';
import { loadPayloadKeys } from '../codec/payload-keys';
import { ConfigError } from '../config/config-error';
import { loadTemporalConfig, type TemporalConfig } from '../config/temporal';
import { openRecords, RecordsUnavailable } from '../records/open-records';
import { describeLocation, recordsLocation } from '../records/records-config';
import { connectProblem } from '../client/connect-problem';
import { createActivities } from './activities';
import { namespaceProblem } from './namespace-check';
import { startRefresh as startRefreshJob } from '../client/commands/holidays-refresh';
import { keepSchedules, wantedSchedules } from './schedules';
import { retentionWarning } from './retention-check';
import { searchAttributesWarning } from './search-attribute-check';
import { loadWorkerSettings, WORKER_HEAP_FLAG, WORKER_HEAP_LIMIT_MIB } from './worker-config';
import { workflowBundlerOptions, workflowsPath } from './workflow-bundle-options';

// Built by scripts/build.sh next to the compiled worker (dist/worker/worker.js ->
// dist/workflow-bundle.js). Run from the TypeScript sources this path does not exist, so
// development and tests bundle the current workflow code at start instead of a stale build.
const PREBUILT_BUNDLE = path.resolve(__dirname, '..', 'workflow-bundle.js');

function workflowCode(): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  return fs.existsSync(PREBUILT_BUNDLE)
    ? { workflowBundle: { codePath: PREBUILT_BUNDLE } }
    : { workflowsPath, bundlerOptions: workflowBundlerOptions };
}

const connectionOptions = (t: TemporalConfig) => ({ address: t.address, tls: t.tls, apiKey: t.apiKey });

async function main(): Promise<void> {
  const temporal = loadTemporalConfig();
  const email = loadEmailConfig();
  const settings = loadWorkerSettings();
  const recordsAt = recordsLocation();
  const payloadKeys = loadPayloadKeys();
  const dataConverter = encryptingDataConverter(payloadKeys);
  const disposalRules = loadDisposalRules();
  const wanted = wantedSchedules(); // checked before connecting, like every other setting
  const records = await openRecords(recordsAt);
  if (settings.metricsAddress !== undefined) {
    // Must come before the first connection, which would install a default runtime.
    Runtime.install({
      telemetryOptions: { metrics: { prometheus: { bindAddress: settings.metricsAddress } } },
    });
  }
  const connection = await NativeConnection.connect(connectionOptions(temporal)).catch(async () => {
    throw new Error(await connectProblem(temporal, '(npm start runs one)'));
  });
  const noNamespace = await namespaceProblem(connection, temporal);
  if (noNamespace) throw new Error(noNamespace);
  const shortRetention = await retentionWarning(connection, temporal.namespace).catch(() => undefined);
  if (shortRetention) console.warn(shortRetention);
  const unregistered = await searchAttributesWarning(connection, temporal.namespace).catch(() => undefined);
  if (unregistered) console.warn(unregistered);
  const smtp = await smtpProblem(email);
  if (smtp)
    console.warn(
      `worker: warning: the mail relay at ${email.smtp.host}:${email.smtp.port} (SMTP_TLS=${email.smtp.tls}) does not answer as expected: ${smtp}; ` +
        'reminders wait and retry until it does (check SMTP_HOST, SMTP_PORT, SMTP_TLS, SMTP_USER)',
    );
  // A client connection too: for the schedules, and for the batch job that tells open
  // cases of a new holiday table.
  const clientConnection = await Connection.connect(connectionOptions(temporal));
  // A warning, not a refusal: cases still run without the schedules; the next start tries again.
  const scheduled = await keepSchedules(
    clientConnection,
    temporal.namespace,
    temporal.taskQueue,
    dataConverter,
    wanted,
  ).catch((err: unknown) => [`schedules not set up (${err instanceof Error ? err.message : String(err)})`]);
  for (const line of scheduled) console.log(`worker: ${line}`);
  const session = {
    client: new Client({ connection: clientConnection, namespace: temporal.namespace, dataConverter }),
    config: temporal,
    pageSize: 100,
  };
  const startRefresh = (reason: string, jobId: string) => startRefreshJob(session, { by: reason, jobId });
  const code = workflowCode();
  const worker = await Worker.create({
    connection,
    namespace: temporal.namespace,
    taskQueue: temporal.taskQueue,
    ...code,
    dataConverter,
    activities: createActivities(email, records, disposalRules, startRefresh),
    maxCachedWorkflows: settings.maxCachedWorkflows,
    maxConcurrentWorkflowTaskExecutions: settings.maxConcurrentWorkflowTaskExecutions,
    maxConcurrentActivityTaskExecutions: settings.maxConcurrentActivityTaskExecutions,
    stickyQueueScheduleToStartTimeout: settings.stickyQueueScheduleToStartTimeoutMs,
    shutdownGraceTime: settings.shutdownGraceTimeMs,
  });
  console.log(
    `worker: polling ${temporal.taskQueue} on ${temporal.address} (namespace ${temporal.namespace}); mail via ${email.smtp.host}:${email.smtp.port}; ` +
      `records in ${describeLocation(recordsAt)}; ` +
      `payloads encrypted with key ${payloadKeys.keys[0]!.id} (${payloadKeys.keys.length} known, from ${payloadKeys.source}); ` +
      `workflows from ${code.workflowBundle ? 'the prebuilt bundle' : 'sources, bundled at start'}; ` +
      `cache ${settings.maxCachedWorkflows} workflows, ${settings.maxConcurrentWorkflowTaskExecutions} workflow tasks, ` +
      `${settings.maxConcurrentActivityTaskExecutions} activities at once; ${heapNote()}` +
      (settings.metricsAddress !== undefined ? `; metrics at http://${settings.metricsAddress}/metrics` : ''),
  );
  // Worker.run() stops cleanly on SIGINT/SIGTERM (the SDK's default shutdown signals),
  // giving in-flight activities shutdownGraceTime to finish.
  await worker.run();
  await connection.close();
  await clientConnection.close();
  await records.destroy();
}

/** The V8 heap limit this process runs with, and a hint when no launcher capped it. */
function heapNote(): string {
  const mib = Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
  return mib > 2 * WORKER_HEAP_LIMIT_MIB
    ? `heap limit ${mib} MiB (not capped: start it with node ${WORKER_HEAP_FLAG}, as npm start and the Dockerfile do)`
    : `heap limit ${mib} MiB`;
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(`worker: configuration error: ${err.message}`);
    process.exit(2);
  }
  const message = err instanceof Error ? err.message : String(err);
  console.error(`worker: ${err instanceof RecordsUnavailable ? 'cannot open the ' : ''}${message}`);
  process.exit(1);
});
