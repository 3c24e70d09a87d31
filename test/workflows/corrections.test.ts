// Putting mistakes right on the time-skipping server (issue 9 items 8 and 9): a response
// entered with the wrong date is reversed and entered again, with both in the timeline; then
// the case, found to be opened in error, is voided: the workflow ends, and the records store
// keeps it, marked, out of the period's statistics. Dates as in test/unit/corrections.test.ts
// (the letter's case: received Tue 29 May 2018, response due Tue 26 Jun 2018).
import { periodStats } from '../../records/period-stats';
import { commandUpdates as u, timelineQuery } from '../../workflows/definitions';
import { APPROVER, ncndResponse, OFFICER } from '../support/example-letter';
import { caseWorkflowSuite } from './harness';
import { maybeRecordHistory } from './history-recorder';
import { statusWhenOpen } from './status';

const suite = caseWorkflowSuite('corrections');

test('a wrong response date reversed and entered again; then the case voided, kept out of the statistics', async () => {
  const handle = await suite.open({ reference: 'FOI2018/VOID1' });
  await statusWhenOpen(handle);
  await handle.executeUpdate(u.submitDraft, { args: [{ by: OFFICER, on: '2018-06-20' }] });
  await handle.executeUpdate(u.approve, { args: [{ by: APPROVER, on: '2018-06-21' }] });
  const { type: _t, ...typo } = ncndResponse(OFFICER, '2018-07-26');
  const wrong = await handle.executeUpdate(u.recordResponse, { args: [typo] });
  expect(wrong.response).toMatchObject({ sentOn: '2018-07-26', late: true });

  const reversed = await handle.executeUpdate(u.reverseLastStep, {
    args: [{ by: OFFICER, reason: 'sent on 26 June, typed as July' }],
  });
  expect(reversed.phase).toBe('approved');
  expect(reversed.response).toBeUndefined();
  expect(reversed.deadlines.map((d) => [d.key, d.due])).toEqual([['response', '2018-06-26']]);

  const { type: _t2, ...right } = ncndResponse(OFFICER, '2018-06-26');
  const answered = await handle.executeUpdate(u.recordResponse, { args: [right] });
  expect(answered.response).toMatchObject({ sentOn: '2018-06-26', late: false, workingDaysTaken: 20 });

  await handle.executeUpdate(u.void, {
    args: [{ by: 'manager@police.example.gov.uk', reason: 'a duplicate of FOI2018/02892' }],
  });
  const final = await handle.result();
  expect(final.phase).toBe('voided');
  const types = (await handle.query(timelineQuery)).map((t) => t.type);
  expect(types).toEqual([
    'opened',
    'draftSubmitted',
    'draftApproved',
    'responseSent',
    'stepReversed',
    'responseSent',
    'voided',
  ]);

  // The store keeps the case, voided, with its whole timeline; May 2018's statistics skip it.
  const db = await suite.recorder.records.db();
  const row = await db
    .selectFrom('cases')
    .select(['phase', 'voided', 'end_reason'])
    .where('reference', '=', 'FOI2018/VOID1')
    .executeTakeFirstOrThrow();
  expect(row).toEqual({ phase: 'voided', voided: 1, end_reason: 'voided: a duplicate of FOI2018/02892' });
  const lines = await db
    .selectFrom('case_timeline')
    .select('type')
    .where('reference', '=', 'FOI2018/VOID1')
    .execute();
  expect(lines).toHaveLength(7);
  expect((await periodStats(db, { from: '2018-05-01', to: '2018-05-31' })).received).toBe(0);
  // Replayed by replay.test.ts: the January 2027 release's void, reversal and notices.
  await maybeRecordHistory('corrections-and-notices', handle);
});
