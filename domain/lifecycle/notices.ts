// Telling people about their work when it reaches them, not at the next reminder: a new
// case (its officer, or the manager when it has none), a case assigned to someone (overdue
// already, or not), a draft submitted (its approver). Each notice has a key of its own in
// the case, so the email activity sends it once however often it is retried.
import { compareDates, type IsoDate } from '../calendar/dates';
import { responseStartDay, liveDeadlines, primaryDeadline, type Deadline } from './case-deadlines';
import type { RuleContext } from './context';
import type { CaseEvent } from './events';
import { deadlineWhat } from './reminders';
import type { EmailKind, Recipient } from './staff-email';
import type { CaseState } from './state';

export interface Notice {
  kind: EmailKind;
  key: string;
  to: Recipient[];
  what: string;
  due: Deadline['due'];
  workingDaysLeft: number;
  /** The receipt confirmation says when the request came and how much time has gone. */
  received?: { on: Deadline['due']; workingDaysGone: number };
}

const sameAddress = (a?: string, b?: string) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** The deadline a person is told about: the one staff act on first, else the next. */
function headline(s: CaseState, ctx: RuleContext): Deadline | undefined {
  return primaryDeadline(s, ctx) ?? liveDeadlines(s, ctx)[0];
}

const about = (d: Deadline) => ({ what: deadlineWhat(d), due: d.due, workingDaysLeft: d.workingDaysLeft });

/** What a new case sends: the officer's receipt (or an overdue notice when the case was
 * entered after its deadline), or the manager's notice that nobody holds it. */
export function openingNotices(s: CaseState, ctx: RuleContext): Notice[] {
  const d = headline(s, ctx);
  if (!d) return [];
  if (!s.officer)
    return [{ kind: 'case-unassigned', key: 'receipt:unassigned', to: [{ role: 'manager' }], ...about(d) }];
  const to: Recipient[] = [{ role: 'officer', address: s.officer }];
  if (d.workingDaysLeft < 0) return [{ kind: 'overdue', key: 'receipt:overdue', to, ...about(d) }];
  const workingDaysGone = Math.max(0, ctx.cal.workingDaysBetween(responseStartDay(s, ctx), ctx.today));
  return [
    {
      kind: 'receipt-confirmation',
      key: 'receipt',
      to,
      ...about(d),
      received: { on: s.receivedOn, workingDaysGone },
    },
  ];
}

/** What a person's step sends, from the events it recorded and the state after them.
 * `firstIndex` is the position of the first of `events` in the case's history. A step dated
 * before the case was entered here (`enteredOn`) is history being brought in: nobody is
 * told about work that happened then. */
export function stepNotices(
  after: CaseState,
  events: readonly CaseEvent[],
  firstIndex: number,
  ctx: RuleContext,
  enteredOn: IsoDate,
): Notice[] {
  const d = headline(after, ctx);
  if (!d) return [];
  const out: Notice[] = [];
  events.forEach((e, i) => {
    const at = firstIndex + i;
    if (compareDates(e.on, enteredOn) < 0) return;
    if (e.type === 'assigned') {
      // A new officer is told at once; the same officer re-assigned (a new approver) is not.
      const before = after.events
        .slice(0, at)
        .reduce<string | undefined>(
          (officer, x) => (x.type === 'assigned' || x.type === 'opened' ? (x.officer ?? officer) : officer),
          undefined,
        );
      if (sameAddress(before, e.officer)) return;
      const to: Recipient[] = [{ role: 'officer', address: e.officer }];
      out.push(
        d.workingDaysLeft < 0
          ? { kind: 'overdue', key: `assigned:${at}:overdue`, to, ...about(d) }
          : { kind: 'case-assigned', key: `assigned:${at}`, to, ...about(d) },
      );
    }
    if (e.type === 'draftSubmitted') {
      const to: Recipient[] = after.approver
        ? [{ role: 'approver', address: after.approver }]
        : [{ role: 'manager' }];
      out.push({
        kind: 'approval-waiting',
        key: `approval:${e.on}:submitted:${at}`,
        to,
        what: 'approval of the draft response',
        due: d.due,
        workingDaysLeft: d.workingDaysLeft,
      });
    }
  });
  return out;
}
