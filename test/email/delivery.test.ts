// (a) every kind of reminder arrives at a real SMTP server, as rendered, with the
// deterministic Message-ID; (g) the requester stays out of staff mail unless enabled.
import { createHash } from 'node:crypto';
import { createEmailActivities } from '../../activities/email/send';
import { renderEmail } from '../../activities/email/templates';
import type { StaffEmail } from '../../activities/email/types';
import { EMAIL_KINDS, type EmailKind } from '../../domain/lifecycle/staff-email';
import { startMailpit, type Mailpit, type MailpitMessage } from '../support/mailpit';
import { configFor, runAttempt, staffEmail } from './helpers';

const OFFICER = 'officer@example.gov.uk';
const APPROVER = 'approver@example.gov.uk';
const MANAGER = 'foi-manager@example.gov.uk';
const HEAD = 'head.of.service@example.gov.uk';
const ROLES = {
  MANAGER_EMAIL: MANAGER,
  HEAD_OF_SERVICE_EMAIL: HEAD,
  MAIL_FROM: 'FOI reminders <foi@example.gov.uk>',
};

// Who the workflow addresses for each kind, and the addresses that should receive it.
const CASES: Record<EmailKind, { msg: Partial<StaffEmail>; expectTo: string[] }> = {
  'receipt-confirmation': {
    msg: { workingDaysLeft: 20, to: [{ role: 'officer', address: OFFICER }] },
    expectTo: [OFFICER],
  },
  'case-assigned': { msg: { to: [{ role: 'officer', address: OFFICER }] }, expectTo: [OFFICER] },
  'case-unassigned': { msg: { to: [{ role: 'manager' }] }, expectTo: [MANAGER] },
  'deadline-approaching': { msg: { to: [{ role: 'officer', address: OFFICER }] }, expectTo: [OFFICER] },
  'due-today': {
    msg: { workingDaysLeft: 0, to: [{ role: 'officer', address: OFFICER }] },
    expectTo: [OFFICER],
  },
  overdue: {
    msg: { workingDaysLeft: -3, to: [{ role: 'officer', address: OFFICER }, { role: 'manager' }] },
    expectTo: [OFFICER, MANAGER],
  },
  escalation: { msg: { workingDaysLeft: -5, to: [{ role: 'head-of-service' }] }, expectTo: [HEAD] },
  'approval-waiting': { msg: { to: [{ role: 'approver', address: APPROVER }] }, expectTo: [APPROVER] },
  'internal-review-due': {
    msg: { what: 'internal review', to: [{ role: 'officer', address: OFFICER }] },
    expectTo: [OFFICER],
  },
  'ico-submission-due': {
    msg: { what: 'ICO submission', to: [{ role: 'officer', address: OFFICER }, { role: 'manager' }] },
    expectTo: [OFFICER, MANAGER],
  },
  'decision-compliance-due': {
    msg: {
      what: 'decision notice compliance',
      to: [{ role: 'officer', address: OFFICER }, { role: 'manager' }],
    },
    expectTo: [OFFICER, MANAGER],
  },
  'delivery-failure': {
    msg: {
      to: [{ role: 'manager' }],
      failure: {
        originalKind: 'overdue',
        to: ['gone@example.gov.uk'],
        reason: '550 5.1.0 mailbox unavailable',
      },
    },
    expectTo: [MANAGER],
  },
};

const addresses = (m: MailpitMessage) => (m.To ?? []).map((a) => a.Address).sort();

let mailpit: Mailpit;
beforeAll(async () => {
  mailpit = await startMailpit();
});
afterAll(async () => {
  await mailpit?.stop();
});

describe('each kind of reminder, delivered through real SMTP', () => {
  it.each(EMAIL_KINDS)('%s arrives as rendered', async (kind) => {
    const cfg = configFor(mailpit.smtpPort, ROLES);
    const { sendStaffEmail } = createEmailActivities(cfg);
    const msg = staffEmail({ kind, ...CASES[kind].msg });

    const run = await runAttempt(sendStaffEmail, msg);
    expect(run.error).toBeUndefined();
    expect(run.result?.alreadySent).toBe(false);
    expect([...(run.result?.accepted ?? [])].sort()).toEqual([...CASES[kind].expectTo].sort());

    // The id is sha256(workflowId \n reminderKey), shortened, at the MAIL_FROM domain.
    const digest = createHash('sha256').update(`${msg.workflowId}\n${msg.reminderKey}`).digest('hex');
    const id = run.result?.messageId ?? '';
    expect(id).toMatch(/^<([0-9a-f]{32})@example\.gov\.uk>$/);
    expect(digest.startsWith(id.slice(1, 33))).toBe(true);

    const stored = await mailpit.withMessageId(id);
    expect(stored).toHaveLength(1);
    const [got] = stored as [MailpitMessage];
    const expected = renderEmail(msg, cfg);
    expect(addresses(got)).toEqual([...CASES[kind].expectTo].sort());
    expect(got.From).toEqual({ Name: 'FOI reminders', Address: 'foi@example.gov.uk' });
    expect(got.Subject).toBe(expected.subject);
    expect(got.Subject).toContain('FOI2018/02892');
    expect(got.Subject).toContain('Tue 26 Jun 2018');
    expect(got.Text.replace(/\r\n/g, '\n').trim()).toBe(expected.text.trim());
    expect(got.Text).toContain('Open the case: https://foi.example.gov.uk/cases/FOI2018%2F02892');
    expect(got.HTML).toContain('<a href="https://foi.example.gov.uk/cases/FOI2018%2F02892">');
    expect(got.HTML).toContain('<td style="padding: 2px 0">Information about the use of ANPR cameras</td>');

    const headers = await mailpit.headers(got.ID);
    expect(headers['Auto-Submitted']).toEqual(['auto-generated']);
    expect(headers['Message-Id']).toEqual([id]);
    expect(headers['X-Foi-Reminder']).toEqual([msg.reminderKey]); // Mailpit canonicalises header names
  });

  it('logs in to a relay that asks for credentials', async () => {
    const cfg = configFor(mailpit.smtpPort, { SMTP_USER: 'foi-app', SMTP_PASSWORD: 'relay-secret' });
    const { sendStaffEmail } = createEmailActivities(cfg);
    const run = await runAttempt(sendStaffEmail, staffEmail());
    expect(run.error).toBeUndefined();
    const summary = (await mailpit.list()).find((m) => `<${m.MessageID}>` === run.result?.messageId);
    // Mailpit records the SMTP AUTH user name with the message.
    expect((summary as unknown as { Username?: string })?.Username).toBe('foi-app');
    expect(run.logs.join('\n')).not.toContain('relay-secret');
  });
});

describe('requester details in staff email', () => {
  const requester = { name: 'Jane Requester', email: 'jane.requester@example.org' };

  async function deliver(env: Record<string, string>) {
    const { sendStaffEmail } = createEmailActivities(configFor(mailpit.smtpPort, env));
    const run = await runAttempt(sendStaffEmail, staffEmail({ requester }));
    expect(run.error).toBeUndefined();
    const [got] = await mailpit.withMessageId(run.result?.messageId ?? '');
    if (!got) throw new Error('message not found in Mailpit');
    const headers = JSON.stringify(await mailpit.headers(got.ID));
    return {
      got,
      everything: [got.Subject, got.Text, got.HTML, headers].join('\n'),
      logs: run.logs.join('\n'),
    };
  }

  it('are absent by default, from headers, bodies and logs', async () => {
    const { everything, logs } = await deliver({});
    expect(everything).not.toContain('Jane Requester');
    expect(everything).not.toContain('jane.requester@example.org');
    expect(logs).toContain('reminder sent'); // the logs were captured...
    expect(logs).not.toContain('Jane'); // ...and hold nothing about the requester
    expect(logs).not.toContain('jane.requester');
  });

  it('appear in the bodies when STAFF_EMAIL_SHOWS_REQUESTER=true, but still not in logs', async () => {
    const { got, logs } = await deliver({ STAFF_EMAIL_SHOWS_REQUESTER: 'true' });
    expect(got.Text).toContain('Jane Requester <jane.requester@example.org>');
    expect(got.HTML).toContain('Jane Requester &lt;jane.requester@example.org&gt;');
    expect(got.Subject).not.toContain('Jane');
    expect(logs).not.toContain('Jane');
    expect(logs).not.toContain('jane.requester');
  });
});
