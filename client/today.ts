// "Today" for the CLI is the calendar date in London, whatever the machine's time zone:
// statutory deadlines are London dates.
import type { IsoDate } from '../domain/calendar';
import { londonDate } from '../domain/london-time';

export const londonToday = (): IsoDate => londonDate(Date.now());
