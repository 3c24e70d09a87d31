// Red, amber, green: red once the date has passed; amber within 5 working days
// (including the due day itself); green otherwise.
import type { IsoDate } from '../domain/calendar';
import type { Rag } from './colour';

export const AMBER_WORKING_DAYS = 5;

export function ragFor(due: IsoDate, workingDaysLeft: number, today: IsoDate): Rag {
  if (due < today) return 'red';
  return workingDaysLeft <= AMBER_WORKING_DAYS ? 'amber' : 'green';
}
