// The daily disposal run as the Schedule starts it, on the time-skipping server: the
// workflow takes today from workflow time, so after skipping to 15 January 2030 it
// disposes of exactly the records due by then, and logs them.
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { dataConverterFromEnv } from '../../codec/data-converter';
import { createDisposalActivities } from '../../activities/disposal';
import type { DisposalRun } from '../../domain/disposal';
import { saveCaseRecord } from '../../records/case-writes';
import { record } from '../records/record-fixtures';
import { tempRecordsStore } from '../support/records-store';
import { createWorker, skipTo } from './harness';
import { startTimeSkippingServer } from '../support/environments';

const store = tempRecordsStore();
let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await startTimeSkippingServer();
});
afterAll(async () => {
  await env?.teardown();
  await store.close();
});

const ended = (reference: string, endedOn: string) =>
  record({ reference, workflowId: `foi-${reference}`, phase: 'closed', endedOn });

test('the run on 15 January 2030 disposes of the records due by then, once each, and logs them', async () => {
  const db = await store.db();
  await saveCaseRecord(db, ended('A/2027-01-14', '2027-01-14')); // due 2030-01-14
  await saveCaseRecord(db, ended('B/2027-01-15', '2027-01-15')); // due 2030-01-15: today
  await saveCaseRecord(db, ended('C/2027-06-01', '2027-06-01')); // due 1 June 2030
  const rules = { default: { years: 3, action: 'destroy' as const }, byRegime: {} };
  // A worker runs until its promise settles, so each step below has its own.
  const newWorker = () => createWorker(env, 'disposal', createDisposalActivities(db, rules));
  // 03:00 UTC is 03:00 in London in January: the run's day is the 15th.
  await skipTo(env, '2030-01-15T03:00:00Z');
  // A plain client: waiting on it leaves the server's clock where skipTo put it (the test
  // environment's own client would let it skip ahead to the next timer while it waits).
  const plain = new Client({ connection: env.connection, dataConverter: dataConverterFromEnv() });
  const runOnce = (id: string) =>
    plain.workflow.execute<() => Promise<DisposalRun>>('disposeRecords', {
      taskQueue: 'disposal',
      workflowId: id,
    });
  const [first, second] = await (
    await newWorker()
  ).runUntil(async () => [await runOnce('disposal-1'), await runOnce('disposal-2')]);
  expect(first).toEqual({ disposed: 2, kept: 0, sample: ['A/2027-01-14', 'B/2027-01-15'] });
  expect(second.disposed).toBe(0); // the same records are never disposed of twice
  const log = await db
    .selectFrom('disposal_log')
    .select(['reference', 'disposed_on'])
    .orderBy('reference')
    .execute();
  expect(log).toEqual([
    { reference: 'A/2027-01-14', disposed_on: '2030-01-15' },
    { reference: 'B/2027-01-15', disposed_on: '2030-01-15' },
  ]);
  expect((await db.selectFrom('cases').select('reference').execute()).map((c) => c.reference)).toEqual([
    'C/2027-06-01',
  ]);
  // On 2 June 2030 the last one is due.
  const third = await (
    await newWorker()
  ).runUntil(async () => {
    await skipTo(env, '2030-06-02T03:00:00Z');
    return runOnce('disposal-3');
  });
  expect(third.sample).toEqual(['C/2027-06-01']);
  expect(await db.selectFrom('cases').select('reference').execute()).toEqual([]);
});
