import { createHash } from 'node:crypto';

// The Message-ID is a pure function of the case and the reminder, so every retry of the
// same reminder carries the same id. 32 hex digits (128 bits) is plenty to stay unique.
export function messageIdFor(workflowId: string, reminderKey: string, domain: string): string {
  const digest = createHash('sha256').update(`${workflowId}\n${reminderKey}`).digest('hex');
  return `<${digest.slice(0, 32)}@${domain}>`;
}
