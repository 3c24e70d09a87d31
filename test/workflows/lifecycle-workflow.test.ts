// The case workflow on the time-skipping server: the example letter entered after the
// fact, commands rejected with their reasons, clocks that run out, withdrawal, and a
// permanent email failure recorded and escalated.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { londonDate } from '../../domain/london-time';
import { commandUpdates, statusQuery, timelineQuery } from '../../workflows/definitions';
import { APPROVER, NCND_ANSWER, OFFICER } from '../support/example-letter';
import { statusWhenOpen } from './status';
import { caseWorkflowSuite } from './harness';
import { maybeRecordHistory } from './history-recorder';

const suite = caseWorkflowSuite('lifecycle');
const { open, recorder } = suite;

const sentFor = (reference: string) => recorder.sent.filter((s) => s.msg.reference === reference);

test('(a) the example letter as a migrated case: deadlines from the recorded dates, no reminder for past dates, one overdue notice', async () => {
  const handle = await open({ settings: { reviewRequestWindow: { unit: 'months', n: 2 } } });
  const u = commandUpdates;
  await handle.executeUpdate(u.submitDraft, { args: [{ by: OFFICER, on: '2018-06-20' }] });
  await handle.executeUpdate(u.approve, { args: [{ by: APPROVER, on: '2018-06-22' }] });
  const responded = await handle.executeUpdate(u.recordResponse, {
    args: [{ ...NCND_ANSWER, exemptions: [...NCND_ANSWER.exemptions], by: OFFICER, on: '2018-06-26' }],
  });
  expect(responded.response).toMatchObject({
    sentOn: '2018-06-26',
    due: '2018-06-26',
    late: false,
    workingDaysTaken: 20,
  });
  // The 2-month window of the letter ends 26 Aug 2018; a request inside it is accepted.
  const review = await handle.executeUpdate(u.requestReview, { args: [{ by: OFFICER, on: '2018-07-10' }] });
  expect(review.review).toMatchObject({ due: '2018-08-09' }); // 12 Jul (NI) and 6 Aug (Scotland) skipped
  await handle.executeUpdate(u.completeReview, {
    args: [{ by: OFFICER, on: '2018-08-01', result: 'upheld' }],
  });
  await handle.executeUpdate(u.icoComplaint, {
    args: [{ by: OFFICER, on: '2018-08-20', icoReference: 'FS50789012', submissionDue: '2018-09-17' }],
  });
  await handle.executeUpdate(u.icoSubmission, { args: [{ by: OFFICER, on: '2018-09-14' }] });
  await handle.executeUpdate(u.icoDecision, {
    args: [{ by: OFFICER, on: '2019-03-04', noticeReference: 'FS50789012', result: 'complaint-not-upheld' }],
  });
  const result = await handle.result();
  expect(result).toMatchObject({ phase: 'closed', endedOn: '2019-04-02' });
  // One notice, at opening: the case came in after its deadline, so its officer is told it is
  // overdue (issue 9 item 10); the steps entered after it, dated 2018, tell nobody.
  expect(sentFor('FOI2018/02892').map((s) => [s.kind, s.key, s.to])).toEqual([
    ['overdue', 'receipt:overdue', [OFFICER]],
  ]);
  const timeline = await handle.query(timelineQuery);
  expect(timeline.map((t) => t.type)).toContain('icoDecisionIssued');
  const events = await maybeRecordHistory('example-letter-migrated', handle);
  console.log(`example letter (migrated): ${events} history events`);
  expect(events).toBeLessThan(1000);
});

test("invalid commands are rejected with the rule's reason and leave the case unchanged", async () => {
  const today = londonDate(await suite.env.currentTimeMs());
  const handle = await open({ reference: 'FOI/REJECT/1', receivedOn: today });
  const before = await statusWhenOpen(handle);
  const attempt = (p: Promise<unknown>) =>
    p.then(
      () => 'accepted',
      (err: unknown) =>
        err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure
          ? err.cause.message
          : String(err),
    );
  expect(await attempt(handle.executeUpdate(commandUpdates.approve, { args: [{ by: APPROVER }] }))).toMatch(
    /no draft is awaiting approval/,
  );
  expect(
    await attempt(
      handle.executeUpdate(commandUpdates.recordResponse, {
        args: [{ by: OFFICER, outcome: 'disclosed-in-full' }],
      }),
    ),
  ).toBe('cannot record a response: the draft has not been approved');
  expect(
    await attempt(handle.executeUpdate(commandUpdates.extend, { args: [{ by: OFFICER, reason: '' }] })),
  ).toBe('reason: the reason is required');
  expect(await handle.query(statusQuery)).toEqual(before);
  expect((await handle.query(timelineQuery)).length).toBe(1);
  await handle.executeUpdate(commandUpdates.withdraw, {
    args: [{ by: OFFICER, reason: 'requester withdrew' }],
  });
  expect(await handle.result()).toMatchObject({ phase: 'withdrawn' });
});

test('an unpaid fee lapses the request three months after the notice, with no reminders meanwhile (only the notices of a new case and its assignment)', async () => {
  const today = londonDate(await suite.env.currentTimeMs());
  const handle = await open({ reference: 'FOI/FEE/1', receivedOn: today, officer: undefined });
  await handle.executeUpdate(commandUpdates.assign, { args: [{ by: APPROVER, officer: OFFICER }] });
  const paused = await handle.executeUpdate(commandUpdates.issueFeesNotice, {
    args: [{ by: OFFICER, amountPence: 4500 }],
  });
  expect(paused.clock).toBe('paused: awaiting fee');
  const result = await handle.result();
  expect(result.phase).toBe('lapsed');
  expect(result.endReason).toMatch(/s9\(2\)/);
  // The manager is told of a case with no officer, the officer of the assignment (issue 9 item 10).
  expect(
    sentFor('FOI/FEE/1')
      .map((s) => s.kind)
      .sort(),
  ).toEqual(['case-assigned', 'case-unassigned']);
});

test('a permanent delivery failure is recorded in the timeline and escalated to the manager', async () => {
  const today = londonDate(await suite.env.currentTimeMs());
  const handle = await open({
    reference: 'FOI/BOUNCE/1',
    receivedOn: today,
    officer: 'bounce@invalid.example',
  });
  await suite.env.sleep('3 days');
  const timeline = await handle.query(timelineQuery);
  expect(timeline.map((t) => t.type)).toContain('reminderUndeliverable');
  const alerts = sentFor('FOI/BOUNCE/1').filter((s) => s.kind === 'delivery-failure');
  expect(alerts[0]?.to).toEqual(['manager']);
  await handle.executeUpdate(commandUpdates.withdraw, { args: [{ by: OFFICER, reason: 'test over' }] });
});

test('a case its review window closed stays open to a late request, which reopens it', async () => {
  const today = londonDate(await suite.env.currentTimeMs());
  const handle = await open({ reference: 'FOI/LATE/1', receivedOn: today });
  await handle.executeUpdate(commandUpdates.submitDraft, { args: [{ by: OFFICER }] });
  await handle.executeUpdate(commandUpdates.approve, { args: [{ by: APPROVER }] });
  await handle.executeUpdate(commandUpdates.recordResponse, {
    args: [{ by: OFFICER, outcome: 'disclosed-in-full' }],
  });
  // 40 working days are about eight weeks: after 12 the window has closed the case.
  await suite.env.sleep('84 days');
  const closed = await handle.query(statusQuery);
  expect(closed).toMatchObject({ phase: 'closed' });
  expect(closed.lateRequestsUntil).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
  const reopened = await handle.executeUpdate(commandUpdates.requestReview, {
    args: [{ by: OFFICER, late: true }],
  });
  expect(reopened.phase).toBe('internal_review');
  expect(reopened.endedOn).toBeUndefined();
  await handle.executeUpdate(commandUpdates.withdraw, { args: [{ by: OFFICER, reason: 'test over' }] });
  expect(await handle.result()).toMatchObject({ phase: 'closed', endReason: 'withdrawn: test over' });
  // Recorded with the late-request patch implied (release 2027-03): the replay tests run the
  // histories from before the patch, with its marker, and with the release's one marker.
  await maybeRecordHistory('late-request-reopened-one-marker', handle);
});
