// `foi school-terms import` and `status` as a person runs them (the compiled CLI against a
// records store of its own; no Temporal needed): a bad file is refused with one line, exit
// 2 and nothing saved; a good one becomes the version the worker's activity reads.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSchoolTermActivities } from '../../activities/school-terms';
import { tempRecordsStore } from '../support/records-store';
import { REPO_ROOT } from '../support/tools';

const store = tempRecordsStore();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-school-terms-'));
afterAll(() => store.close());

function foi(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    FOI_RECORDS_URL: store.url,
    FOI_USER: 'head@school.example.sch.uk',
    NO_COLOR: '1',
  };
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [path.join(REPO_ROOT, 'bin', 'foi.js'), ...args],
      { env, timeout: 60_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    ),
  );
}

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}
const json = (terms: unknown[]) => JSON.stringify({ terms });

test.each([
  [
    'overlapping terms',
    () =>
      file(
        'overlap.json',
        json([
          { from: '2026-09-03', to: '2026-11-02' },
          { from: '2026-11-02', to: '2026-12-18' },
        ]),
      ),
    /refused, nothing saved: terms overlap: 2026-09-03 to 2026-11-02 and 2026-11-02 to 2026-12-18$/,
  ],
  [
    'a term ending before it starts',
    () => file('backwards.json', json([{ from: '2026-10-23', to: '2026-09-03' }])),
    /refused, nothing saved: term 1: ends 2026-09-03, before it starts \(2026-10-23\)$/,
  ],
  [
    'not a date',
    () => file('not-a-date.json', json([{ from: 'September', to: '2026-10-23' }])),
    /refused, nothing saved: term 1: "from" is "September", not a date \(YYYY-MM-DD\)$/,
  ],
  ['too big', () => file('big.json', ' '.repeat(70_000)), /is larger than 64 kB: not a term list$/],
  ['not JSON', () => file('broken.json', '{"terms": ['), /is not valid JSON: /],
  ['a missing file', () => path.join(dir, 'absent.json'), /cannot read term dates .*absent\.json: ENOENT$/],
])('%s: one line, exit 2, nothing saved', async (_what, make, message) => {
  const r = await foi('school-terms', 'import', make());
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(message);
  expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  expect(await createSchoolTermActivities(await store.db()).loadSchoolTerms()).toBeNull();
});

test('a good file is saved as version 1, shown by status and read by the activity', async () => {
  const before = await foi('school-terms', 'status');
  expect(before.stdout).toContain("no term dates: schools' cases count 20 working days");
  const terms = [
    { from: '2026-11-02', to: '2026-12-18', name: 'autumn 2' },
    { from: '2026-09-03', to: '2026-10-23', name: 'autumn 1' },
  ];
  const r = await foi('school-terms', 'import', file('terms.json', json(terms)));
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(
    'saved term dates version 1: 2 terms, Thu 3 Sep 2026 to Fri 18 Dec 2026; run `foi holidays refresh` to recompute open schools\u2019 cases\n',
  );
  const status = await foi('school-terms', 'status');
  expect(status.stdout).toMatch(/^term dates in force: version 1, 2 terms/);
  expect(status.stdout).toContain('  Thu 3 Sep 2026 to Fri 23 Oct 2026  autumn 1\n');
  expect(await createSchoolTermActivities(await store.db()).loadSchoolTerms()).toEqual({
    version: 1,
    terms: [terms[1], terms[0]],
  });
});
