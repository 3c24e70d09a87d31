// How failures are classified: (d) a recipient the server refuses with 5xx fails for good,
// naming the address, and can be escalated to the manager; (e) nothing listening and 4xx
// replies are retryable; bad addresses and bad input fail for good before any SMTP.
import { ApplicationFailure } from '@temporalio/activity';
import { createEmailActivities } from '../../activities/email/send';
import type { PermanentEmailFailureDetails } from '../../activities/email/types';
import { freePort, startMailpit, type Mailpit } from '../support/mailpit';
import { configFor, runAttempt, staffEmail, type ActivityRun } from './helpers';

const MANAGER = 'foi-manager@example.gov.uk';

function failureOf(run: ActivityRun): ApplicationFailure {
  expect(run.result).toBeUndefined();
  expect(run.error).toBeInstanceOf(ApplicationFailure);
  return run.error as ApplicationFailure;
}

describe('a server that only accepts @example.gov.uk recipients', () => {
  let mailpit: Mailpit;
  beforeAll(async () => {
    mailpit = await startMailpit(['--smtp-allowed-recipients', '@example\\.gov\\.uk$']);
  });
  afterAll(async () => {
    await mailpit?.stop();
  });
  const worker = () => createEmailActivities(configFor(mailpit.smtpPort, { MANAGER_EMAIL: MANAGER }));

  it('refuses an outside address: non-retryable PermanentEmailFailure naming it', async () => {
    const run = await runAttempt(
      worker().sendStaffEmail,
      staffEmail({ to: [{ role: 'officer', address: 'someone@elsewhere.org' }] }),
    );
    const failure = failureOf(run);
    expect(failure.type).toBe('PermanentEmailFailure');
    expect(failure.nonRetryable).toBe(true);
    expect(failure.message).toContain('someone@elsewhere.org');
    expect(failure.details?.[0]).toEqual({ to: ['someone@elsewhere.org'], responseCode: 550 });
    expect(await mailpit.list()).toHaveLength(0);
  });

  it('when only some recipients are refused, the others get one copy and the refusal is still reported', async () => {
    const msg = staffEmail({
      to: [
        { role: 'officer', address: 'officer@example.gov.uk' },
        { role: 'approver', address: 'approver@elsewhere.org' },
      ],
    });
    const run = await runAttempt(worker().sendStaffEmail, msg);
    const failure = failureOf(run);
    expect(failure.type).toBe('PermanentEmailFailure');
    expect(failure.nonRetryable).toBe(true);
    expect(failure.message).toContain('approver@elsewhere.org');
    expect(failure.details?.[0]).toEqual({
      to: ['approver@elsewhere.org'],
      accepted: ['officer@example.gov.uk'],
      responseCode: 550,
    });
    // The accepted part is recorded as sent, so even a retry would not duplicate it.
    expect(run.heartbeats).toHaveLength(1);
    const messageId = (run.heartbeats[0] as { sent: string }).sent;
    expect(await mailpit.withMessageId(messageId)).toHaveLength(1);
  });

  it('the refusal can be escalated to the manager by a delivery-failure email', async () => {
    const original = staffEmail({
      kind: 'overdue',
      to: [{ role: 'officer', address: 'someone@elsewhere.org' }],
    });
    const failure = failureOf(await runAttempt(worker().sendStaffEmail, original));
    const details = failure.details?.[0] as PermanentEmailFailureDetails;

    // What the workflow does with the failure: tell the manager, under a reminder key of its own.
    const notice = staffEmail({
      kind: 'delivery-failure',
      reminderKey: `${original.reminderKey}:delivery-failure`,
      to: [{ role: 'manager' }],
      failure: { originalKind: original.kind, to: details.to, reason: failure.message },
    });
    const run = await runAttempt(worker().sendStaffEmail, notice);
    expect(run.result?.accepted).toEqual([MANAGER]);
    const [got] = await mailpit.withMessageId(run.result?.messageId ?? '');
    expect(got?.To?.map((a) => a.Address)).toEqual([MANAGER]);
    expect(got?.Subject).toBe(
      'FOI2018/02892: reminder NOT delivered - response due Tue 26 Jun 2018 (2 working days)',
    );
    expect(got?.Text).toMatch(/Not delivered to: +someone@elsewhere\.org/);
    expect(got?.Text).toContain('550');
  });
});

describe('transient failures are retryable', () => {
  it('connection refused (nothing listening) -> TransientEmailFailure', async () => {
    const closedPort = await freePort();
    const run = await runAttempt(createEmailActivities(configFor(closedPort)).sendStaffEmail, staffEmail());
    const failure = failureOf(run);
    expect(failure.type).toBe('TransientEmailFailure');
    expect(failure.nonRetryable).toBe(false);
    expect(failure.message).toContain('ECONNREFUSED');
    expect(run.heartbeats).toEqual([]);
  });

  it('a 4xx reply to RCPT TO -> TransientEmailFailure', async () => {
    const mailpit = await startMailpit(['--chaos-triggers', 'Recipient:451:100']);
    try {
      const run = await runAttempt(
        createEmailActivities(configFor(mailpit.smtpPort)).sendStaffEmail,
        staffEmail(),
      );
      const failure = failureOf(run);
      expect(failure.type).toBe('TransientEmailFailure');
      expect(failure.nonRetryable).toBe(false);
      expect(failure.details?.[0]).toMatchObject({ responseCode: 451 });
      expect(await mailpit.list()).toHaveLength(0);
    } finally {
      await mailpit.stop();
    }
  });
});

describe('SMTP_TLS=starttls against a relay that does not offer STARTTLS', () => {
  it('does not fall back to clear text: retryable failure, nothing delivered', async () => {
    const mailpit = await startMailpit(); // no certificate, so no STARTTLS on offer
    try {
      const cfg = configFor(mailpit.smtpPort, { SMTP_TLS: 'starttls', SMTP_USER: 'u', SMTP_PASSWORD: 'p' });
      const failure = failureOf(await runAttempt(createEmailActivities(cfg).sendStaffEmail, staffEmail()));
      expect(failure.type).toBe('TransientEmailFailure');
      expect(failure.message).toMatch(/STARTTLS/i);
      expect(await mailpit.list()).toHaveLength(0);
    } finally {
      await mailpit.stop();
    }
  });
});

describe('failures detected before any SMTP', () => {
  // Pointed at a closed port: reaching the network would show up as a transient failure.
  const offline = async () => createEmailActivities(configFor(await freePort()));

  it('an invalid address -> PermanentEmailFailure naming it', async () => {
    const run = await runAttempt(
      (await offline()).sendStaffEmail,
      staffEmail({ to: [{ role: 'officer', address: 'A Officer at the council' }] }),
    );
    const failure = failureOf(run);
    expect(failure.type).toBe('PermanentEmailFailure');
    expect(failure.nonRetryable).toBe(true);
    expect(failure.message).toBe('invalid recipient address "A Officer at the council"');
    expect(failure.details?.[0]).toEqual({ to: ['A Officer at the council'] });
  });

  it('a malformed StaffEmail -> non-retryable InvalidStaffEmail naming the field, not the requester', async () => {
    const run = await runAttempt(
      (await offline()).sendStaffEmail,
      staffEmail({ dueDate: '2018-02-30', requester: { name: 'Jane Requester' } }),
    );
    const failure = failureOf(run);
    expect(failure.type).toBe('InvalidStaffEmail');
    expect(failure.nonRetryable).toBe(true);
    expect(failure.message).toBe('invalid StaffEmail: dueDate: expected a date YYYY-MM-DD');
  });

  it('a delivery-failure without its failure block -> InvalidStaffEmail', async () => {
    const run = await runAttempt((await offline()).sendStaffEmail, staffEmail({ kind: 'delivery-failure' }));
    expect(failureOf(run).message).toBe('invalid StaffEmail: failure: required for a delivery-failure email');
  });
});
