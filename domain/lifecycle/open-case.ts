// What an officer records the day a request arrives: the workflow's input, validated
// with zod by the client before the workflow starts and again by the workflow itself.
import { z } from 'zod';
import { isoDate, oneLine, plainText } from './commands';
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
  receivedAt: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')
    .optional(),
  channel: z
    .enum(['email', 'post', 'web-form', 'phone', 'in-person', 'social-media', 'other'])
    .default('email'),
  summary: oneLine().trim().min(1, 'summary is required').max(2000),
  questions: z.array(plainText().trim().min(1).max(4000)).max(100).default([]),
  officer: z.email().optional(),
  approver: z.email().optional(),
  openedBy: oneLine().trim().min(1).max(200),
  /** Kept out of search attributes, logs and staff email (applicant-blind handling). */
  requester: z
    .object({
      name: oneLine().max(200).optional(),
      email: z.email().optional(),
      address: plainText().max(1000).optional(),
    })
    .optional(),
  settings: caseSettingsSchema.prefault({}),
});
export type OpenCase = z.infer<typeof openCaseSchema>;
export type OpenCaseInput = z.input<typeof openCaseSchema>;

export const workflowIdFor = (reference: string): string => `foi-${reference.trim()}`;
