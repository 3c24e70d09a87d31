import { loadEmailConfig } from '../../activities/email/config';
import { ConfigError } from '../../config/config-error';

describe('loadEmailConfig', () => {
  it('falls back to the local Mailpit defaults when nothing is set', () => {
    expect(loadEmailConfig({})).toEqual({
      smtp: { host: 'localhost', port: 1025, tls: 'none' },
      from: { name: 'FOI reminders', address: 'foi-reminders@localhost' },
      fromDomain: 'localhost',
      managerEmail: 'manager@localhost',
      headOfServiceEmail: 'head-of-service@localhost',
      authorityName: 'Example Authority',
      staffEmailShowsRequester: false,
      outageAfterMs: 30 * 60_000,
    });
  });

  it('reads a full relay configuration', () => {
    const cfg = loadEmailConfig({
      SMTP_HOST: 'smtp-relay.council.gov.uk',
      SMTP_PORT: '587',
      SMTP_TLS: 'STARTTLS',
      SMTP_USER: 'foi-app',
      SMTP_PASSWORD: 'pw',
      MAIL_FROM: '"Information Rights" <foi@council.gov.uk>',
      MANAGER_EMAIL: 'foi-manager@council.gov.uk',
      HEAD_OF_SERVICE_EMAIL: 'legal-head@council.gov.uk',
      AUTHORITY_NAME: 'Example Borough Council',
      CASE_BASE_URL: 'https://foi.council.gov.uk/cases/',
      STAFF_EMAIL_SHOWS_REQUESTER: 'true',
      FOI_MAIL_OUTAGE_AFTER: '2h',
    });
    expect(cfg).toEqual({
      smtp: {
        host: 'smtp-relay.council.gov.uk',
        port: 587,
        tls: 'starttls',
        auth: { user: 'foi-app', pass: 'pw' },
      },
      from: { name: 'Information Rights', address: 'foi@council.gov.uk' },
      fromDomain: 'council.gov.uk',
      managerEmail: 'foi-manager@council.gov.uk',
      headOfServiceEmail: 'legal-head@council.gov.uk',
      authorityName: 'Example Borough Council',
      caseBaseUrl: 'https://foi.council.gov.uk/cases/',
      staffEmailShowsRequester: true,
      outageAfterMs: 2 * 3_600_000,
    });
  });

  it('shows a mail outage after 30 minutes of failed attempts unless FOI_MAIL_OUTAGE_AFTER says otherwise', () => {
    expect(loadEmailConfig({}).outageAfterMs).toBe(30 * 60_000);
    expect(loadEmailConfig({ FOI_MAIL_OUTAGE_AFTER: '5s' }).outageAfterMs).toBe(5_000);
    expect(loadEmailConfig({ FOI_MAIL_OUTAGE_AFTER: '45m' }).outageAfterMs).toBe(45 * 60_000);
  });

  it('treats empty variables as unset', () => {
    expect(loadEmailConfig({ SMTP_PORT: '', SMTP_USER: '', SMTP_PASSWORD: '', CASE_BASE_URL: ' ' })).toEqual(
      loadEmailConfig({}),
    );
  });

  it.each<[Record<string, string>, string]>([
    [{ SMTP_PORT: 'abc' }, 'SMTP_PORT: expected a port number 1-65535, got "abc"'],
    [{ SMTP_PORT: '70000' }, 'SMTP_PORT: expected a port number 1-65535, got "70000"'],
    [{ SMTP_PORT: '0' }, 'SMTP_PORT: expected a port number 1-65535, got "0"'],
    [{ SMTP_HOST: 'smtp relay' }, 'SMTP_HOST: expected a host name or IP address, got "smtp relay"'],
    [{ SMTP_TLS: 'ssl' }, 'SMTP_TLS: expected one of none, starttls, tls, got "ssl"'],
    [{ SMTP_USER: 'foi-app' }, 'SMTP_PASSWORD: required when SMTP_USER is set (set both or neither)'],
    [{ SMTP_PASSWORD: 'hunter2' }, 'SMTP_USER: required when SMTP_PASSWORD is set (set both or neither)'],
    [
      { MAIL_FROM: 'FOI reminders' },
      'MAIL_FROM: expected "Name <address@domain>" or "address@domain", got "FOI reminders"',
    ],
    [{ MANAGER_EMAIL: 'manager' }, 'MANAGER_EMAIL: expected an email address, got "manager"'],
    [{ HEAD_OF_SERVICE_EMAIL: 'hos@' }, 'HEAD_OF_SERVICE_EMAIL: expected an email address, got "hos@"'],
    [{ AUTHORITY_NAME: 'Bad\u0007Name' }, 'AUTHORITY_NAME: must not contain control characters'],
    [
      { CASE_BASE_URL: 'foi.council.gov.uk/cases/' },
      'CASE_BASE_URL: expected an http(s) URL, got "foi.council.gov.uk/cases/"',
    ],
    [
      { CASE_BASE_URL: 'ftp://files.council.gov.uk/' },
      'CASE_BASE_URL: expected an http(s) URL, got "ftp://files.council.gov.uk/"',
    ],
    ...['30', '0s', '500ms', '1d', '-5m', 'soon'].map((v): [Record<string, string>, string] => [
      { FOI_MAIL_OUTAGE_AFTER: v },
      `FOI_MAIL_OUTAGE_AFTER: expected a duration of at least 1s such as 90s, 30m or 2h, got "${v}"`,
    ]),
    [
      { STAFF_EMAIL_SHOWS_REQUESTER: 'yes' },
      'STAFF_EMAIL_SHOWS_REQUESTER: expected true or false, got "yes"',
    ],
  ])('rejects %j with one clear line', (env, expected) => {
    let caught: unknown;
    try {
      loadEmailConfig(env);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as Error).message).toBe(expected);
    expect((caught as Error).message).not.toContain('\n');
  });

  it('never echoes the SMTP password in an error', () => {
    expect(() => loadEmailConfig({ SMTP_PASSWORD: 'hunter2' })).toThrow(ConfigError);
    expect(() => loadEmailConfig({ SMTP_PASSWORD: 'hunter2' })).not.toThrow(/hunter2/);
  });

  it('names every bad variable, still on one line', () => {
    expect(() => loadEmailConfig({ SMTP_PORT: 'x', MANAGER_EMAIL: 'nobody' })).toThrow(
      'SMTP_PORT: expected a port number 1-65535, got "x"; MANAGER_EMAIL: expected an email address, got "nobody"',
    );
  });
});
