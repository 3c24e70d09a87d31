// Which years of bank holidays a case's calendar holds, and when the case asks for more
// (issue 13). From the February 2027 release the workflow carries no holiday data or rules:
// the table comes from the records store through an activity, and the calendar refuses a
// year outside it (WorkingDayCalendar.ofTableOnly). So the case asks for every year it can
// need now, and asks again each January for a year further on.
import type { IsoDate } from '../calendar/dates';
import { referenceHash } from './reminder-spread';

/** Years held past today's: a count from any day this year or next (a response, a review,
 * an extension) ends within them. */
export const YEARS_AHEAD = 2;

const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));

/** From the year before receipt (a count back from early January) to two years past today. */
export function caseTableYears(receivedOn: IsoDate, today: IsoDate): { fromYear: number; toYear: number } {
  return {
    fromYear: yearOf(receivedOn) - 1,
    toYear: Math.max(yearOf(receivedOn), yearOf(today)) + YEARS_AHEAD,
  };
}

/** Today is in the table's last year but one: time to ask for later years. */
export function needsLaterYears(today: IsoDate, toYear: number): boolean {
  return yearOf(today) + YEARS_AHEAD - 1 >= toYear;
}

/** The day a case asks for later years: in January of the table's last year but one, on a
 * day from the 1st to the 28th fixed by its reference, so open cases do not all ask at once. */
export function tableRenewalDay(reference: string, toYear: number): IsoDate {
  const day = 1 + (referenceHash(reference) % 28);
  return `${toYear - YEARS_AHEAD + 1}-01-${String(day).padStart(2, '0')}`;
}
