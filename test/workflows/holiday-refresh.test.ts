// A bank holiday proclaimed after a case opened reaches it through the refresh signal:
// the workflow fetches the table again (an activity) and every deadline is recomputed.
// The holiday activity here is a double that starts returning an extra holiday (the
// "proclamation") once the test says so; the table itself is the real one.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { buildHolidayTable, type HolidayTable } from '../../domain/calendar';
import { workflowIdFor } from '../../domain/lifecycle';
import { holidaysChangedSignal, statusQuery, timelineQuery } from '../../workflows/definitions';
import { startTimeSkippingServer } from '../support/environments';
import { createWorker, recordingActivities } from './harness';
import { statusWhenOpen } from './status';

let env: TestWorkflowEnvironment;
let worker: Worker;
let proclaimed = false;
const recorder = recordingActivities();

beforeAll(async () => {
  env = await startTimeSkippingServer();
  worker = await createWorker(env, 'refresh', {
    ...recorder.activities,
    async loadHolidayTable(range: { fromYear: number; toYear: number }): Promise<HolidayTable> {
      const table = buildHolidayTable(range.fromYear, range.toYear);
      if (!proclaimed) return table;
      return {
        ...table,
        holidays: [
          ...table.holidays,
          { date: '2018-06-01', title: 'Proclaimed holiday', division: 'scotland' },
        ],
      };
    },
  });
});
afterAll(async () => {
  await env?.teardown();
});

test('a holiday proclaimed on 1 Jun 2018 moves the open case from 26 to 27 Jun', async () => {
  await worker.runUntil(async () => {
    const handle = await env.client.workflow.start('foiRequest', {
      taskQueue: 'refresh',
      workflowId: workflowIdFor('FOI2018/REFRESH'),
      args: [
        {
          reference: 'FOI2018/REFRESH',
          regime: 'foia',
          receivedOn: '2018-05-29',
          summary: 'x',
          openedBy: 'officer',
        },
      ],
    });
    expect((await statusWhenOpen(handle)).responseDue).toBe('2018-06-26');
    proclaimed = true;
    await handle.signal(holidaysChangedSignal);
    let due: string | undefined;
    for (let i = 0; i < 50 && due !== '2018-06-27'; i++) {
      due = (await handle.query(statusQuery)).responseDue;
      if (due !== '2018-06-27') await new Promise((r) => setTimeout(r, 100));
    }
    expect(due).toBe('2018-06-27');
    expect((await handle.query(timelineQuery)).map((t) => t.type)).toContain('holidaysRefreshed');
    await handle.terminate('test over');
  });
});
