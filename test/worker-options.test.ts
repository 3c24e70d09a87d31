// The worker's production settings (worker/worker-config.ts): defaults, accepted forms,
// and one line naming the variable for each bad value.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/config-error';
import {
  DEFAULT_MAX_CACHED_WORKFLOWS,
  DEFAULT_MAX_CONCURRENT_ACTIVITIES,
  DEFAULT_MAX_CONCURRENT_WORKFLOW_TASKS,
  loadWorkerSettings,
  WORKER_HEAP_FLAG,
  WORKER_HEAP_LIMIT_MIB,
} from '../worker/worker-config';
import { REPO_ROOT } from './support/tools';

test('with nothing set: the documented defaults and no metrics endpoint', () => {
  expect(loadWorkerSettings({})).toEqual({
    maxCachedWorkflows: DEFAULT_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: DEFAULT_MAX_CONCURRENT_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: DEFAULT_MAX_CONCURRENT_ACTIVITIES,
    stickyQueueScheduleToStartTimeoutMs: 10_000,
    shutdownGraceTimeMs: 8_000,
  });
});

test('every setting can be given, and an empty or blank variable counts as unset', () => {
  expect(
    loadWorkerSettings({
      WORKER_MAX_CACHED_WORKFLOWS: '250',
      WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: ' 16 ',
      WORKER_MAX_CONCURRENT_ACTIVITIES: '5',
      WORKER_STICKY_SCHEDULE_TO_START_TIMEOUT: '1500ms',
      WORKER_SHUTDOWN_GRACE_TIME: '2m',
      WORKER_METRICS_ADDRESS: '0.0.0.0:9464',
    }),
  ).toEqual({
    maxCachedWorkflows: 250,
    maxConcurrentWorkflowTaskExecutions: 16,
    maxConcurrentActivityTaskExecutions: 5,
    stickyQueueScheduleToStartTimeoutMs: 1500,
    shutdownGraceTimeMs: 120_000,
    metricsAddress: '0.0.0.0:9464',
  });
  expect(loadWorkerSettings({ WORKER_MAX_CACHED_WORKFLOWS: '', WORKER_METRICS_ADDRESS: '  ' })).toMatchObject(
    {
      maxCachedWorkflows: DEFAULT_MAX_CACHED_WORKFLOWS,
    },
  );
  expect(loadWorkerSettings({ WORKER_METRICS_ADDRESS: '' })).not.toHaveProperty('metricsAddress');
});

test('a cache of 0 (no sticky execution) and a grace time of 0 are allowed', () => {
  expect(
    loadWorkerSettings({ WORKER_MAX_CACHED_WORKFLOWS: '0', WORKER_SHUTDOWN_GRACE_TIME: '0s' }),
  ).toMatchObject({ maxCachedWorkflows: 0, shutdownGraceTimeMs: 0 });
});

test('an IPv6 metrics address in brackets is accepted', () => {
  expect(loadWorkerSettings({ WORKER_METRICS_ADDRESS: '[::1]:9464' }).metricsAddress).toBe('[::1]:9464');
});

test.each([
  ['WORKER_MAX_CACHED_WORKFLOWS', 'lots', 'expected a whole number, 0 or more'],
  ['WORKER_MAX_CACHED_WORKFLOWS', '-1', 'expected a whole number, 0 or more'],
  ['WORKER_MAX_CACHED_WORKFLOWS', '2.5', 'expected a whole number, 0 or more'],
  ['WORKER_MAX_CONCURRENT_WORKFLOW_TASKS', '1', 'expected a whole number, 2 or more'],
  ['WORKER_MAX_CONCURRENT_ACTIVITIES', '0', 'expected a whole number, 1 or more'],
  [
    'WORKER_STICKY_SCHEDULE_TO_START_TIMEOUT',
    '10',
    'expected a duration such as 500ms, 10s or 2m, at least 1000ms',
  ],
  [
    'WORKER_STICKY_SCHEDULE_TO_START_TIMEOUT',
    '500ms',
    'expected a duration such as 500ms, 10s or 2m, at least 1000ms',
  ],
  ['WORKER_SHUTDOWN_GRACE_TIME', '5 seconds', 'expected a duration such as 500ms, 10s or 2m'],
  ['WORKER_METRICS_ADDRESS', 'localhost:9464', 'expected IP:port, e.g. 127.0.0.1:9464 or 0.0.0.0:9464'],
  ['WORKER_METRICS_ADDRESS', '127.0.0.1', 'expected IP:port, e.g. 127.0.0.1:9464 or 0.0.0.0:9464'],
  ['WORKER_METRICS_ADDRESS', '127.0.0.1:70000', 'expected IP:port, e.g. 127.0.0.1:9464 or 0.0.0.0:9464'],
  ['WORKER_METRICS_ADDRESS', '999.0.0.1:9464', 'expected IP:port, e.g. 127.0.0.1:9464 or 0.0.0.0:9464'],
])('%s=%j is refused with one line naming it', (name, value, message) => {
  const load = () => loadWorkerSettings({ [name]: value });
  expect(load).toThrow(ConfigError);
  expect(load).toThrow(new ConfigError(`${name}: ${message}, got "${value}"`));
});

// The heap limit is a node flag, so each launcher writes it: they must agree with the one
// number in worker-config.ts, and a node started with it must report that limit.
test('npm start, the Dockerfile and the bench start the worker with the heap limit', () => {
  const read = (f: string) => fs.readFileSync(path.join(REPO_ROOT, f), 'utf8');
  expect(read('scripts/stack-lib.sh')).toContain(`run=(node ${WORKER_HEAP_FLAG} dist/worker/worker.js)`);
  expect(read('Dockerfile')).toContain(`CMD ["node", "${WORKER_HEAP_FLAG}", "dist/worker/worker.js"]`);
  expect(read('bench/cases.bench.ts')).toContain('foi.spec.args.unshift(WORKER_HEAP_FLAG)');
  const limit = spawnSync(
    process.execPath,
    [WORKER_HEAP_FLAG, '-p', 'require("v8").getHeapStatistics().heap_size_limit / 2 ** 20'],
    { encoding: 'utf8' },
  );
  // Old space as set, plus V8's young generation (a few tens of MiB).
  const mib = Number(limit.stdout);
  expect(mib).toBeGreaterThanOrEqual(WORKER_HEAP_LIMIT_MIB);
  expect(mib).toBeLessThan(WORKER_HEAP_LIMIT_MIB + 100);
});
