// The manager's caseload at a glance: each headline figure is one server-side count
// (visibility), and the table per officer is one SQL query over the records store's open
// cases, counted by the same date the lists use (listed_due, FoiDueDate's value), so
// neither reads the cases one by one.
import type { IsoDate } from '../domain/calendar';
import { TERMINAL_PHASES } from '../domain/lifecycle/phases';
import { calendarFor } from '../client/calendars';
import type { Session } from '../client/connect';
import { withDeadline } from '../client/deadline';
import { standing } from '../client/case-row';
import type { RecordsDb } from '../records/open-records';
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

/** Open cases per officer, with how many are overdue (red) and due soon (amber). */
async function officerLoads(db: RecordsDb, today: IsoDate): Promise<Map<string, OfficerLoad>> {
  const rows = await db
    .selectFrom('cases')
    .select(['officer', 'regime', 'listed_due'])
    .where('phase', 'not in', [...TERMINAL_PHASES])
    .where('voided', '=', 0)
    .execute();
  const officers = new Map<string, OfficerLoad>();
  for (const row of rows) {
    const name = row.officer ?? UNASSIGNED;
    let load = officers.get(name);
    if (!load) officers.set(name, (load = { officer: name, open: 0, overdue: 0, dueSoon: 0 }));
    load.open++;
    const { rag } = standing(row.regime, row.listed_due ?? undefined, today);
    if (rag === 'red') load.overdue++;
    if (rag === 'amber') load.dueSoon++;
  }
  return officers;
}

export async function caseload(s: Session, db: RecordsDb, today: IsoDate): Promise<Caseload> {
  const cal = calendarFor('foia', today);
  const count = (query: string): Promise<number> =>
    withDeadline(s, () => s.client.workflow.count(query)).then((r) => r.count);
  const [open, red, amber, green, week, unassigned, awaitingApproval, reviewsOpen, complaintsOpen, officers] =
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
      officerLoads(db, today),
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
