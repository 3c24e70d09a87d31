// A case's holiday table from the February 2027 release (issue 13): the years it can need
// from today, fetched when it opens; no rules compiled into the workflow fill in others, so
// a count past them is refused by name; and in January the case asks for a year further on,
// quietly when nothing changed. Real time-skipping server, real holiday activity and store.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { workflowIdFor } from '../../domain/lifecycle';
import { tableRenewalDay } from '../../domain/lifecycle/case-table-years';
import { londonDate, londonLocalTime } from '../../domain/london-time';
import { statusQuery, timelineQuery } from '../../workflows/definitions';
import { startTimeSkippingServer } from '../support/environments';
import { createWorker, recordingActivities } from './harness';
import { statusWhenOpen } from './status';

let env: TestWorkflowEnvironment;
let worker: Worker;
const recorder = recordingActivities();
const asked: { fromYear: number; toYear: number }[] = [];

beforeAll(async () => {
  env = await startTimeSkippingServer();
  worker = await createWorker(env, 'holiday-years', {
    ...recorder.activities,
    async loadHolidayTable(range: { fromYear: number; toYear: number }) {
      asked.push(range);
      return recorder.activities.loadHolidayTable(range);
    },
  });
});
afterAll(async () => {
  await env?.teardown();
  await recorder.records.close();
});

test('the years a case needs from today; a later year refused; January asks for one more', async () => {
  await worker.runUntil(async () => {
    const today = londonDate(Date.now()); // the test server starts at the real time
    const year = Number(today.slice(0, 4));
    const reference = 'YRS/1';
    const handle = await env.client.workflow.start('foiRequest', {
      taskQueue: 'holiday-years',
      workflowId: workflowIdFor(reference),
      args: [{ reference, regime: 'foia', receivedOn: today, summary: 'Road spending', openedBy: 'officer' }],
    });
    await statusWhenOpen(handle);
    // From the year before receipt to two years past today.
    expect(asked).toEqual([{ fromYear: year - 1, toYear: year + 2 }]);

    // A day in a year the table does not hold: refused, not guessed from rules (the reason,
    // YearNotInTable's, travels encrypted with the failure: table-only.test.ts checks it).
    const asOf = `${year + 3}-06-01`;
    await expect(handle.query(statusQuery, asOf)).rejects.toThrow('Failed to query Workflow');

    // Its January day (fixed by its reference), 02:00 London: it asks for a year further on.
    const renewal = londonLocalTime(tableRenewalDay(reference, year + 2), 2, 0);
    const linesBefore = (await handle.query(timelineQuery)).length;
    await env.sleep(renewal - Date.now() + 3_600_000);
    await handle.query(statusQuery); // a query waits for the woken case's task to finish
    expect(asked.at(-1)).toEqual({ fromYear: year - 1, toYear: year + 3 });
    expect(asked).toHaveLength(2);
    // Now the same day is counted, and the timeline gained no line for a fetch that changed nothing.
    const later = await handle.query(statusQuery, asOf);
    expect(later.reference).toBe(reference);
    const timeline = await handle.query(timelineQuery);
    expect(timeline.slice(linesBefore).some((l) => /holiday/i.test(JSON.stringify(l)))).toBe(false);
  });
}, 120_000);
