// The case's working-day calendar: the holiday table fetched (an activity) when the case
// opens, and again when the case is told the table changed. Until the first fetch the
// case cannot count days, and its handlers wait. A schools' case also fetches the school's
// term dates (SI 2004/3364 reg 3) at the same moments.
import { patched } from '@temporalio/workflow';
import type { IsoDate } from '../domain/calendar/dates';
import type { Division } from '../domain/calendar/divisions';
import type { SchoolTerms } from '../domain/calendar/school-terms';
import { WorkingDayCalendar } from '../domain/calendar/working-day-calendar';
import {
  loadHolidayTable,
  loadHolidayTableLocally,
  loadSchoolTerms,
  loadSchoolTermsLocally,
} from './activity-proxies';

/** Schools' cases started before this fetch no term dates when they replay. */
export const SCHOOL_TERMS_PATCH = 'school-terms-2026-12';

/** Years of holiday data a case needs: from its receipt to well past any review or complaint. */
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
    /** Release 2027-02: fetched by a local activity (activity-proxies.ts). */
    private readonly fetchesLocally = false,
  ) {}

  async load(): Promise<void> {
    const fetch = this.fetchesLocally ? loadHolidayTableLocally : loadHolidayTable;
    const table = await fetch(holidayYears(this.receivedOn));
    if (this.countsSchoolDays && patched(SCHOOL_TERMS_PATCH))
      this.schoolTerms =
        (await (this.fetchesLocally ? loadSchoolTermsLocally : loadSchoolTerms)()) ?? undefined;
    this.current = WorkingDayCalendar.fromTable(table, this.divisions);
  }
}
