// The whole chain for one test file, nothing stood in: a time-skipping Temporal server, a
// real Mailpit that refuses addresses outside example.gov.uk, and a worker with the real
// activities (email over SMTP, a records store in a temporary folder) on `taskQueue`.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { loadEmailConfig } from '../../activities/email';
import { createActivities } from '../../worker/activities';
import { startTimeSkippingServer } from '../support/environments';
import { startMailpit, type Mailpit } from '../support/mailpit';
import { tempRecordsStore } from '../support/records-store';
import { createWorker } from '../workflows/harness';

export function caseMailStack(taskQueue: string, manager: string) {
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  const stack = {
    env: undefined as unknown as TestWorkflowEnvironment,
    mailpit: undefined as unknown as Mailpit,
    records: tempRecordsStore(),
    /** Mailpit's messages once `count` have arrived (delivery is asynchronous to the test). */
    async messages(count: number) {
      for (let i = 0; i < 100 && (await stack.mailpit.list()).length < count; i++)
        await new Promise((r) => setTimeout(r, 100));
      return stack.mailpit.list();
    },
  };
  beforeAll(async () => {
    stack.mailpit = await startMailpit(['--smtp-allowed-recipients', '@example\\.gov\\.uk$']);
    stack.env = await startTimeSkippingServer();
    const email = loadEmailConfig({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(stack.mailpit.smtpPort),
      MAIL_FROM: 'FOI reminders <foi@example.gov.uk>',
      MANAGER_EMAIL: manager,
      HEAD_OF_SERVICE_EMAIL: 'head@example.gov.uk',
    });
    worker = await createWorker(stack.env, taskQueue, createActivities(email, await stack.records.db()));
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await stack.env?.teardown();
    await stack.mailpit?.stop();
    await stack.records.close();
  });
  return stack;
}
