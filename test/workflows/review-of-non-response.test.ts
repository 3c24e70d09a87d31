// Issue 9 on the time-skipping server: a review of a failure to respond (item 1), lived
// through in the server's present with its reminders, then answered late; FOISA's rule that
// the Scottish Information Commissioner takes an application only after a review (item 3),
// entered after the fact with the dates of test/unit/reviews-of-non-response.test.ts; and a case
// received in the future refused at the start (item 7).
import { WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { addDays, buildHolidayTable, WorkingDayCalendar } from '../../domain/calendar';
import { londonDate } from '../../domain/london-time';
import { getRegime } from '../../domain/regimes';
import { commandUpdates as u, statusQuery, timelineQuery } from '../../workflows/definitions';
import { APPROVER, OFFICER } from '../support/example-letter';
import { caseWorkflowSuite, skipTo } from './harness';
import { statusWhenOpen } from './status';

const suite = caseWorkflowSuite('review-of-non-response');
const { open, recorder } = suite;

/** The reason an Update was refused, or 'accepted'. */
const attempt = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (err: unknown) =>
      err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure
        ? err.cause.message
        : String(err),
  );

const londonToday = async () => londonDate(await suite.env.currentTimeMs());

test('FOIA: no answer by the deadline, a review of that failure with its own deadline and reminders, then the late answer', async () => {
  const REF = 'FOI/NONRESPONSE/1';
  const receivedOn = await londonToday();
  const handle = await open({ reference: REF, receivedOn });
  const opened = await statusWhenOpen(handle);
  const responseDue = opened.deadlines.find((d) => d.key === 'response')!.due;
  expect(await attempt(handle.executeUpdate(u.requestReview, { args: [{ by: OFFICER }] }))).toMatch(
    /^cannot record a request for internal review: no response has been sent, and none is overdue yet/,
  );

  // The day after the deadline, at noon London time (whatever the season).
  const requestedOn = addDays(responseDue, 1);
  await skipTo(suite.env, `${requestedOn}T12:00:00Z`);
  const reviewing = await handle.executeUpdate(u.requestReview, {
    args: [{ by: OFFICER, grounds: 'no answer came' }],
  });
  const year = Number(requestedOn.slice(0, 4));
  const cal = WorkingDayCalendar.fromTable(buildHolidayTable(year, year + 1), getRegime('foia').divisions);
  const reviewDue = cal.addWorkingDays(requestedOn, 20); // s45 Code para 5.5
  expect(reviewing.phase).toBe('in_progress'); // the answer is still owed
  expect(reviewing.review).toEqual({ requestedOn, due: reviewDue, aboutNonResponse: true });
  expect(reviewing.deadlines.map((d) => [d.key, d.due])).toEqual([
    ['response', responseDue],
    ['review', reviewDue],
  ]);

  // The review's own reminders reach the officer, as the overdue response's do.
  await skipTo(suite.env, `${reviewDue}T18:00:00Z`);
  const kinds = new Set(
    recorder.sent.filter((s) => s.msg.reference === REF).map((s) => `${s.kind} ${s.key}`),
  );
  expect(kinds).toContain(`internal-review-due review:${reviewDue}:due`);
  expect(kinds).toContain(`overdue response:${responseDue}:overdue-1`);

  // The authority still sends its answer: recorded late, and the review goes on to its end.
  await handle.executeUpdate(u.submitDraft, { args: [{ by: OFFICER }] });
  await handle.executeUpdate(u.approve, { args: [{ by: APPROVER }] });
  const answered = await handle.executeUpdate(u.recordResponse, {
    args: [{ by: OFFICER, outcome: 'disclosed-in-full' }],
  });
  expect(answered.phase).toBe('internal_review');
  expect(answered.response).toMatchObject({ due: responseDue, late: true });
  const reviewed = await handle.executeUpdate(u.completeReview, {
    args: [{ by: OFFICER, result: 'upheld' }],
  });
  expect(reviewed.phase).toBe('ico_window');
  expect((await handle.query(timelineQuery)).map((t) => t.type)).toEqual([
    'opened',
    'reviewRequested',
    'draftSubmitted',
    'draftApproved',
    'responseSent',
    'reviewCompleted',
  ]);
  // The complaint window (6 weeks) and the late-request grace run out; the case ends closed.
  expect(await handle.result()).toMatchObject({ phase: 'closed' });
});

test('FOISA s47(1): the Commissioner only after a requirement for review; s47(4)(b) in the status', async () => {
  // Received Wed 3 Jan 2024, due Wed 31 Jan; review required Thu 1 Feb, due Thu 29 Feb (20
  // Scottish working days); an application from Fri 1 Mar; six months after 29 Feb: 29 Aug 2024.
  const handle = await open({ reference: 'FOISA/NONRESPONSE/2', regime: 'foisa', receivedOn: '2024-01-03' });
  const complain = (on: string) =>
    attempt(handle.executeUpdate(u.icoComplaint, { args: [{ by: OFFICER, on, icoReference: 'SIC-1' }] }));
  expect(await complain('2024-02-01')).toBe(
    'an application to the Scottish Information Commissioner needs a requirement for review first (FOISA s47(1)): the requester may require a review of the failure to respond (s20(1), s21(4)(c))',
  );
  const reviewing = await handle.executeUpdate(u.requestReview, {
    args: [{ by: OFFICER, on: '2024-02-01' }],
  });
  expect(reviewing.review).toEqual({ requestedOn: '2024-02-01', due: '2024-02-29', aboutNonResponse: true });
  expect(await complain('2024-02-29')).toMatch(
    /still within its time.*\(from Fri 1 Mar 2024 \(2024-03-01\)\)$/,
  );
  // Today (in the server's present) the review is long overdue: the s47(4)(b) window shows.
  expect((await handle.query(statusQuery)).deadlines.map((d) => [d.key, d.due])).toEqual([
    ['response', '2024-01-31'],
    ['review', '2024-02-29'],
    ['complaint-window', '2024-08-29'],
  ]);
  expect(await complain('2024-03-01')).toBe('accepted');
  const applied = await handle.query(statusQuery);
  expect(applied).toMatchObject({
    phase: 'in_progress',
    ico: { complaintOn: '2024-03-01', aboutNonResponse: true },
  });
  expect(applied.deadlines.map((d) => d.key)).toEqual(['response', 'review']);
  await handle.executeUpdate(u.withdraw, { args: [{ by: OFFICER, on: '2024-03-04', reason: 'test over' }] });
  expect(await handle.result()).toMatchObject({ phase: 'withdrawn' });
});

test('a case received in the future fails at its start, naming the problem', async () => {
  const today = await londonToday();
  const tomorrow = addDays(today, 1);
  const handle = await open({ reference: 'FOI/FUTURE/1', receivedOn: tomorrow });
  const failure = await handle.result().then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  const cause = (failure as WorkflowFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  expect(cause).toMatchObject({
    type: 'InvalidCase',
    nonRetryable: true,
    message: `invalid case: receivedOn: ${tomorrow} is in the future (today is ${today})`,
  });
});
