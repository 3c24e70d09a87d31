// A bank holiday proclaimed after a case opened reaches it through the refresh signal:
// the holiday is imported into the records store (a new table version), the workflow
// fetches the table again (the real activity, reading the store) and every deadline is
// recomputed; the timeline says which deadline moved, from what to what, and why.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { PROCLAMATIONS } from '../../domain/calendar';
import { workflowIdFor } from '../../domain/lifecycle';
import { currentHolidays, saveHolidayVersion } from '../../records/holiday-tables';
import { holidaysChangedSignal, statusQuery, timelineQuery } from '../../workflows/definitions';
import { startTimeSkippingServer } from '../support/environments';
import { createWorker, recordingActivities } from './harness';
import { statusWhenOpen } from './status';

let env: TestWorkflowEnvironment;
let worker: Worker;
const recorder = recordingActivities();

beforeAll(async () => {
  env = await startTimeSkippingServer();
  worker = await createWorker(env, 'refresh', recorder.activities);
});
afterAll(async () => {
  await env?.teardown();
  await recorder.records.close();
});

test('a holiday proclaimed on 1 Jun 2018 moves the open case from 26 to 27 Jun, and the timeline says why', async () => {
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
    const opened = await statusWhenOpen(handle);
    expect([opened.responseDue, opened.holidayTableVersion]).toEqual(['2018-06-26', 1]);

    // The proclamation, as `foi holidays import` would save it.
    const db = await recorder.records.db();
    const { proclamations } = await currentHolidays(db, PROCLAMATIONS);
    const next = {
      ...proclamations,
      holidays: [
        ...proclamations.holidays,
        { date: '2018-06-01', title: 'Proclaimed holiday', divisions: ['scotland' as const] },
      ],
    };
    const meta = { by: 'officer', source: 'proclamation.json', summary: 'added 2018-06-01' };
    expect(await saveHolidayVersion(db, 1, next, meta)).toBe(2);
    await handle.signal(holidaysChangedSignal);

    let status = await handle.query(statusQuery);
    for (let i = 0; i < 50 && status.responseDue !== '2018-06-27'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = await handle.query(statusQuery);
    }
    expect([status.responseDue, status.holidayTableVersion]).toEqual(['2018-06-27', 2]);
    const refreshed = (await handle.query(timelineQuery)).filter((t) => t.type === 'holidaysRefreshed');
    expect(refreshed.map((t) => t.text)).toEqual([
      'bank holiday table version 2 (confirmed through 2028): response moved from Tue 26 Jun 2018 to Wed 27 Jun 2018, ' +
        'because of: added 2018-06-01 Proclaimed holiday (Scotland)',
    ]);
    await handle.terminate('test over');
  });
});
