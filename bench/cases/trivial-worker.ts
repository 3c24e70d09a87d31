// The trivial workflow's worker for `npm run bench:cases`: the same SDK, connection and
// worker settings as the real worker (worker/worker.ts), on its own task queue, with the
// one activity of the "sends" yardstick. Run by the bench as
// `node --require tsx/cjs bench/cases/trivial-worker.ts`.
import { dataConverterFromEnv } from '../../codec/data-converter';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import * as activities from './trivial-activities';

type Tuning = Pick<
  WorkerOptions,
  | 'maxCachedWorkflows'
  | 'maxConcurrentWorkflowTaskExecutions'
  | 'stickyQueueScheduleToStartTimeout'
  | 'shutdownGraceTime'
>;

/** The real worker's settings from the same environment, read by the project's own
 * worker/worker-config.ts where it has one; else only WORKER_MAX_CACHED_WORKFLOWS. */
function tuning(): Tuning {
  const config = path.resolve(__dirname, '..', '..', 'worker', 'worker-config.ts');
  if (fs.existsSync(config)) {
    const { loadWorkerSettings } = createRequire(__filename)(config) as {
      loadWorkerSettings?: () => Record<string, number | string | undefined>;
    };
    const s = loadWorkerSettings?.() ?? {};
    const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
    const out: Tuning = {
      maxCachedWorkflows: num(s.maxCachedWorkflows),
      maxConcurrentWorkflowTaskExecutions: num(s.maxConcurrentWorkflowTaskExecutions),
      stickyQueueScheduleToStartTimeout: num(s.stickyQueueScheduleToStartTimeoutMs),
      shutdownGraceTime: num(s.shutdownGraceTimeMs),
    };
    return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
  }
  const cached = Number(process.env.WORKER_MAX_CACHED_WORKFLOWS ?? '');
  return Number.isInteger(cached) && cached > 0 ? { maxCachedWorkflows: cached } : {};
}

async function main(): Promise<void> {
  const address = process.env.TEMPORAL_ADDRESS ?? 'localhost:7233';
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'foi';
  const taskQueue = process.env.TEMPORAL_TASK_QUEUE ?? 'bench-trivial';
  const settings = tuning();
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    namespace,
    taskQueue,
    workflowsPath: require.resolve('./trivial-workflows'),
    // Used only by the "sends" yardstick's workflow.
    activities,
    // The same encryption as the case worker, so the two are compared like for like.
    dataConverter: dataConverterFromEnv(),
    ...settings,
  });
  console.log(
    `trivial worker: polling ${taskQueue} on ${address} (namespace ${namespace}); ${JSON.stringify(settings)}`,
  );
  await worker.run();
  await connection.close();
}

main().catch((err: unknown) => {
  console.error(`trivial worker: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
