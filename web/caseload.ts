// The manager's caseload at a glance: each headline figure is one server-side count
// (visibility), and the table per officer comes from one listing of open cases read a
// page at a time (search attributes only; no case is queried).
import type { IsoDate } from '../domain/calendar';
import { calendarFor } from '../client/calendars';
import { toCaseRow } from '../client/case-row';
import type { Session } from '../client/connect';
import { withDeadline } from '../client/deadline';
import { forEachRecord } from '../client/pages';
import { dueLater, dueThisWeek, inPhase, openCases } from './list-clauses';

export interface OfficerLoad {
  officer: string;
  open: number;
  overdue: number;
  dueSoon: number;
}

export interface Caseload {
  today: IsoDate;
  open: number;
  red: number;
  amber: number;
  green: number;
  dueThisWeek: number;
  unassigned: number;
  awaitingApproval: number;
  reviewsOpen: number;
  complaintsOpen: number;
  officers: OfficerLoad[];
}

const UNASSIGNED = '(unassigned)';

export async function caseload(s: Session, today: IsoDate): Promise<Caseload> {
  const cal = calendarFor('foia', today);
  const count = (query: string): Promise<number> =>
    withDeadline(s, () => s.client.workflow.count(query)).then((r) => r.count);
  const officers = new Map<string, OfficerLoad>();
  const listing = forEachRecord(s, openCases(today, cal), (info) => {
    const row = toCaseRow(info, today);
    const name = row.officer ?? UNASSIGNED;
    let load = officers.get(name);
    if (!load) officers.set(name, (load = { officer: name, open: 0, overdue: 0, dueSoon: 0 }));
    load.open++;
    if (row.rag === 'red') load.overdue++;
    if (row.rag === 'amber') load.dueSoon++;
  });
  const [open, red, amber, green, week, unassigned, awaitingApproval, reviewsOpen, complaintsOpen] =
    await Promise.all([
      count(openCases(today, cal)),
      count(openCases(today, cal, { overdue: true })),
      count(openCases(today, cal, { dueWithin: 5 })),
      count(dueLater(today, cal)),
      count(dueThisWeek(today, cal)),
      count(inPhase(today, cal, 'received')),
      count(inPhase(today, cal, 'awaiting_approval')),
      count(inPhase(today, cal, 'internal_review')),
      count(inPhase(today, cal, 'ico_complaint')),
      listing,
    ]);
  return {
    today,
    open: open,
    red: red,
    amber: amber,
    green: green,
    dueThisWeek: week,
    unassigned: unassigned,
    awaitingApproval: awaitingApproval,
    reviewsOpen: reviewsOpen,
    complaintsOpen: complaintsOpen,
    officers: [...officers.values()].sort(
      (a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.officer.localeCompare(b.officer),
    ),
  };
}
