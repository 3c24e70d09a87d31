// What an officer records the day a request arrives: the workflow's input, validated
// with zod by the client before the workflow starts and again by the workflow itself.
import { z } from 'zod';
import { emailAddress, isoDate, timeOfDay } from '../schemas';
import { CHANNELS } from './channels';
import { oneLine, plainText } from './commands';
import { REQUESTER_ID } from './requester-id';
import { caseSettingsSchema } from './settings';

/** The authority's own reference, e.g. FOI2018/02892; it names the workflow too. */
export const referenceSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9/_.-]{1,63}$/,
    'expected a reference such as FOI2018/02892 (letters, digits, / _ . -)',
  );

export const openCaseSchema = z.object({
  reference: referenceSchema,
  regime: oneLine().min(2).max(40),
  receivedOn: isoDate,
  receivedAt: timeOfDay.optional(),
  channel: z.enum(CHANNELS).default('email'),
  summary: oneLine().trim().min(1, 'summary is required').max(2000),
  questions: z.array(plainText().trim().min(1).max(4000)).max(100).default([]),
  officer: emailAddress.optional(),
  approver: emailAddress.optional(),
  openedBy: oneLine().trim().min(1).max(200),
  /** The requester in the records store (their details live only there, never in Temporal). */
  requesterId: z.string().regex(REQUESTER_ID, 'expected a requester id from the records store').optional(),
  /** Cases opened before the records store carried the details themselves; new ones never do. */
  requester: z
    .object({
      name: oneLine().max(200).optional(),
      email: emailAddress.optional(),
      address: plainText().max(1000).optional(),
    })
    .optional(),
  settings: caseSettingsSchema.prefault({}),
});
export type OpenCase = z.infer<typeof openCaseSchema>;
export type OpenCaseInput = z.input<typeof openCaseSchema>;

export const workflowIdFor = (reference: string): string => `foi-${reference.trim()}`;
