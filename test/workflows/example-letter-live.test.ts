// The example letter's story with a receipt date in the test server's present, so every
// reminder fires for real on the time-skipping server. Receipt Thu 2 Dec 2027 (a future
// date, reached by skipping the server's clock). Non-working days on the way, FOIA:
//   27, 28 Dec 2027  Christmas and Boxing Day substitutes (25/26 Dec fall at a weekend)
//   3 Jan 2028       New Year's Day substitute (1 Jan is a Saturday)
//   4 Jan 2028       2 January substitute, Scotland only: counts for FOIA (s10(6))
// 20 WD: 3 Dec (1), 6-10 (6), 13-17 (11), 20-24 (16), 29-31 (19), 5 Jan 2028 (20).
// Reminders (09:00 GMT): 10 WD before = 16 Dec, 5 before = 23 Dec, 2 before = 30 Dec,
// each at this case's own minute of the 08:30-09:29 window (reminder-spread.ts).
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { reminderOffsetMinutes, workflowIdFor, type OpenCaseInput } from '../../domain/lifecycle';
import { commandUpdates } from '../../workflows/definitions';
import { startTimeSkippingServer } from '../support/environments';
import { APPROVER, LETTER_CASE, NCND_ANSWER, OFFICER } from '../support/example-letter';
import { statusWhenOpen } from './status';
import { createWorker, recordingActivities, skipTo } from './harness';
import { maybeRecordHistory } from './history-recorder';

const REF = 'FOI2027/04711';
let env: TestWorkflowEnvironment;
let worker: Worker;
const recorder = recordingActivities();

beforeAll(async () => {
  env = await startTimeSkippingServer();
  worker = await createWorker(env, 'live-letter', recorder.activities);
});
afterAll(async () => {
  await env?.teardown();
});

/** The case's reminder time on a GMT date: 09:00 moved by its fixed offset. */
const reminderAt = (reference: string, date: string): string => {
  const minute = 9 * 60 + reminderOffsetMinutes(reference, 60);
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return `${date}T${hhmm}`;
};

test("reminders fire on the right working days at the case's minute near 09:00 London, and stop once the case moves on", async () => {
  await worker.runUntil(async () => {
    await skipTo(env, '2027-12-02T10:30:00Z');
    const input: OpenCaseInput = {
      ...LETTER_CASE,
      reference: REF,
      receivedOn: '2027-12-02',
      requester: { name: 'Ada Requester', email: 'ada@example.org' },
    };
    const handle = await env.client.workflow.start('foiRequest', {
      taskQueue: 'live-letter',
      workflowId: workflowIdFor(input.reference),
      args: [input],
    });
    const opened = await statusWhenOpen(handle);
    expect(opened.deadlines[0]).toMatchObject({ key: 'response', due: '2028-01-05', workingDaysLeft: 20 });

    await skipTo(env, '2027-12-24T12:00:00Z');
    await handle.executeUpdate(commandUpdates.submitDraft, { args: [{ by: OFFICER }] });
    await skipTo(env, '2027-12-31T12:00:00Z');
    await handle.executeUpdate(commandUpdates.approve, { args: [{ by: APPROVER }] });
    const answered = await handle.executeUpdate(commandUpdates.recordResponse, {
      args: [{ ...NCND_ANSWER, exemptions: [...NCND_ANSWER.exemptions], by: OFFICER }],
    });
    expect(answered.phase).toBe('review_window');
    expect(answered.response).toMatchObject({ sentOn: '2027-12-31', late: false, workingDaysTaken: 19 });

    // No review request: the case closes after the 40 WD window and the workflow ends.
    const result = await handle.result();
    expect(result.phase).toBe('closed');

    // To the minute of server time (the activity is scheduled a few ms after its timer fires).
    const sent = recorder.sent
      .map(({ at, kind, key, to }) => ({ at: at.slice(0, 16), kind, key, to }))
      .sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
    expect(sent).toEqual([
      { at: '2027-12-02T10:30', kind: 'receipt-confirmation', key: 'receipt', to: [OFFICER] },
      {
        at: reminderAt(REF, '2027-12-16'),
        kind: 'deadline-approaching',
        key: 'response:2028-01-05:before-10',
        to: [OFFICER],
      },
      {
        at: reminderAt(REF, '2027-12-23'),
        kind: 'deadline-approaching',
        key: 'response:2028-01-05:before-5',
        to: [OFFICER],
      },
      // Submitted 24 Dec at noon: the approver is told at once (issue 9 item 10)...
      {
        at: '2027-12-24T12:00',
        kind: 'approval-waiting',
        key: 'approval:2027-12-24:submitted:1',
        to: [APPROVER],
      },
      // ...and reminded two working days later (27, 28 Dec are holidays): 30 Dec.
      {
        at: reminderAt(REF, '2027-12-30'),
        kind: 'approval-waiting',
        key: 'approval:2027-12-24:2',
        to: [APPROVER],
      },
      {
        at: reminderAt(REF, '2027-12-30'),
        kind: 'deadline-approaching',
        key: 'response:2028-01-05:before-2',
        to: [OFFICER],
      },
    ]);
    // Applicant-blind staff email is the activity's job; the workflow passes the case summary only as data.
    expect(recorder.sent.every((s) => !JSON.stringify(s.to).includes('ada@example.org'))).toBe(true);
    const events = await maybeRecordHistory('example-letter-live-one-marker', handle);
    console.log(`example letter (live dates): ${events} history events`);
    expect(events).toBeLessThan(1000);
  });
});
