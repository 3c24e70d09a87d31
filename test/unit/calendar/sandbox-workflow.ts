// A workflow that uses the calendar, for sandbox.test.ts: the bundler refuses Node
// built-ins and other non-deterministic modules, so bundling it proves domain/ is pure.
import { buildHolidayTable, DIVISIONS, WorkingDayCalendar } from '../../../domain/calendar';
import { responseDeadline } from '../../../domain/deadlines';
import { REGIMES } from '../../../domain/regimes';

export async function calendarSandboxWorkflow(receivedOn: string): Promise<string | null> {
  const cal = WorkingDayCalendar.fromTable(buildHolidayTable(2018, 2019), DIVISIONS);
  return responseDeadline(cal, REGIMES.foia, { receivedOn, feePauses: [], extended: false }).due;
}
