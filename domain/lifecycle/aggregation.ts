// Requests from the same person an officer must weigh together: the Fees Regulations
// (SI 2004/3244) reg 5 aggregates the cost of requests made within any 60 consecutive
// working days, and s14(2) lets an authority refuse a repeated request.
import type { IsoDate } from '../calendar/dates';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';

export const AGGREGATION_WORKING_DAYS = 60; // Fees Regulations reg 5(2)

/** The first day of the 60 working days ending on the day this request was received. */
export const aggregationWindowStart = (cal: WorkingDayCalendar, receivedOn: IsoDate): IsoDate =>
  cal.addWorkingDays(receivedOn, -AGGREGATION_WORKING_DAYS);
