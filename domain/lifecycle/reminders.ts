// When staff are reminded, of what, and whom: a pure plan the workflow turns into
// timers and email activities. A reminder exists only while its deadline is live, so a
// case that moved on simply has no such reminder any more.
import type { IsoDate } from '../calendar';
import { londonDate, londonLocalTime, parseTimeOfDay } from '../london-time';
import { liveDeadlines, type Deadline, type DeadlineKey } from './case-deadlines';
import type { RuleContext } from './context';
import { isTerminal } from './phases';
import type { EmailKind, Recipient } from './staff-email';
import type { CaseState } from './state';

/** The reminders the plan can produce: every email kind except those the workflow sends
 * itself when something happens (notices.ts) and the delivery-failure alert. */
export type ReminderKind = Exclude<
  EmailKind,
  'receipt-confirmation' | 'delivery-failure' | 'case-assigned' | 'case-unassigned'
>;

export interface PlannedReminder {
  /** Identity within the case: a deadline that moves gets new keys. */
  key: string;
  at: number;
  date: IsoDate;
  kind: ReminderKind;
  deadline: DeadlineKey | 'approval';
  what: string;
  due: IsoDate;
  /** Working days from the reminder's date to the deadline (negative when overdue). */
  workingDaysLeft: number;
  to: Recipient[];
}

const WHAT: Partial<Record<DeadlineKey, string>> = {
  response: 'response',
  disclosure: 'disclosure after internal review',
  review: 'internal review',
  'ico-submission': 'submission to the regulator',
  compliance: 'decision notice compliance',
};

/** What a deadline is called in staff email ('response', 'internal review', ...). */
export const deadlineWhat = (d: Pick<Deadline, 'key' | 'label'>): string => WHAT[d.key] ?? d.label;

const AHEAD_KIND: Partial<Record<DeadlineKey, ReminderKind>> = {
  review: 'internal-review-due',
  'ico-submission': 'ico-submission-due',
  compliance: 'decision-compliance-due',
};

/** Escalations stop being planned after this many rounds (a year of weekly mail is enough). */
const MAX_ESCALATIONS = 60;

/** The n-th working day before `due`. */
const workingDayBefore = (ctx: RuleContext, due: IsoDate, n: number): IsoDate =>
  ctx.cal.addWorkingDays(due, -n);

function deadlineReminders(
  s: CaseState,
  ctx: RuleContext,
  d: Deadline,
  upToDate: IsoDate,
): Omit<PlannedReminder, 'at'>[] {
  const r = s.settings.reminders;
  const what = deadlineWhat(d);
  const officer: Recipient[] = s.officer ? [{ role: 'officer', address: s.officer }] : [{ role: 'manager' }];
  const ahead = AHEAD_KIND[d.key];
  const make = (
    date: IsoDate,
    tag: string,
    kind: ReminderKind,
    to: Recipient[],
  ): Omit<PlannedReminder, 'at'> => ({
    key: `${d.key}:${d.due}:${tag}`,
    date,
    kind,
    deadline: d.key,
    what,
    due: d.due,
    workingDaysLeft: ctx.cal.workingDaysBetween(date, d.due),
    to,
  });
  const out = r.beforeDue.map((n) =>
    make(workingDayBefore(ctx, d.due, n), `before-${n}`, ahead ?? 'deadline-approaching', officer),
  );
  // A date set in calendar days can fall on a non-working day: remind on the working day before.
  const dueDay = ctx.cal.isWorkingDay(d.due) ? d.due : workingDayBefore(ctx, d.due, 1);
  if (r.dueDay) out.push(make(dueDay, 'due', ahead ?? 'due-today', officer));
  // First overdue working day: officer and manager; then every N working days: head of service.
  out.push(make(ctx.cal.addWorkingDays(d.due, 1), 'overdue-1', 'overdue', [...officer, { role: 'manager' }]));
  for (let k = 1; k <= MAX_ESCALATIONS; k++) {
    const n = 1 + k * r.escalateEveryWorkingDays;
    const date = ctx.cal.addWorkingDays(d.due, n);
    out.push(make(date, `overdue-${n}`, 'escalation', [{ role: 'head-of-service' }, { role: 'manager' }]));
    if (date > upToDate) break;
  }
  return out;
}

function approvalReminders(s: CaseState, ctx: RuleContext, upToDate: IsoDate): Omit<PlannedReminder, 'at'>[] {
  if (!s.draft || s.draft.approvedOn || isTerminal(s.phase)) return [];
  const every = s.settings.reminders.approvalEveryWorkingDays;
  const to: Recipient[] = s.approver ? [{ role: 'approver', address: s.approver }] : [{ role: 'manager' }];
  const due = liveDeadlines(s, ctx).find((d) => d.remind)?.due ?? s.draft.submittedOn;
  const out: Omit<PlannedReminder, 'at'>[] = [];
  for (let k = 1; k <= MAX_ESCALATIONS; k++) {
    const date = ctx.cal.addWorkingDays(s.draft.submittedOn, k * every);
    out.push({
      key: `approval:${s.draft.submittedOn}:${k * every}`,
      date,
      kind: 'approval-waiting',
      deadline: 'approval',
      what: 'approval of the draft response',
      due,
      workingDaysLeft: ctx.cal.workingDaysBetween(date, due),
      to,
    });
    if (date > upToDate) break;
  }
  return out;
}

/**
 * The reminders of the case's current state, in time order, due in (afterMs, upToMs].
 * Escalations repeat until the first one after `planUpTo` (a date): nothing later can
 * come first, so the plan stops there.
 */
function planned(
  s: CaseState,
  ctx: RuleContext,
  afterMs: number,
  upToMs: number,
  planUpTo: IsoDate,
): PlannedReminder[] {
  const [hh, mm] = parseTimeOfDay(s.settings.reminders.timeOfDay);
  // The case's own minute, kept within the plan's day so the date a reminder names is its own.
  const minute = Math.min(1439, Math.max(0, hh * 60 + mm + (ctx.reminderOffsetMinutes ?? 0)));
  const plan = [
    ...liveDeadlines(s, ctx)
      .filter((d) => d.remind)
      .flatMap((d) => deadlineReminders(s, ctx, d, planUpTo)),
    ...approvalReminders(s, ctx, planUpTo),
  ];
  return (
    plan
      .map((p) => ({ ...p, at: londonLocalTime(p.date, Math.floor(minute / 60), minute % 60) }))
      .filter((p) => p.at > afterMs && p.at <= upToMs && ctx.cal.isWorkingDay(p.date))
      // Plain code-unit order for ties: it decides the order of activity commands, so it must not
      // depend on the ICU build's collation.
      .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  );
}

/** Every reminder of the case's current state due in (afterMs, upToMs], in time order. */
export function remindersBetween(
  s: CaseState,
  ctx: RuleContext,
  afterMs: number,
  upToMs: number,
): PlannedReminder[] {
  return planned(s, ctx, afterMs, upToMs, londonDate(upToMs));
}

/** The first reminder after `afterMs`, if the case has one planned. */
export function nextReminder(s: CaseState, ctx: RuleContext, afterMs: number): PlannedReminder | undefined {
  // Look a working year ahead; escalations keep the list open-ended but never empty while
  // overdue. Each escalation is later than the one before, and one dated after afterMs's
  // day is later than afterMs: the plan needs none past the first such.
  return planned(s, ctx, afterMs, afterMs + 400 * 86_400_000, londonDate(afterMs))[0];
}
