// Replays the committed histories of real runs against today's workflow code: a change
// that would break an open case (non-determinism) fails here, before it is deployed.
// A deliberate change goes through patched(); then re-record with RECORD_HISTORIES=1.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { HISTORIES_DIR } from './history-recorder';

const files = fs.readdirSync(HISTORIES_DIR).filter((f) => f.endsWith('.json'));

test('histories are committed for replay', () => {
  expect(files).toEqual(expect.arrayContaining(['example-letter-live.json', 'example-letter-migrated.json']));
});

test.each(files)('%s replays without non-determinism', async (file) => {
  const history = JSON.parse(fs.readFileSync(path.join(HISTORIES_DIR, file), 'utf8'));
  await expect(
    Worker.runReplayHistory(
      { workflowsPath: require.resolve('../../workflows') },
      history,
      path.basename(file, '.json'),
    ),
  ).resolves.toBeUndefined();
});
