// Email settings come from the environment and are checked once, when the worker starts:
// a reminder that silently goes nowhere is worse than a worker that refuses to start.
import { z } from 'zod';
import { ConfigError } from '../../config/config-error';
import { domainOf, isEmailAddress, parseMailbox, type Mailbox } from './address';

export type SmtpTls = 'none' | 'starttls' | 'tls';

export interface EmailConfig {
  smtp: { host: string; port: number; tls: SmtpTls; auth?: { user: string; pass: string } };
  from: Mailbox;
  fromDomain: string; // right-hand side of our Message-IDs
  managerEmail: string;
  headOfServiceEmail: string;
  authorityName: string;
  caseBaseUrl?: string;
  staffEmailShowsRequester: boolean;
  /** How long a send fails before the outage is shown (FOI_MAIL_OUTAGE_AFTER), in ms. */
  outageAfterMs: number;
}

const quote = (input: unknown) => JSON.stringify(input);

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/;

const address = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine(isEmailAddress, { error: (iss) => `expected an email address, got ${quote(iss.input)}` });

const schema = z
  .object({
    SMTP_HOST: z
      .string()
      .default('localhost')
      .refine((v) => HOST.test(v), {
        error: (iss) => `expected a host name or IP address, got ${quote(iss.input)}`,
      }),
    SMTP_PORT: z
      .string()
      .default('1025')
      .refine((v) => /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65535, {
        error: (iss) => `expected a port number 1-65535, got ${quote(iss.input)}`,
      })
      .transform(Number),
    SMTP_TLS: z
      .enum(['none', 'starttls', 'tls'], {
        error: (iss) => `expected one of none, starttls, tls, got ${quote(iss.input)}`,
      })
      .default('none'),
    // Never echo these two: the password must not end up in a log line.
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z
      .string()
      .default('FOI reminders <foi-reminders@localhost>')
      .refine((v) => parseMailbox(v) !== undefined, {
        error: (iss) => `expected "Name <address@domain>" or "address@domain", got ${quote(iss.input)}`,
      }),
    MANAGER_EMAIL: address('manager@localhost'),
    HEAD_OF_SERVICE_EMAIL: address('head-of-service@localhost'),
    AUTHORITY_NAME: z
      .string()
      .default('Example Authority')
      .refine((v) => !hasControlCharacter(v), { error: 'must not contain control characters' }),
    CASE_BASE_URL: z
      .string()
      .refine(isHttpUrl, { error: (iss) => `expected an http(s) URL, got ${quote(iss.input)}` })
      .optional(),
    STAFF_EMAIL_SHOWS_REQUESTER: z
      .enum(['true', 'false'], { error: (iss) => `expected true or false, got ${quote(iss.input)}` })
      .default('false'),
    // A unit is required, as for the worker's other durations: a bare "30" is ambiguous.
    FOI_MAIL_OUTAGE_AFTER: z
      .string()
      .default('30m')
      .refine((v) => durationMs(v) !== undefined, {
        error: (iss) => `expected a duration of at least 1s such as 90s, 30m or 2h, got ${quote(iss.input)}`,
      })
      .transform((v) => durationMs(v)!),
  })
  .superRefine((env, ctx) => {
    if ((env.SMTP_USER === undefined) !== (env.SMTP_PASSWORD === undefined)) {
      const [missing, present] =
        env.SMTP_USER === undefined ? ['SMTP_USER', 'SMTP_PASSWORD'] : ['SMTP_PASSWORD', 'SMTP_USER'];
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: `required when ${present} is set (set both or neither)`,
      });
    }
  });

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

function durationMs(value: string): number | undefined {
  const m = /^(\d{1,6})(s|m|h)$/.exec(value);
  const ms = m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : 0;
  return ms >= 1000 ? ms : undefined;
}

function hasControlCharacter(value: string): boolean {
  return [...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
  } catch {
    return false;
  }
}

// An empty variable counts as unset (compose files and .env templates often leave `VAR=`),
// and surrounding spaces are a copy-paste accident, not part of the value.
function readEnv(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const raw = env[key]?.trim();
    if (raw === undefined || raw === '') continue;
    out[key] = key === 'SMTP_TLS' || key === 'STAFF_EMAIL_SHOWS_REQUESTER' ? raw.toLowerCase() : raw;
  }
  return out;
}

export function loadEmailConfig(env: NodeJS.ProcessEnv = process.env): EmailConfig {
  const parsed = schema.safeParse(readEnv(env));
  if (!parsed.success) {
    // One line, each problem prefixed by the variable, so the operator knows what to fix.
    const line = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(line);
  }
  const v = parsed.data;
  const from = parseMailbox(v.MAIL_FROM);
  if (!from) throw new ConfigError(`MAIL_FROM: could not be parsed`); // unreachable: refined above
  return {
    smtp: {
      host: v.SMTP_HOST,
      port: v.SMTP_PORT,
      tls: v.SMTP_TLS,
      ...(v.SMTP_USER !== undefined && v.SMTP_PASSWORD !== undefined
        ? { auth: { user: v.SMTP_USER, pass: v.SMTP_PASSWORD } }
        : {}),
    },
    from,
    fromDomain: domainOf(from.address),
    managerEmail: v.MANAGER_EMAIL,
    headOfServiceEmail: v.HEAD_OF_SERVICE_EMAIL,
    authorityName: v.AUTHORITY_NAME,
    ...(v.CASE_BASE_URL !== undefined ? { caseBaseUrl: v.CASE_BASE_URL } : {}),
    staffEmailShowsRequester: v.STAFF_EMAIL_SHOWS_REQUESTER === 'true',
    outageAfterMs: v.FOI_MAIL_OUTAGE_AFTER,
  };
}
