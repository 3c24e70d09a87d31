// A case's status and timeline as a person reads them at a terminal.
import type { CaseStatus, TimelineEntry } from '../domain/lifecycle';
import { RECEIVED_BY } from '../domain/lifecycle/channels';
import { answerTimingText, deadlineStandingText } from '../domain/lifecycle/deadline-wording';
import { londonDateTime, longDate, mailOutageText, plural } from './words';

function deadlineLines(s: CaseStatus, indent: string): string[] {
  const width = Math.max(0, ...s.deadlines.map((d) => d.label.length));
  return s.deadlines.map(
    (d) => `${indent}${d.label.padEnd(width)}  ${longDate(d.due)}  ${deadlineStandingText(d, s.enteredOn)}`,
  );
}

function responseLine(s: CaseStatus, r: NonNullable<CaseStatus['response']>): string {
  const cited = r.exemptions.map((e) => `${e.section} (${e.kind})`).join(', ');
  const timing = s.responseDays
    ? `${answerTimingText(s.responseDays)} (due ${longDate(r.due)})`
    : `${r.late ? 'LATE' : 'on time'} (due ${longDate(r.due)}), ${r.workingDaysTaken} working days`;
  return `sent ${longDate(r.sentOn)}: ${r.outcome}${cited ? `, citing ${cited}` : ''}; ${timing}`;
}

function reviewLine(r: NonNullable<CaseStatus['review']>): string {
  const parts = [
    `requested ${longDate(r.requestedOn)}`,
    `due ${longDate(r.extendedUntil ?? r.due)}${r.extendedUntil ? ' (extended)' : ''}`,
  ];
  if (r.completedOn)
    parts.push(`completed ${longDate(r.completedOn)}: ${r.result ?? '?'}${r.late ? ' (late)' : ''}`);
  return parts.join(', ');
}

function icoLine(i: NonNullable<CaseStatus['ico']>): string {
  const parts = [`complaint ${i.icoReference} on ${longDate(i.complaintOn)}`];
  if (i.submissionDue && !i.submittedOn) parts.push(`submission due ${longDate(i.submissionDue)}`);
  if (i.submittedOn) parts.push(`submission sent ${longDate(i.submittedOn)}`);
  const d = i.decision;
  if (d) parts.push(`decision notice ${d.noticeReference} ${longDate(d.on)}: ${d.result}`);
  if (d?.complyBy) parts.push(`${plural(d.steps.length, 'step')} by ${longDate(d.complyBy)}`);
  if (i.compliedOn) parts.push(`complied ${longDate(i.compliedOn)}`);
  if (i.appeal) parts.push(`appeal by the ${i.appeal.appellant} ${longDate(i.appeal.on)}`);
  return parts.join('; ');
}

/** 'by email at 14:05', as far as the officer recorded it. */
function arrival(s: CaseStatus): string | undefined {
  const how = [s.channel && RECEIVED_BY[s.channel], s.receivedAt && `at ${s.receivedAt}`].filter(Boolean);
  return how.length ? how.join(' ') : undefined;
}

export function formatStatus(s: CaseStatus): string {
  const arrived = arrival(s);
  const head: [string, string][] = [
    ['phase', s.phaseLabel],
    ['received', longDate(s.receivedOn)],
    ...(arrived ? [['arrived', arrived] as [string, string]] : []),
    ...(s.questionCount ? [['questions', String(s.questionCount)] as [string, string]] : []),
    ['case officer', s.officer ?? 'none assigned'],
    ['approver', s.approver ?? 'none'],
    ['clock', s.clock],
    ...(s.responseTime ? [['response time', s.responseTime] as [string, string]] : []),
  ];
  const tail: [string, string][] = [];
  const n = s.nextReminder;
  if (n)
    tail.push(['next reminder', `${londonDateTime(n.at)}: ${n.kind}, ${n.what} (due ${longDate(n.due)})`]);
  if (s.response) tail.push(['response', responseLine(s, s.response)]);
  if (s.review) tail.push(['internal review', reviewLine(s.review)]);
  if (s.ico) tail.push(['regulator', icoLine(s.ico)]);
  if (s.endedOn) tail.push(['ended', `${longDate(s.endedOn)}${s.endReason ? `: ${s.endReason}` : ''}`]);
  if (s.lateRequestsUntil)
    tail.push(['late requests', `can still be recorded until ${longDate(s.lateRequestsUntil)}`]);
  if (s.mailOutage) tail.push(['email', mailOutageText(s.mailOutage)]);
  if (s.holidayTableVersion !== undefined)
    tail.push(['bank holidays', `table version ${s.holidayTableVersion} (foi holidays status)`]);
  tail.push(['as of', longDate(s.today)]);
  const width = Math.max(...[...head, ...tail].map(([k]) => k.length)) + 1;
  const row = ([k, v]: [string, string]) => `${`${k}:`.padEnd(width)}  ${v}`;
  const deadlines = s.deadlines.length
    ? ['deadlines:', ...deadlineLines(s, '  ')]
    : [row(['deadlines', 'none live'])];
  const lines = [`${s.reference}  ${s.regimeTitle}`, ...head.map(row), ...deadlines, ...tail.map(row)];
  if (s.provisionalHolidays)
    lines.push('note: some dates depend on bank holidays not yet confirmed by an official list');
  return lines.join('\n');
}

/** What a command prints when accepted: the new phase and the live deadlines. */
export function formatAccepted(s: CaseStatus): string {
  const lines = [`${s.reference}: ${s.phaseLabel}`];
  if (s.deadlines.length) lines.push(...deadlineLines(s, '  '));
  else lines.push('  no live deadlines');
  return lines.join('\n');
}

export function formatTimeline(entries: TimelineEntry[]): string {
  // 'Tue 3 Jun' is a character shorter than 'Tue 26 Jun': pad the dates too, so columns align.
  const dates = entries.map((e) => longDate(e.on));
  const dateWidth = Math.max(0, ...dates.map((d) => d.length));
  const width = Math.max(0, ...entries.map((e) => e.by.length));
  return entries.map((e, i) => `${dates[i]!.padEnd(dateWidth)}  ${e.by.padEnd(width)}  ${e.text}`).join('\n');
}
