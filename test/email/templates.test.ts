import { loadEmailConfig } from '../../activities/email/config';
import { renderEmail } from '../../activities/email/templates';
import type { StaffEmail } from '../../activities/email/types';
import { formatLongDate } from '../../domain/calendar/dates';
import { EMAIL_KINDS } from '../../domain/lifecycle/staff-email';
import { CASE_BASE_URL, staffEmail } from './helpers';

const cfg = loadEmailConfig({ CASE_BASE_URL, AUTHORITY_NAME: 'Example Constabulary' });
const subject = (overrides: Partial<StaffEmail>) => renderEmail(staffEmail(overrides), cfg).subject;

describe('formatLongDate', () => {
  it.each([
    ['2018-06-26', 'Tue 26 Jun 2018'],
    ['2018-07-02', 'Mon 2 Jul 2018'],
    ['2024-02-29', 'Thu 29 Feb 2024'],
    ['2026-12-25', 'Fri 25 Dec 2026'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });

  it.each(['2023-02-29', '2018-13-01', '26/06/2018', ''])('refuses %j', (iso) => {
    expect(() => formatLongDate(iso)).toThrow(RangeError);
  });
});

describe('subjects carry the reference, what is due and the date', () => {
  it.each<[Partial<StaffEmail>, string]>([
    [
      { kind: 'deadline-approaching', workingDaysLeft: 2 },
      'FOI2018/02892: response due Tue 26 Jun 2018 (2 working days)',
    ],
    [
      { kind: 'deadline-approaching', workingDaysLeft: 1 },
      'FOI2018/02892: response due Tue 26 Jun 2018 (1 working day)',
    ],
    [{ kind: 'due-today', workingDaysLeft: 0 }, 'FOI2018/02892: response due today, Tue 26 Jun 2018'],
    [
      { kind: 'overdue', workingDaysLeft: -3 },
      'FOI2018/02892: response OVERDUE by 3 working days (due Tue 26 Jun 2018)',
    ],
    // seen on the Saturday after a Friday deadline: overdue, but no working day has passed yet
    [
      { kind: 'overdue', workingDaysLeft: 0, dueDate: '2018-06-29' },
      'FOI2018/02892: response OVERDUE (due Fri 29 Jun 2018)',
    ],
    [
      { kind: 'escalation', workingDaysLeft: -5 },
      'FOI2018/02892: ESCALATION - response OVERDUE by 5 working days (due Tue 26 Jun 2018)',
    ],
    [
      { kind: 'receipt-confirmation', workingDaysLeft: 20 },
      'FOI2018/02892: new case - response due Tue 26 Jun 2018 (20 working days)',
    ],
    [
      { kind: 'approval-waiting', workingDaysLeft: 3 },
      'FOI2018/02892: awaiting your approval - response due Tue 26 Jun 2018 (3 working days)',
    ],
    [
      { kind: 'internal-review-due', what: 'internal review', dueDate: '2018-09-24', workingDaysLeft: 5 },
      'FOI2018/02892: internal review due Mon 24 Sep 2018 (5 working days)',
    ],
  ])('%j', (overrides, expected) => {
    expect(subject(overrides)).toBe(expected);
  });

  it.each(EMAIL_KINDS)('%s renders both bodies with the facts', (kind) => {
    const msg = staffEmail({
      kind,
      ...(kind === 'delivery-failure'
        ? {
            failure: {
              originalKind: 'overdue',
              to: ['gone@example.gov.uk'],
              reason: '550 mailbox unavailable',
            },
          }
        : {}),
    });
    const out = renderEmail(msg, cfg);
    expect(out.subject).toContain('FOI2018/02892: ');
    expect(out.subject).toContain('Tue 26 Jun 2018');
    for (const body of [out.text, out.html]) {
      expect(body).toContain('FOI2018/02892');
      expect(body).toContain('Tue 26 Jun 2018');
      expect(body).toContain('Freedom of Information Act 2000');
      expect(body).toContain('Information about the use of ANPR cameras');
      expect(body).toContain('Example Constabulary');
      expect(body).toContain(msg.reminderKey);
    }
  });
});

describe('bodies', () => {
  it('links to the case with the reference URL-encoded', () => {
    const out = renderEmail(staffEmail(), cfg);
    expect(out.text).toContain('Open the case: https://foi.example.gov.uk/cases/FOI2018%2F02892');
    expect(out.html).toContain('<a href="https://foi.example.gov.uk/cases/FOI2018%2F02892">');
  });

  it('has no link when CASE_BASE_URL is not set', () => {
    const out = renderEmail(staffEmail(), loadEmailConfig({}));
    expect(out.text).not.toContain('Open the case');
    expect(out.html).not.toContain('<a ');
  });

  it('escapes everything in the HTML body', () => {
    const out = renderEmail(
      staffEmail({ reference: 'R&D/1', summary: '<script>alert("x")</script>', officer: "O'Brien <ob@x>" }),
      cfg,
    );
    expect(out.html).not.toContain('<script>');
    expect(out.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out.html).toContain('O&#39;Brien &lt;ob@x&gt;');
    expect(out.html).toContain('R&amp;D/1');
    expect(out.html).toContain('href="https://foi.example.gov.uk/cases/R%26D%2F1"');
    expect(out.text).toContain('<script>alert("x")</script>'); // plain text stays literal
  });

  it('explains a delivery failure: who missed out and why', () => {
    const out = renderEmail(
      staffEmail({
        kind: 'delivery-failure',
        to: [{ role: 'manager' }],
        failure: {
          originalKind: 'overdue',
          to: ['gone@example.gov.uk'],
          reason: '550 5.1.0 mailbox unavailable',
        },
      }),
      cfg,
    );
    expect(out.subject).toBe(
      'FOI2018/02892: reminder NOT delivered - response due Tue 26 Jun 2018 (2 working days)',
    );
    expect(out.text).toContain('The "overdue" reminder for FOI2018/02892 could not be delivered.');
    expect(out.text).toMatch(/Not delivered to: +gone@example\.gov\.uk/);
    expect(out.text).toMatch(/Reason: +550 5\.1\.0 mailbox unavailable/);
  });
});

describe('requester privacy', () => {
  const requester = { name: 'Jane Requester', email: 'jane.requester@example.org' };
  const all = (o: { subject: string; text: string; html: string }) => `${o.subject}\n${o.text}\n${o.html}`;

  it('leaves the requester out by default even when the workflow passes it', () => {
    const out = all(renderEmail(staffEmail({ requester }), cfg));
    expect(out).not.toContain('Jane Requester');
    expect(out).not.toContain('jane.requester');
    expect(out).not.toContain('Requester');
  });

  it('shows the requester when the authority turns it on', () => {
    const shown = loadEmailConfig({ STAFF_EMAIL_SHOWS_REQUESTER: 'true' });
    const out = renderEmail(staffEmail({ requester }), shown);
    expect(out.text).toContain('Jane Requester <jane.requester@example.org>');
    expect(out.html).toContain('Jane Requester &lt;jane.requester@example.org&gt;');
    expect(out.subject).not.toContain('Jane'); // never in the subject, which shows in every list
  });

  it('shows nothing when turned on but the message carries no requester', () => {
    const shown = loadEmailConfig({ STAFF_EMAIL_SHOWS_REQUESTER: 'true' });
    expect(renderEmail(staffEmail(), shown).text).not.toContain('Requester');
  });
});
