// The case's working-day calendar: the holiday table fetched (an activity) when the case
// opens, and again when the case is told the table changed. Until the first fetch the
// case cannot count days, and its handlers wait.
import type { IsoDate } from '../domain/calendar/dates';
import type { Division } from '../domain/calendar/divisions';
import { WorkingDayCalendar } from '../domain/calendar/working-day-calendar';
import { loadHolidayTable } from './activity-proxies';

/** Years of holiday data a case needs: from its receipt to well past any review or complaint. */
export const holidayYears = (receivedOn: IsoDate) => {
  const y = Number(receivedOn.slice(0, 4));
  return { fromYear: y, toYear: y + 3 };
};

export class CaseCalendar {
  current: WorkingDayCalendar | undefined;
  /** Told the table changed: fetch it again at the next step. */
  stale = false;

  constructor(
    private readonly receivedOn: IsoDate,
    private readonly divisions: readonly Division[],
  ) {}

  async load(): Promise<void> {
    const table = await loadHolidayTable(holidayYears(this.receivedOn));
    this.current = WorkingDayCalendar.fromTable(table, this.divisions);
  }
}
