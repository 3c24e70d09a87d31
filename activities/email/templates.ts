// Turns a StaffEmail into subject + plain text + HTML. Both bodies are built from the same
// paragraphs and rows, so they cannot drift apart.
import { formatLongDate } from '../../domain/calendar/dates';
import { getRegime } from '../../domain/regimes';
import type { EmailConfig } from './config';
import { escapeHtml, workingDays } from './format';
import { KIND_COPY } from './kinds';
import type { StaffEmail } from './types';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

type Timing = { state: 'future'; days: number } | { state: 'today' } | { state: 'overdue'; days: number };

// The kind says what the workflow meant; the number says how far. 'overdue' with 0 working
// days is real (a due Friday seen on the Saturday), so the kind wins for due-today/overdue.
function timingOf(msg: StaffEmail): Timing {
  if (msg.kind === 'overdue') return { state: 'overdue', days: Math.max(0, -msg.workingDaysLeft) };
  if (msg.kind === 'due-today' || msg.workingDaysLeft === 0) return { state: 'today' };
  if (msg.workingDaysLeft < 0) return { state: 'overdue', days: -msg.workingDaysLeft };
  return { state: 'future', days: msg.workingDaysLeft };
}

function dueClause(what: string, date: string, t: Timing): string {
  if (t.state === 'future') return `${what} due ${date} (${workingDays(t.days)})`;
  if (t.state === 'today') return `${what} due today, ${date}`;
  return t.days > 0
    ? `${what} OVERDUE by ${workingDays(t.days)} (due ${date})`
    : `${what} OVERDUE (due ${date})`;
}

function whenPhrase(date: string, t: Timing): string {
  if (t.state === 'future') return `is due on ${date}, in ${workingDays(t.days)}`;
  if (t.state === 'today') return `is due today, ${date}`;
  return t.days > 0
    ? `was due on ${date} and is overdue by ${workingDays(t.days)}`
    : `was due on ${date} and is now overdue`;
}

function dueRow(date: string, t: Timing): string {
  if (t.state === 'future') return `${date} (${workingDays(t.days)} left)`;
  if (t.state === 'today') return `${date} (today)`;
  return t.days > 0 ? `${date} (overdue by ${workingDays(t.days)})` : `${date} (overdue)`;
}

function receivedPhrase(r: NonNullable<StaffEmail['received']>): string {
  const gone =
    r.workingDaysGone === 0
      ? 'no working day has gone yet'
      : `${workingDays(r.workingDaysGone)} ${r.workingDaysGone === 1 ? 'has' : 'have'} already gone`;
  return `on ${formatLongDate(r.on)}; ${gone}`;
}

export function caseUrl(cfg: EmailConfig, reference: string): string | undefined {
  return cfg.caseBaseUrl === undefined ? undefined : cfg.caseBaseUrl + encodeURIComponent(reference);
}

// Applicant-blind by default: the requester appears only when the authority opted in AND
// the workflow chose to pass it.
function requesterLine(msg: StaffEmail, cfg: EmailConfig): string | undefined {
  if (!cfg.staffEmailShowsRequester || !msg.requester) return undefined;
  const { name, email } = msg.requester;
  if (name && email) return `${name} <${email}>`;
  return name || email || undefined;
}

export function renderEmail(msg: StaffEmail, cfg: EmailConfig): RenderedEmail {
  const copy = KIND_COPY[msg.kind];
  const date = formatLongDate(msg.dueDate);
  const timing = timingOf(msg);
  // validateStaffEmail has checked it is one of the domain's regimes.
  const regime = getRegime(msg.regime);
  const context = {
    reference: msg.reference,
    what: msg.what,
    when: whenPhrase(date, timing),
    regulator: regime.regulator.name,
    ...(msg.received ? { received: receivedPhrase(msg.received) } : {}),
    ...(msg.failure ? { originalKind: msg.failure.originalKind } : {}),
  };

  const subject = `${msg.reference}: ${copy.subjectPrefix}${dueClause(msg.what, date, timing)}`;
  const paragraphs = [copy.lead(context), copy.action(context)];

  const rows: [string, string | undefined][] = [
    ['Not delivered to', msg.failure?.to.join(', ')],
    ['Reason', msg.failure?.reason],
    ['Reference', msg.reference],
    ['Regime', regime.title],
    ['Due', `${msg.what}, ${dueRow(date, timing)}`],
    ['Phase', msg.phase],
    ['Officer', msg.officer],
    ['Summary', msg.summary],
    ['Requester', requesterLine(msg, cfg)],
  ];
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
  const link = caseUrl(cfg, msg.reference);
  const footer = [
    `Sent automatically by the FOI deadline service of ${cfg.authorityName}.`,
    `Reminder id: ${msg.reminderKey}`,
  ];

  const width = Math.max(...shown.map(([label]) => label.length)) + 2;
  const text = [
    ...paragraphs.map((p) => `${p}\n`),
    ...shown.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`),
    ...(link ? ['', `Open the case: ${link}`] : []),
    '',
    '-- ',
    ...footer,
    '',
  ].join('\n');

  const html = [
    '<!doctype html>',
    '<html><body style="font-family: Arial, sans-serif; font-size: 15px; color: #0b0c0c">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    '<table style="border-collapse: collapse">',
    ...shown.map(
      ([label, value]) =>
        `<tr><th style="text-align: left; padding: 2px 12px 2px 0; vertical-align: top">${escapeHtml(label)}</th><td style="padding: 2px 0">${escapeHtml(value)}</td></tr>`,
    ),
    '</table>',
    ...(link ? [`<p><a href="${escapeHtml(link)}">Open ${escapeHtml(msg.reference)}</a></p>`] : []),
    `<p style="color: #505a5f; font-size: 13px">${footer.map(escapeHtml).join('<br>')}</p>`,
    '</body></html>',
    '',
  ].join('\n');

  return { subject, text, html };
}
