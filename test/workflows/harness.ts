// A real worker on a real Temporal test server, with the email activity replaced by a
// recorder (these tests are about the workflow; email has its own tests on real SMTP).
import { dataConverterFromEnv } from '../../codec/data-converter';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { SendResult, StaffEmail } from '../../activities/email/types';
import { createHolidayActivities } from '../../activities/holidays';
import { createSchoolTermActivities } from '../../activities/school-terms';
import type { CaseRecord } from '../../domain/lifecycle/case-record';
import { saveCaseRecord } from '../../records/case-writes';
import { tempRecordsStore } from '../support/records-store';
import { workflowIdFor, type OpenCaseInput } from '../../domain/lifecycle';
import { startTimeSkippingServer } from '../support/environments';
import { LETTER_CASE } from '../support/example-letter';
import { workflowBundlerOptions, workflowsPath } from '../../worker/workflow-bundle-options';

export interface SentEmail {
  /** Server (workflow) time at which the workflow scheduled the send. */
  at: string;
  kind: string;
  key: string;
  to: string[];
  msg: StaffEmail;
}

export function recordingActivities(records = tempRecordsStore()) {
  const sent: SentEmail[] = [];
  const notices: { key: string; subject: string; lines: string[] }[] = [];
  let holidays: ReturnType<typeof createHolidayActivities> | undefined;
  return {
    sent,
    notices,
    records,
    activities: {
      // The real holiday activity, reading the table from the same store.
      async loadHolidayTable(range: { fromYear: number; toYear: number }) {
        holidays ??= createHolidayActivities(await records.db());
        return holidays.loadHolidayTable(range);
      },
      // The real term-dates activity, reading the same store.
      async loadSchoolTerms() {
        return createSchoolTermActivities(await records.db()).loadSchoolTerms();
      },
      // The real records store (SQLite in a temporary folder), as the worker writes it.
      async recordCase(record: CaseRecord): Promise<void> {
        await saveCaseRecord(await records.db(), record);
      },
      /** Service notices (the holiday feed's reports), kept as they would be sent. */
      async sendServiceNotice(n: { key: string; subject: string; lines: string[] }): Promise<SendResult> {
        notices.push(n);
        return { messageId: `<${n.key}@test>`, accepted: ['manager'], alreadySent: false };
      },
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
    dataConverter: dataConverterFromEnv(),
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

/**
 * One test file's time-skipping server and worker on `taskQueue`, started before its tests
 * and stopped after them. `open` starts a case: the example letter with the given changes.
 */
export function caseWorkflowSuite(taskQueue: string) {
  const recorder = recordingActivities();
  let running: Promise<void> | undefined;
  let worker: Worker | undefined;
  const suite = {
    env: undefined as unknown as TestWorkflowEnvironment,
    recorder,
    open(over: Partial<OpenCaseInput>) {
      const input: OpenCaseInput = { ...LETTER_CASE, ...over };
      return suite.env.client.workflow.start('foiRequest', {
        taskQueue,
        workflowId: workflowIdFor(input.reference),
        args: [input],
      });
    },
  };
  beforeAll(async () => {
    suite.env = await startTimeSkippingServer();
    worker = await createWorker(suite.env, taskQueue, recorder.activities);
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await suite.env?.teardown();
  });
  return suite;
}
