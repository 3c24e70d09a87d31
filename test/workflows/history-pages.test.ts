// A case whose history reaches the worker in pages still replays. SDK 1.24's core looks for
// a workflow task's patch markers only in the page of history it holds, so a marker written
// after a local activity's marker and delivered on a later page went unseen, and the case
// failed to replay: "Non-deprecated patch marker encountered for change
// search-attribute-clears" (server mode's restart test in CI, 27 November 2026). From
// release 2027-03 a new case writes one patch marker, first in its first workflow task.
//
// Each server here hands out history in pages of a few events, the sizes at which the old
// marker placement failed most often; the example letter is driven to its internal review
// by a caching worker, then asked its status by a worker that caches nothing, which must
// replay the whole history, page by page, as a restarted worker does.
import type { WorkflowHandle } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { dataConverterFromEnv } from '../../codec/data-converter';
import { workflowIdFor } from '../../domain/lifecycle';
import { workflowBundlerOptions, workflowsPath } from '../../worker/workflow-bundle-options';
import { commandUpdates as u, statusQuery } from '../../workflows/definitions';
import { RELEASE_2027_03_PATCH } from '../../workflows/foi-request';
import { startDevServer, TEST_NAMESPACE } from '../support/environments';
import { patchMarkers } from '../support/patch-markers';
import { APPROVER, LETTER_CASE, NCND_ANSWER, OFFICER } from '../support/example-letter';
import { recordingActivities } from './harness';
import { statusWhenOpen } from './status';

jest.setTimeout(180_000);

const PAGE_SIZES = [7, 8, 11, 12];

/** The first workflow task's completion and the history's patch markers. */
async function markers(handle: WorkflowHandle) {
  const events = (await handle.fetchHistory()).events ?? [];
  const firstCompleted = Number(events.find((e) => e.workflowTaskCompletedEventAttributes)?.eventId);
  return { firstCompleted, patches: patchMarkers(events) };
}

test.each(PAGE_SIZES)(
  'history in pages of %d events: a worker that caches nothing replays the case',
  async (pageSize) => {
    const env = await startDevServer({ dynamicConfig: { 'frontend.historyMaxPageSize': pageSize } });
    const recorder = recordingActivities();
    const worker = (maxCachedWorkflows: number) =>
      Worker.create({
        connection: env.nativeConnection,
        namespace: TEST_NAMESPACE,
        taskQueue: 'history-pages',
        workflowsPath,
        bundlerOptions: workflowBundlerOptions,
        dataConverter: dataConverterFromEnv(),
        activities: recorder.activities,
        maxCachedWorkflows,
      });
    try {
      const handle = env.client.workflow.getHandle(workflowIdFor(LETTER_CASE.reference));
      const before = await (
        await worker(100)
      ).runUntil(async () => {
        await env.client.workflow.start('foiRequest', {
          taskQueue: 'history-pages',
          workflowId: handle.workflowId,
          args: [LETTER_CASE],
        });
        await statusWhenOpen(handle);
        await handle.executeUpdate(u.submitDraft, { args: [{ by: OFFICER, on: '2018-06-20' }] });
        await handle.executeUpdate(u.approve, { args: [{ by: APPROVER, on: '2018-06-21' }] });
        await handle.executeUpdate(u.recordResponse, {
          args: [{ by: OFFICER, on: '2018-06-26', ...NCND_ANSWER }],
        });
        return handle.executeUpdate(u.requestReview, { args: [{ by: OFFICER, on: '2018-07-10' }] });
      });
      expect(before.phase).toBe('internal_review');
      // One marker, the first event the first workflow task wrote: before the holiday table's
      // local-activity marker, so no page can end between that marker and it.
      const { firstCompleted, patches } = await markers(handle);
      expect(patches).toEqual([{ eventId: firstCompleted + 1, id: RELEASE_2027_03_PATCH }]);
      const after = await (await worker(0)).runUntil(() => handle.query(statusQuery));
      const kept = ({ phase, receivedOn, deadlines }: typeof before) => ({ phase, receivedOn, deadlines });
      expect(kept(after)).toEqual(kept(before));
    } finally {
      await env.teardown();
      await recorder.records.close();
    }
  },
);
