// Stopping a stack stops every component, even one that dies of the TERM rather than
// handling it (the web app before it listens, `sleep` here). Under `set -e`, such an exit
// (status 143) once ended server mode's cleanup at that component and left the Temporal
// server and PostgreSQL running on their ports, so the next start refused them.
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './support/tools';

test('stop_one stops each component in turn, whatever status the one before ended with', () => {
  const script = [
    'set -euo pipefail',
    'source scripts/stack-lib.sh',
    'sleep 20 & first=$!',
    'sleep 20 & second=$!',
    'stop_one "$first"',
    'stop_one "$second"',
    'stop_one ""', // a component that never started
    'kill -0 "$second" 2>/dev/null && echo "second still running" || echo "both stopped"',
  ].join('\n');
  const r = spawnSync('bash', ['-c', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 15_000 });
  expect([r.status, r.stdout.trim()]).toEqual([0, 'both stopped']);
});
