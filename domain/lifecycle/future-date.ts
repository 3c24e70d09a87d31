// Steps are recorded on or after the day they happen: entering them afterwards is normal (a
// case migrated from another system), a date after today is a mistake. Pure and zod-free, so
// decide() (every command's `on`), the workflow and the CLI (a new case's receipt) share it.
import { compareDates, type IsoDate } from '../calendar/dates';

/** Why `date` cannot be recorded `today`, if it cannot. */
export function futureDateProblem(date: IsoDate, today: IsoDate): string | undefined {
  return compareDates(date, today) > 0 ? `${date} is in the future (today is ${today})` : undefined;
}

/** A request is opened on or after the day it was received, never before. */
export const receiptDateProblem = (receivedOn: IsoDate, today: IsoDate): string | undefined =>
  futureDateProblem(receivedOn, today);
