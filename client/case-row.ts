// One line of a manager's list, read from a visibility record (search attributes only:
// no query to the case, so a list of hundreds is one call).
import type { WorkflowExecutionInfo } from '@temporalio/client';
import type { IsoDate } from '../domain/calendar';
import {
  FoiAnsweredLate,
  FoiCaseOfficer,
  FoiDueDate,
  FoiMailOutage,
  FoiOutcome,
  FoiPhase,
  FoiReceivedDate,
  FoiReference,
  FoiRegime,
} from '../workflows/search-attributes';
import { calendarFor } from './calendars';
import type { Rag } from './colour';
import { ragFor } from './rag';

export interface CaseRow {
  reference: string;
  regime?: string;
  phase?: string;
  officer?: string;
  receivedOn?: IsoDate;
  /** The first deadline staff must meet, if the phase has one. */
  due?: IsoDate;
  workingDaysLeft?: number;
  rag?: Rag;
  outcome?: string;
  answeredLate?: boolean;
  /** Its email held by a mail outage (foi status says since when and why). */
  mailOutage?: boolean;
  workflowId: string;
  status: string;
}

/** Shares one copy of each repeated value (officer, phase, dates, ...) across the rows of
 * a listing, so a list of 100,000 cases holds little more than their references. */
export type Intern = (s: string | undefined) => string | undefined;

export function interner(): Intern {
  const seen = new Map<string, string>();
  return (s) => {
    if (s === undefined) return undefined;
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
}

const asIs: Intern = (s) => s;

const dateOf = (d: Date | undefined): IsoDate | undefined => d?.toISOString().slice(0, 10);

/** Working days left to a case's listed due date, and its colour (nothing without a date). */
export function standing(
  regime: string | undefined,
  due: IsoDate | undefined,
  today: IsoDate,
): { workingDaysLeft?: number; rag?: Rag } {
  if (due === undefined) return {};
  const workingDaysLeft = calendarFor(regime, today).workingDaysBetween(today, due);
  return { workingDaysLeft, rag: ragFor(due, workingDaysLeft, today) };
}

export function toCaseRow(info: WorkflowExecutionInfo, today: IsoDate, intern: Intern = asIs): CaseRow {
  const sa = info.typedSearchAttributes;
  const regime = intern(sa.get(FoiRegime));
  // An ended case keeps its last due date; it no longer counts down.
  const due = info.status.name === 'RUNNING' ? intern(dateOf(sa.get(FoiDueDate))) : undefined;
  const { workingDaysLeft, rag } = standing(regime, due, today);
  // Every row gets every property, in one order, so all rows share one object layout.
  return {
    reference: sa.get(FoiReference) ?? info.workflowId.replace(/^foi-/, ''),
    regime,
    phase: intern(sa.get(FoiPhase)),
    officer: intern(sa.get(FoiCaseOfficer)),
    receivedOn: intern(dateOf(sa.get(FoiReceivedDate))),
    due,
    workingDaysLeft,
    rag,
    outcome: intern(sa.get(FoiOutcome)),
    answeredLate: sa.get(FoiAnsweredLate),
    mailOutage: sa.get(FoiMailOutage) === true,
    workflowId: info.workflowId,
    status: info.status.name,
  };
}

/** By due date, the most pressing first; cases with no deadline last, by reference. */
export function byDueDate(a: CaseRow, b: CaseRow): number {
  if (a.due !== b.due) {
    if (!a.due) return 1;
    if (!b.due) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.reference.localeCompare(b.reference);
}
