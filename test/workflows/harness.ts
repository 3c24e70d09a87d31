// A real worker on a real Temporal test server, with the email activity replaced by a
// recorder (these tests are about the workflow; email has its own tests on real SMTP).
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { SendResult, StaffEmail } from '../../activities/email/types';
import { loadHolidayTable } from '../../activities/holidays';
import { workflowBundlerOptions, workflowsPath } from '../../worker/workflow-bundle-options';

export interface SentEmail {
  /** Server (workflow) time at which the workflow scheduled the send. */
  at: string;
  kind: string;
  key: string;
  to: string[];
  msg: StaffEmail;
}

export function recordingActivities() {
  const sent: SentEmail[] = [];
  return {
    sent,
    activities: {
      loadHolidayTable,
      async sendStaffEmail(msg: StaffEmail): Promise<SendResult> {
        const at = new Date(Context.current().info.scheduledTimestampMs).toISOString();
        const to = msg.to.map((r) => ('address' in r ? r.address : r.role));
        sent.push({ at, kind: msg.kind, key: msg.reminderKey, to, msg });
        // Addresses at invalid.example stand for a recipient the relay refuses (a 5xx).
        const refused = to.filter((a) => a.endsWith('@invalid.example'));
        if (refused.length > 0) {
          throw ApplicationFailure.nonRetryable(
            `550 mailbox unavailable: ${refused.join(', ')}`,
            'PermanentEmailFailure',
          );
        }
        return { messageId: `<${msg.reminderKey}@test>`, accepted: to, alreadySent: false };
      },
    },
  };
}

export async function createWorker(
  env: TestWorkflowEnvironment,
  taskQueue: string,
  activities: object,
): Promise<Worker> {
  return Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowsPath,
    bundlerOptions: workflowBundlerOptions,
    activities,
  });
}

/** Moves the test server's clock forward to an instant. */
export async function skipTo(env: TestWorkflowEnvironment, iso: string): Promise<void> {
  const now = await env.currentTimeMs();
  const target = Date.parse(iso);
  if (target <= now)
    throw new Error(`cannot skip back in time to ${iso} (server time ${new Date(now).toISOString()})`);
  await env.sleep(target - now);
}
