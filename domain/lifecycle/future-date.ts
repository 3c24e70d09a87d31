// Steps are recorded on or after the day they happen: entering them afterwards is normal (a
// case migrated from another system), a date after today is a mistake. Pure and zod-free, so
// decide() (every command's `on`), the workflow and the CLI (a new case's receipt) share it.
import { compareDates, type IsoDate } from '../calendar/dates';

/** Why `date` cannot be recorded `today`, if it cannot. */
export function futureDateProblem(date: IsoDate, today: IsoDate): string | undefined {
  return compareDates(date, today) > 0 ? `${date} is in the future (today is ${today})` : undefined;
}

/** The rights of access under FOIA, the EIR 2004 and FOISA all applied from 1 January 2005:
 * no request under them was received before it. */
export const ACCESS_RIGHTS_IN_FORCE: IsoDate = '2005-01-01';

/**
 * Why a request cannot have been received on `receivedOn`, if it cannot: a case is opened on
 * or after the day it was received, and no earlier than `earliest` (an authority may set a
 * later floor, such as the day it started using this system; never an earlier one).
 */
export function receiptDateProblem(
  receivedOn: IsoDate,
  today: IsoDate,
  earliest: IsoDate = ACCESS_RIGHTS_IN_FORCE,
): string | undefined {
  const floor = compareDates(earliest, ACCESS_RIGHTS_IN_FORCE) > 0 ? earliest : ACCESS_RIGHTS_IN_FORCE;
  if (compareDates(receivedOn, floor) < 0) {
    return floor === ACCESS_RIGHTS_IN_FORCE
      ? `${receivedOn} is before ${floor}, when the rights of access came into force`
      : `${receivedOn} is before ${floor}, the earliest receipt date this system accepts (FOI_EARLIEST_RECEIPT)`;
  }
  return futureDateProblem(receivedOn, today);
}
