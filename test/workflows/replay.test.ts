// Replays the committed histories of real runs against today's workflow code: a change
// that would break an open case (non-determinism) fails here, before it is deployed.
// A deliberate change goes through patched(); then re-record with RECORD_HISTORIES=1.
import fs from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import {
  LATE_REQUESTS_PATCH,
  RELEASE_2026_11_PATCH,
  RELEASE_2026_12_PATCH,
  RELEASE_2027_01_PATCH,
  RELEASE_2027_02_PATCH,
  RELEASE_2027_03_PATCH,
} from '../../workflows/foi-request';
import { patchMarkers } from '../support/patch-markers';
import { HISTORIES_DIR } from './history-recorder';
import { workflowBundlerOptions, workflowsPath } from '../../worker/workflow-bundle-options';

const files = fs.readdirSync(HISTORIES_DIR).filter((f) => f.endsWith('.json'));

test('histories are committed for replay', () => {
  expect(files).toEqual(expect.arrayContaining(['example-letter-live.json', 'example-letter-migrated.json']));
});

// patched() ids each history carries: a history without one replays the code path from
// before that change, one with it the path after; keeping both is what makes the patch safe.
function patchesIn(file: string): string[] {
  const history = historyFromJSON(JSON.parse(fs.readFileSync(path.join(HISTORIES_DIR, file), 'utf8')));
  return patchMarkers(history.events ?? []).map((m) => m.id);
}

test('the histories cover cases from before and after each patch', () => {
  const withPatch = (id: string) => files.filter((f) => patchesIn(f).includes(id)).sort();
  expect(withPatch(LATE_REQUESTS_PATCH)).toEqual([
    'example-letter-live-at-scale.json',
    'example-letter-live-records.json',
    'late-request-reopened-at-scale.json',
    'late-request-reopened-records.json',
    'late-request-reopened.json',
  ]);
  expect(withPatch(RELEASE_2026_11_PATCH)).toEqual([
    'example-letter-live-at-scale.json',
    'example-letter-migrated-at-scale.json',
    'late-request-reopened-at-scale.json',
  ]);
  // December's release implies November's: its cases carry its marker alone.
  expect(withPatch(RELEASE_2026_12_PATCH)).toEqual([
    'example-letter-live-records.json',
    'example-letter-migrated-records.json',
    'late-request-reopened-records.json',
    'schools-before-term-dates.json',
  ]);
  expect(patchesIn('example-letter-migrated-records.json')).toEqual([RELEASE_2026_12_PATCH]);
  // January 2027's (void, reversal, notices at once) implies December's.
  expect(withPatch(RELEASE_2027_01_PATCH)).toEqual([
    'corrections-and-notices.json',
    'schools-with-term-dates.json',
  ]);
  expect(patchesIn('corrections-and-notices.json')).toEqual([
    RELEASE_2027_01_PATCH,
    'search-attribute-clears',
  ]);
  // A schools' case fetches its term dates from the January release on (case-calendar.ts).
  expect(patchesIn('schools-with-term-dates.json')).toContain('school-terms-2026-12');
  // February 2027's (tables fetched by local activities) implies January's.
  expect(withPatch(RELEASE_2027_02_PATCH)).toEqual(['schools-refreshed-local-table.json']);
  // March 2027's implies February's and the three patches asked later in a case's life:
  // its cases carry its one marker and no other (history-pages.test.ts says why).
  const march = [
    'example-letter-live-one-marker.json',
    'late-request-reopened-one-marker.json',
    'schools-refreshed-one-marker.json',
  ];
  expect(withPatch(RELEASE_2027_03_PATCH)).toEqual(march);
  for (const f of march) expect(patchesIn(f)).toEqual([RELEASE_2027_03_PATCH]);
  expect(patchesIn('example-letter-live.json')).toEqual([]);
});

test('from the February 2027 release a case fetches its tables without a round trip', () => {
  const scheduled = (file: string): string[] =>
    JSON.parse(fs.readFileSync(path.join(HISTORIES_DIR, file), 'utf8'))
      .events.map(
        (e: { activityTaskScheduledEventAttributes?: { activityType?: { name?: string } } }) =>
          e.activityTaskScheduledEventAttributes?.activityType?.name,
      )
      .filter(Boolean);
  // Opened, given term dates, told the tables changed: only the receipt goes through the server.
  expect(scheduled('schools-refreshed-local-table.json')).toEqual(['sendStaffEmail']);
  expect(scheduled('schools-refreshed-one-marker.json')).toEqual(['sendStaffEmail']);
  // The same steps before the release: each fetch of a table was an activity of its own.
  expect(scheduled('schools-with-term-dates.json')).toEqual(
    expect.arrayContaining(['loadHolidayTable', 'loadSchoolTerms']),
  );
});

test.each(files)('%s replays without non-determinism', async (file) => {
  const history = JSON.parse(fs.readFileSync(path.join(HISTORIES_DIR, file), 'utf8'));
  await expect(
    Worker.runReplayHistory(
      { workflowsPath, bundlerOptions: workflowBundlerOptions },
      history,
      path.basename(file, '.json'),
    ),
  ).resolves.toBeUndefined();
});
