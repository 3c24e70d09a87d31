// An authority's choices, fixed into each case when it opens so that a later change of
// policy cannot rewrite the history of an open case. Every field has a lawful default.
import { z } from 'zod';
import { timeOfDay } from '../schemas';

const period = z.object({
  unit: z.enum(['working-days', 'calendar-days', 'weeks', 'months']),
  n: z.number().int().positive(),
});

export const caseSettingsSchema = z.object({
  /** 'receipt-day' (ICO LTT47, the safe default) or 'next-working-day' (a reading of the 2018 s45 Code). */
  receiptRule: z.enum(['receipt-day', 'next-working-day']).default('receipt-day'),
  /** Replaces the regime's window for asking for an internal review (e.g. 2 months, as some letters state). */
  reviewRequestWindow: period.optional(),
  /** Replaces the regime's expectation for a regulator complaint (ICO: 6 weeks). */
  complaintWindow: period.optional(),
  /** A clarification that never comes lets the request lapse after this (ICO guidance: 3 months). */
  clarificationLapse: period.default({ unit: 'months', n: 3 }),
  /** A case closed because a requester's window ran out stays open this long to a late
   * review request the authority accepts, or a late complaint the regulator takes. */
  lateRequestGrace: period.default({ unit: 'months', n: 3 }),
  /** Working days allowed to disclose after an internal review overturns the original answer. */
  disclosureAfterOverturnWorkingDays: z.number().int().positive().max(60).default(20),
  /** Replaces the regime's: the regulator takes a complaint once a review has run this long (ICO 40 WD, FOISA 20). */
  reviewOverdueForComplaintWorkingDays: z.number().int().positive().optional(),
  /** Applicant-blind by default: the requester's details reach the email activity (and so the
   * case history of each reminder) only when the case allows it; the worker must allow it too. */
  staffEmailShowsRequester: z.boolean().default(false),
  /** Whether a response must be approved before it is recorded as sent. */
  approvalRequired: z.boolean().default(true),
  reminders: z
    .object({
      /** Working days before a deadline at which the officer is reminded. */
      beforeDue: z.array(z.number().int().positive().max(60)).default([10, 5, 2]),
      dueDay: z.boolean().default(true),
      /** Overdue notice to officer and manager on the first overdue working day; then an
       * escalation to the head of service (and manager) every N working days. */
      escalateEveryWorkingDays: z.number().int().positive().max(60).default(5),
      /** A waiting draft reminds the approver every N working days. */
      approvalEveryWorkingDays: z.number().int().positive().max(60).default(2),
      /** London local time at which reminders go out, on working days. */
      timeOfDay: timeOfDay.default('09:00'),
      /** Each case's reminders go out at its own fixed minute within this window around
       * timeOfDay (60: 08:30-09:29 for 09:00), so a morning does not wake every case at once. */
      spreadMinutes: z.number().int().min(0).max(240).default(60),
    })
    .prefault({}),
});
export type CaseSettings = z.infer<typeof caseSettingsSchema>;
export type CaseSettingsInput = z.input<typeof caseSettingsSchema>;
