// One line of a manager's list, read from a visibility record (search attributes only:
// no query to the case, so a list of hundreds is one call).
import type { WorkflowExecutionInfo } from '@temporalio/client';
import type { IsoDate } from '../domain/calendar';
import {
  FoiAnsweredLate,
  FoiCaseOfficer,
  FoiDueDate,
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
  workflowId: string;
  status: string;
}

const dateOf = (d: Date | undefined): IsoDate | undefined => d?.toISOString().slice(0, 10);

export function toCaseRow(info: WorkflowExecutionInfo, today: IsoDate): CaseRow {
  const sa = info.typedSearchAttributes;
  const regime = sa.get(FoiRegime);
  const due = dateOf(sa.get(FoiDueDate));
  const row: CaseRow = {
    reference: sa.get(FoiReference) ?? info.workflowId.replace(/^foi-/, ''),
    regime,
    phase: sa.get(FoiPhase),
    officer: sa.get(FoiCaseOfficer),
    receivedOn: dateOf(sa.get(FoiReceivedDate)),
    outcome: sa.get(FoiOutcome),
    answeredLate: sa.get(FoiAnsweredLate),
    workflowId: info.workflowId,
    status: info.status.name,
  };
  if (due && info.status.name === 'RUNNING') {
    const left = calendarFor(regime, today).workingDaysBetween(today, due);
    Object.assign(row, { due, workingDaysLeft: left, rag: ragFor(due, left, today) });
  }
  return row;
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
