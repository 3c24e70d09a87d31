// A mail outage made visible (issue 10 item 3): a send refused since its first attempt for
// FOI_MAIL_OUTAGE_AFTER fails with MailOutage when the workflow can take it, and the worker
// logs one line when the outage starts and one when mail flows again, not one per attempt.
import { ApplicationFailure } from '@temporalio/activity';
import { outageReason } from '../../activities/email/outage';
import { createEmailActivities } from '../../activities/email/send';
import { freePort, startMailpit } from '../support/mailpit';
import { configFor, runAttempt, staffEmail } from './helpers';

const outageLines = (logs: string[]) => logs.filter((l) => l.includes('mail outage'));
const MINUTE = 60_000;

test('a send failing for longer than FOI_MAIL_OUTAGE_AFTER reports a MailOutage, once it may', async () => {
  const closed = await freePort();
  const { sendStaffEmail } = createEmailActivities(configFor(closed, { FOI_MAIL_OUTAGE_AFTER: '30m' }));
  const firstAttempt = Date.now() - 31 * MINUTE;
  // Within 30 minutes: an ordinary retryable failure, and no outage line.
  const early = await runAttempt(sendStaffEmail, staffEmail({ reportsOutage: true }), {
    scheduledTimestampMs: Date.now() - 29 * MINUTE,
  });
  expect((early.error as ApplicationFailure).type).toBe('TransientEmailFailure');
  expect(outageLines(early.logs)).toEqual([]);

  // Past 30 minutes, for a workflow that takes it: MailOutage, for good, saying since when and why.
  const late = await runAttempt(sendStaffEmail, staffEmail({ reportsOutage: true }), {
    attempt: 7,
    scheduledTimestampMs: firstAttempt,
  });
  const failure = late.error as ApplicationFailure;
  expect(failure.type).toBe('MailOutage');
  expect(failure.nonRetryable).toBe(true);
  expect(failure.details?.[0]).toEqual({
    since: new Date(firstAttempt).toISOString(),
    reason: 'mail server unreachable: ECONNREFUSED',
  });
  expect(outageLines(late.logs)).toEqual([
    expect.stringMatching(
      /^WARN mail outage: no email delivered since \d\d:\d\d \(mail server unreachable: ECONNREFUSED\)/,
    ),
  ]);

  // A send from a case that cannot take it (from before this release) keeps retrying;
  // the outage is already logged, so no second line.
  const old = await runAttempt(sendStaffEmail, staffEmail(), {
    attempt: 8,
    scheduledTimestampMs: firstAttempt,
  });
  expect((old.error as ApplicationFailure).type).toBe('TransientEmailFailure');
  expect(outageLines(old.logs)).toEqual([]);
});

test('the end of an outage is logged once, when mail is delivered again', async () => {
  const mailpit = await startMailpit();
  try {
    const { sendStaffEmail } = createEmailActivities(
      configFor(mailpit.smtpPort, { FOI_MAIL_OUTAGE_AFTER: '5s' }),
    );
    await mailpit.pause(); // the relay goes down
    const since = Date.now() - MINUTE;
    const msg = staffEmail();
    const runs = [
      await runAttempt(sendStaffEmail, msg, { attempt: 2, scheduledTimestampMs: since }),
      await runAttempt(sendStaffEmail, msg, { attempt: 3, scheduledTimestampMs: since }),
    ];
    // Two failed attempts past the threshold: one line for the outage.
    expect(runs.map((r) => (r.error as ApplicationFailure).type)).toEqual([
      'TransientEmailFailure',
      'TransientEmailFailure',
    ]);
    expect(runs.flatMap((r) => outageLines(r.logs))).toHaveLength(1);

    await mailpit.resume(); // back on the same port
    const delivered = await runAttempt(sendStaffEmail, msg, { attempt: 4, scheduledTimestampMs: since });
    expect(delivered.result?.alreadySent).toBe(false);
    expect(outageLines(delivered.logs)).toEqual([
      expect.stringMatching(/^INFO mail outage over: email is delivered again \(held since \d\d:\d\d\)/),
    ]);
    // Mail flowing is not news twice.
    const next = await runAttempt(sendStaffEmail, staffEmail());
    expect(next.result?.alreadySent).toBe(false);
    expect(outageLines(next.logs)).toEqual([]);
    expect(await mailpit.list()).toHaveLength(2);
  } finally {
    await mailpit.stop();
  }
});

test.each([
  [
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), {
      code: 'ESOCKET',
      originalCode: 'ECONNREFUSED',
    }),
    'mail server unreachable: ECONNREFUSED',
  ],
  [
    Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' }),
    'mail server unreachable: ETIMEDOUT',
  ],
  [
    Object.assign(new Error('451 try later'), { code: 'EENVELOPE', responseCode: 451 }),
    'mail server answered 451',
  ],
  [Object.assign(new Error('Invalid login'), { code: 'EAUTH' }), 'mail not accepted: EAUTH'],
])('the outage reason of %p is %p', (err, reason) => {
  expect(outageReason(err)).toBe(reason);
});
