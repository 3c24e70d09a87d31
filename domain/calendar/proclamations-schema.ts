// The shape of data/proclamations.json: holidays proclaimed (or moved, or cancelled)
// after the rules and the one-off list were written, plus the last year that an official
// list (GOV.UK) has confirmed. Validated with zod wherever the file is read.
import { z } from 'zod';
import type { HolidayCancellation, HolidayChange } from './changes';
import { isoDate } from '../schemas';
import { DIVISIONS } from './divisions';

const divisions = z.array(z.enum(DIVISIONS)).min(1);

const changeSchema = z.object({
  date: isoDate,
  title: z.string().min(1),
  notes: z.string().optional(),
  divisions,
  replaces: isoDate.optional(),
  source: z.string().optional(),
});

const cancellationSchema = z.object({ date: isoDate, divisions, reason: z.string().min(1) });

export const proclamationsSchema = z.object({
  $comment: z.string().optional(),
  source: z.string(),
  /** Years up to this one are confirmed by an official list; later years are provisional. */
  confirmedThroughYear: z.number().int().min(1800).max(2500),
  holidays: z.array(changeSchema),
  cancellations: z.array(cancellationSchema),
});

export interface Proclamations {
  $comment?: string;
  source: string;
  confirmedThroughYear: number;
  holidays: HolidayChange[];
  cancellations: HolidayCancellation[];
}

/** Validates the data file's contents; throws an Error naming the first problem. */
export function parseProclamations(json: unknown): Proclamations {
  const result = proclamationsSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    throw new Error(`invalid proclamations data at ${where}: ${issue?.message ?? 'unknown problem'}`);
  }
  return result.data;
}
