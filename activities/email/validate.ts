// Checks what the workflow handed us before anything is rendered or sent. A malformed
// message is a bug in the caller that no retry can fix, so it fails for good, naming the
// field but never echoing values (the requester fields may hold personal data).
import { ApplicationFailure } from '@temporalio/activity';
import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar/dates';
import { EMAIL_KINDS } from '../../domain/lifecycle/staff-email';
import { REGIME_IDS } from '../../domain/regimes';
import { INVALID_STAFF_EMAIL, type StaffEmail } from './types';

const line = z
  .string()
  .min(1)
  .refine((v) => !/[\r\n]/.test(v), { error: 'must be a single line' });
const kind = z.enum(EMAIL_KINDS);

const schema = z
  .object({
    workflowId: line,
    reminderKey: line,
    kind,
    reference: line,
    regime: z.enum(REGIME_IDS),
    what: line,
    dueDate: z.string().refine(isIsoDate, { error: 'expected a date YYYY-MM-DD' }),
    workingDaysLeft: z.number().int(),
    to: z
      .array(
        z.discriminatedUnion('role', [
          z.object({ role: z.enum(['officer', 'approver']), address: z.string() }),
          z.object({ role: z.literal('manager') }),
          z.object({ role: z.literal('head-of-service') }),
        ]),
      )
      .min(1),
    officer: z.string().optional(),
    phase: z.string().optional(),
    summary: z.string().optional(),
    requester: z.object({ name: z.string().optional(), email: z.string().optional() }).optional(),
    requesterId: z.string().max(100).optional(),
    received: z
      .object({
        on: z.string().refine(isIsoDate, { error: 'expected a date YYYY-MM-DD' }),
        workingDaysGone: z.number().int().min(0),
      })
      .optional(),
    failure: z.object({ originalKind: kind, to: z.array(z.string()), reason: z.string() }).optional(),
    reportsOutage: z.boolean().optional(),
  })
  .refine((m) => m.kind !== 'delivery-failure' || m.failure !== undefined, {
    path: ['failure'],
    error: 'required for a delivery-failure email',
  });

export function validateStaffEmail(input: unknown): StaffEmail {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || '(message)'}: ${issue.message}`,
  );
  throw ApplicationFailure.nonRetryable(`invalid StaffEmail: ${problems.join('; ')}`, INVALID_STAFF_EMAIL);
}
