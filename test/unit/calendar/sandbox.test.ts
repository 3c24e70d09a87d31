// domain/calendar, regimes and deadlines are imported inside the Temporal workflow
// sandbox: they must bundle with the workflow bundler (no Node built-ins, no I/O).
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

const quiet = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };

test('the calendar bundles into a workflow, data file included', async () => {
  const { code } = await bundleWorkflowCode({
    workflowsPath: path.join(__dirname, 'sandbox-workflow.ts'),
    logger: quiet,
  });
  expect(code).toContain('calendarSandboxWorkflow');
  expect(code).toContain('confirmedThroughYear'); // the proclamations JSON went in
});
