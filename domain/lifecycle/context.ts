// What the rules need besides the case: today's date in London, the working-day
// calendar of the case's regime (built from holiday data that entered the workflow
// through an activity) and the regime's numbers.
import { WorkingDayCalendar, type IsoDate } from '../calendar';
import type { Regime } from '../regimes';

export interface RuleContext {
  today: IsoDate;
  cal: WorkingDayCalendar;
  regime: Regime;
}
