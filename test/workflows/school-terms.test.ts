// A schools' case (foia-schools, SI 2004/3364 reg 3) gets its term dates through the
// loadSchoolTerms activity (the real one, reading the records store): without them it
// counts 20 working days and says so; once term dates are imported and the case told to
// refresh, it counts 20 school days. Received Mon 19 Oct 2026 (dates as in
// test/unit/school-days.test.ts): 20 working days end Mon 16 Nov; with a half-term of
// 26-30 Oct the 20th school day is Mon 23 Nov.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { workflowIdFor } from '../../domain/lifecycle';
import { saveSchoolTerms } from '../../records/school-terms';
import { commandUpdates as u, holidaysChangedSignal, statusQuery } from '../../workflows/definitions';
import { startTimeSkippingServer } from '../support/environments';
import { createWorker, recordingActivities } from './harness';
import { maybeRecordHistory } from './history-recorder';
import { statusWhenOpen } from './status';

let env: TestWorkflowEnvironment;
let worker: Worker;
const recorder = recordingActivities();

beforeAll(async () => {
  env = await startTimeSkippingServer();
  worker = await createWorker(env, 'school-terms', recorder.activities);
});
afterAll(async () => {
  await env?.teardown();
  await recorder.records.close();
});

const schoolCase = (reference: string) => ({
  reference,
  regime: 'foia-schools',
  receivedOn: '2026-10-19',
  summary: 'Class sizes',
  openedBy: 'head@school.example.sch.uk',
});

test('20 working days without term dates; 20 school days once they are imported', async () => {
  await worker.runUntil(async () => {
    const first = await env.client.workflow.start('foiRequest', {
      taskQueue: 'school-terms',
      workflowId: workflowIdFor('SCH2026/1'),
      args: [schoolCase('SCH2026/1')],
    });
    const before = await statusWhenOpen(first);
    expect([before.responseDue, before.responseTime]).toEqual([
      '2026-11-16',
      "20 working days (no term dates configured; the schools' rule may allow longer)",
    ]);

    // The terms, as `foi school-terms import` saves them; then the refresh signal.
    const terms = [
      { from: '2026-09-03', to: '2026-10-23' },
      { from: '2026-11-02', to: '2026-12-18' },
    ];
    expect(await saveSchoolTerms(await recorder.records.db(), terms, { by: 'head', source: 't.json' })).toBe(
      1,
    );
    await first.signal(holidaysChangedSignal);
    let after = await first.query(statusQuery);
    for (let i = 0; i < 50 && after.responseDue === '2026-11-16'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await first.query(statusQuery);
    }
    expect([after.responseDue, after.responseTime]).toEqual([
      '2026-11-23',
      '20 school days or 60 working days, whichever is first (term dates version 1, SI 2004/3364 reg 3)',
    ]);

    // Replayed by replay.test.ts (test/histories/schools-refreshed-local-table.json is the
    // same steps on the February 2027 release, whose term-date patch came after a marker).
    await maybeRecordHistory('schools-refreshed-one-marker', first);

    // A case opened now has them from the start.
    const second = await env.client.workflow.start('foiRequest', {
      taskQueue: 'school-terms',
      workflowId: workflowIdFor('SCH2026/2'),
      args: [schoolCase('SCH2026/2')],
    });
    expect((await statusWhenOpen(second)).responseDue).toBe('2026-11-23');
    // Replayed by replay.test.ts (test/histories/schools-before-term-dates.json is the same
    // steps on the December 2026 release, which fetched no term dates).
    const office = 'office@school.example.sch.uk';
    await second.executeUpdate(u.assign, { args: [{ by: 'head', on: '2026-10-20', officer: office }] });
    await second.executeUpdate(u.submitDraft, { args: [{ by: office, on: '2026-11-10' }] });
    await maybeRecordHistory('schools-with-term-dates', second);
    await first.terminate('test over');
    await second.terminate('test over');
  });
});
