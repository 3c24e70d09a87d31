// The visibility query behind `foi list`: every filter runs on the server, against the
// search attributes each case upserts (workflows/search-attributes.ts).
import { addDays, type IsoDate, type WorkingDayCalendar } from '../domain/calendar';
import { WORKFLOW_TYPE } from '../workflows/definitions';
import type { ListFilters } from './list-filters';

/** A string literal for the query language, quotes and backslashes escaped. */
export const literal = (v: string): string => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Datetime search attributes hold a date as UTC midnight. */
export const atMidnight = (d: IsoDate): string => literal(`${d}T00:00:00Z`);

/** "on or before d" as "before the next midnight": a store that keeps datetimes as text
 * (the dev server's SQLite) does not match a value exactly equal to the query's. */
const onOrBefore = (attribute: string, d: IsoDate): string => `${attribute} < ${atMidnight(addDays(d, 1))}`;

/**
 * @param cal the calendar that counts --due-within (the regime's, FOIA's when none is given)
 * @param officers every spelling of --officer's address the cases hold (letter case aside)
 */
export function listQuery(
  f: ListFilters,
  today: IsoDate,
  cal: WorkingDayCalendar,
  officers: string[] = f.officer ? [f.officer] : [],
): string {
  const where = [`WorkflowType = ${literal(WORKFLOW_TYPE)}`];
  // A continued-as-new run is the same case: only its latest run counts.
  where.push(f.all ? `ExecutionStatus != 'ContinuedAsNew'` : `ExecutionStatus = 'Running'`);
  // A case opened in error is out of the lists, ended ones included, unless asked for by phase.
  if (f.all && !f.phases.includes('voided')) where.push(`FoiPhase != 'voided'`);
  if (f.overdue) where.push(`FoiDueDate < ${atMidnight(today)}`);
  if (f.dueWithin !== undefined) {
    where.push(
      `FoiDueDate >= ${atMidnight(today)}`,
      onOrBefore('FoiDueDate', cal.addWorkingDays(today, f.dueWithin)),
    );
  }
  if (officers.length === 1) where.push(`FoiCaseOfficer = ${literal(officers[0]!)}`);
  if (officers.length > 1) where.push(`FoiCaseOfficer IN (${officers.map(literal).join(', ')})`);
  if (f.phases.length === 1) where.push(`FoiPhase = ${literal(f.phases[0]!)}`);
  if (f.phases.length > 1) where.push(`FoiPhase IN (${f.phases.map(literal).join(', ')})`);
  if (f.regime) where.push(`FoiRegime = ${literal(f.regime)}`);
  if (f.receivedFrom) where.push(`FoiReceivedDate >= ${atMidnight(f.receivedFrom)}`);
  if (f.receivedTo) where.push(onOrBefore('FoiReceivedDate', f.receivedTo));
  return where.join(' AND ');
}

/** Every case received in [from, to] (inclusive), running or ended: the cohort `foi stats` counts. */
export function statsQuery(from: IsoDate, to: IsoDate, regime?: string): string {
  const where = [
    `WorkflowType = ${literal(WORKFLOW_TYPE)}`,
    `ExecutionStatus != 'ContinuedAsNew'`,
    `FoiReceivedDate >= ${atMidnight(from)}`,
    onOrBefore('FoiReceivedDate', to),
  ];
  if (regime) where.push(`FoiRegime = ${literal(regime)}`);
  return where.join(' AND ');
}
