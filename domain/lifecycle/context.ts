// What the rules need besides the case: today's date in London, the working-day
// calendar of the case's regime (built from holiday data that entered the workflow
// through an activity) and the regime's numbers.
import type { IsoDate } from '../calendar/dates';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { Regime } from '../regimes';

export interface RuleContext {
  today: IsoDate;
  cal: WorkingDayCalendar;
  regime: Regime;
  /** This case's fixed offset from the reminder time of day (reminder-spread.ts); 0 when absent. */
  reminderOffsetMinutes?: number;
}
