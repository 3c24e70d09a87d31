// `npm run bench:stats`: `foi stats` for a year over 100,000 case records in the records
// store, on SQLite and on a real PostgreSQL (scripts/local-postgres.ts). Prints the
// time of one period's statistics (median of several runs); the aim is under 500 ms.
// Options: --cases N (default 100000), --runs N (default 7), --sqlite-only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openRecords, type RecordsDb } from '../records/open-records';
import { periodStats } from '../records/period-stats';
import type { CasesTable } from '../records/schema';
import { startLocalPostgres } from '../scripts/local-postgres';
import { freePort } from '../test/support/mailpit';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '7' },
    'sqlite-only': { type: 'boolean' },
  },
});
const CASES = Number(values.cases);
const RUNS = Number(values.runs);
const OUTCOMES = ['disclosed-in-full', 'disclosed-in-part', 'refused', 'neither-confirm-nor-deny'];

const day = (i: number) =>
  new Date(Date.UTC(2022, 0, 1) + (i % 1460) * 86_400_000).toISOString().slice(0, 10);

/** Fills the store with CASES records spread over four years, in batches. */
async function fill(db: RecordsDb): Promise<void> {
  const now = new Date().toISOString();
  for (let start = 0; start < CASES; start += 500) {
    const rows: CasesTable[] = [];
    for (let i = start; i < Math.min(CASES, start + 500); i++) {
      const answered = i % 10 !== 0;
      rows.push({
        reference: `BENCH/${i}`,
        workflow_id: `foi-BENCH/${i}`,
        seq: 5,
        regime: ['foia', 'eir', 'foisa'][i % 3]!,
        received_on: day(i),
        received_at: null,
        channel: 'email',
        summary: 'Benchmark case',
        question_count: 1,
        officer: `officer${i % 40}@example.gov.uk`,
        approver: null,
        approved_by: null,
        requester_id: null,
        phase: answered ? 'review_window' : 'in_progress',
        primary_due: null,
        listed_due: null,
        response_due: day(i + 28),
        deadlines: '[]',
        extended: i % 17 === 0 ? 1 : 0,
        responded_on: answered ? day(i + 20) : null,
        outcome: answered ? OUTCOMES[i % 4]! : null,
        answered_late: answered ? (i % 9 === 0 ? 1 : 0) : null,
        working_days_taken: answered ? 15 + (i % 10) : null,
        review_requested_on: i % 20 === 0 ? day(i + 30) : null,
        review_due: null,
        review_completed_on: null,
        review_result: i % 40 === 0 ? 'upheld' : null,
        review_late: null,
        regulator_complaint_on: null,
        regulator_reference: null,
        regulator_decision: null,
        regulator_decided_on: null,
        ended_on: null,
        end_reason: null,
        voided: 0,
        updated_at: now,
      });
    }
    await db.insertInto('cases').values(rows).execute();
    const cited = rows.filter((_, k) => (start + k) % 3 === 0 && rows[k]!.responded_on);
    if (cited.length)
      await db
        .insertInto('case_exemptions')
        .values(cited.map((r) => ({ reference: r.reference, section: 's40(2)', kind: 'absolute' })))
        .execute();
    if (start % 20_000 === 0) process.stdout.write(`  ${start} / ${CASES} records written\n`);
  }
}

async function measure(name: string, db: RecordsDb): Promise<void> {
  console.log(`${name}: writing ${CASES} case records...`);
  await fill(db);
  await sql`analyze`.execute(db).catch(() => undefined);
  const times: number[] = [];
  let received = 0;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    received = (await periodStats(db, { from: '2024-01-01', to: '2024-12-31' })).received;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name}: foi stats for 2024 (${received} of ${CASES} cases): median ${times[Math.floor(RUNS / 2)]!.toFixed(0)} ms, slowest ${times[RUNS - 1]!.toFixed(0)} ms over ${RUNS} runs`,
  );
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-bench-stats-'));
  fs.chmodSync(dir, 0o711);
  try {
    const lite = await openRecords({ kind: 'sqlite', file: path.join(dir, 'records.db') });
    await measure('SQLite', lite);
    await lite.destroy();
    if (values['sqlite-only']) return;
    const pg = await startLocalPostgres({
      dataDir: path.join(dir, 'pg'),
      port: await freePort(),
      databases: ['bench'],
    });
    try {
      const db = await openRecords({ kind: 'postgres', url: pg.url('bench') });
      await measure('PostgreSQL', db);
      await db.destroy();
    } finally {
      await pg.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:stats: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
