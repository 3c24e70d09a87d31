// The case's working-day calendar: the holiday table fetched (an activity) when the case
// opens, and again when the case is told the table changed. Until the first fetch the
// case cannot count days, and its handlers wait. A schools' case also fetches the school's
// term dates (SI 2004/3364 reg 3) at the same moments. From the February 2027 release the
// table holds the years the case can need from today, the calendar counts from it alone (no
// holiday rules or data compiled into the workflow: issue 13), and the case asks again
// each January for a year further on.
import { patched } from '@temporalio/workflow';
import type { IsoDate } from '../domain/calendar/dates';
import type { Division } from '../domain/calendar/divisions';
import type { SchoolTerms } from '../domain/calendar/school-terms';
import { WorkingDayCalendar } from '../domain/calendar/working-day-calendar';
import { londonDate, londonLocalTime } from '../domain/london-time';
import { caseTableYears, needsLaterYears, tableRenewalDay } from '../domain/lifecycle/case-table-years';
import {
  loadHolidayTable,
  loadHolidayTableLocally,
  loadSchoolTerms,
  loadSchoolTermsLocally,
} from './activity-proxies';

/** Schools' cases started before this fetch no term dates when they replay. */
export const SCHOOL_TERMS_PATCH = 'school-terms-2026-12';

/** Years of holiday data a case from before February 2027 fetches (the rules fill in later years). */
export const holidayYears = (receivedOn: IsoDate) => {
  const y = Number(receivedOn.slice(0, 4));
  return { fromYear: y, toYear: y + 3 };
};

export class CaseCalendar {
  current: WorkingDayCalendar | undefined;
  schoolTerms: SchoolTerms | undefined;
  /** Told the table changed: fetch it again at the next step. */
  stale = false;

  constructor(
    private readonly receivedOn: IsoDate,
    private readonly divisions: readonly Division[],
    private readonly countsSchoolDays = false,
    /** Release 2027-02: fetched by local activities (activity-proxies.ts), years on demand. */
    private readonly onDemand = false,
    /** Release 2027-03: term dates fetched without asking SCHOOL_TERMS_PATCH. */
    private readonly termDatesImplied = false,
  ) {}

  async load(): Promise<void> {
    const fetch = this.onDemand ? loadHolidayTableLocally : loadHolidayTable;
    const years = this.onDemand
      ? caseTableYears(this.receivedOn, londonDate(Date.now()))
      : holidayYears(this.receivedOn);
    const table = await fetch(years);
    if (this.countsSchoolDays && (this.termDatesImplied || patched(SCHOOL_TERMS_PATCH)))
      this.schoolTerms = (await (this.onDemand ? loadSchoolTermsLocally : loadSchoolTerms)()) ?? undefined;
    this.current = this.onDemand
      ? WorkingDayCalendar.ofTableOnly(table, this.divisions)
      : WorkingDayCalendar.fromTable(table, this.divisions);
  }

  /** When the case must ask for later years (02:00 London on its January day), if it must. */
  renewalAt(reference: string): number | undefined {
    if (!this.onDemand || !this.current) return undefined;
    return londonLocalTime(tableRenewalDay(reference, this.current.holidayTable.toYear), 2, 0);
  }

  /** Today is late enough in the table's years to ask for later ones. */
  needsLaterYears(today: IsoDate): boolean {
    return this.onDemand && !!this.current && needsLaterYears(today, this.current.holidayTable.toYear);
  }
}
