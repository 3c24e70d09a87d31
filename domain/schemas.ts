// The zod schemas of the shared written forms, one each: ISO date, HH:MM, email address.
// Never imported by workflow code (zod stays out of the sandbox): its guards use formats.ts.
import { z } from 'zod';
import { isIsoDate } from './calendar/dates';
import { ISO_DATE_MESSAGE, TIME_OF_DAY, TIME_OF_DAY_MESSAGE } from './formats';

export const isoDate = z.string().refine(isIsoDate, { message: ISO_DATE_MESSAGE });
export const timeOfDay = z.string().regex(TIME_OF_DAY, TIME_OF_DAY_MESSAGE);
export const emailAddress = z.email();
