// `npm run bench:pg-size`: PostgreSQL bytes per case in server mode (Temporal's server on
// PostgreSQL, the real worker, scripts/server-mode.sh), for sizing an authority's database.
// Opens N cases with an officer and a requester (as `foi open` does, through the records
// store), waits until each has written its record, then drives a tenth of them through a
// draft, approval and response; prints each database's growth divided by the cases.
// Options: --cases N (default 500).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client as PgClient } from 'pg';
import { freePorts, foi, startServerMode } from '../test/server-mode/stack';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '500' } } });
const CASES = Number(values.cases);
const DATABASES = ['temporal', 'temporal_visibility', 'foi_records'];

async function sizes(url: string): Promise<Record<string, number>> {
  const pg = new PgClient({ connectionString: `${url}/postgres` });
  await pg.connect();
  try {
    await pg.query('CHECKPOINT');
    const { rows } = await pg.query<{ datname: string; bytes: string }>(
      'SELECT datname, pg_database_size(datname) AS bytes FROM pg_database WHERE datname = ANY($1)',
      [DATABASES],
    );
    return Object.fromEntries(rows.map((r) => [r.datname, Number(r.bytes)]));
  } finally {
    await pg.end();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-pg-size-'));
  fs.chmodSync(dir, 0o711);
  console.log(`server mode in ${dir}; ${CASES} cases`);
  const stack = await startServerMode(dir, await freePorts());
  try {
    const run = async (args: string[]) => {
      const r = await foi(stack, args);
      if (r.code !== 0) throw new Error(`foi ${args.join(' ')}: ${r.stderr}`);
    };
    const before = await sizes(stack.postgresUrl);
    const started = Date.now();
    for (let i = 0; i < CASES; i += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, CASES - i) }, (_, k) =>
          run([
            'open',
            `SIZE/${i + k}`,
            '--summary',
            'Number of speed cameras in the county',
            '--received',
            '2026-11-02',
            '--officer',
            'officer@police.example.gov.uk',
            '--approver',
            'approver@police.example.gov.uk',
            '--requester-name',
            `Requester ${i + k}`,
            '--requester-email',
            `requester${i + k}@example.org`,
          ]),
        ),
      );
      if ((i + 10) % 100 === 0)
        console.log(`  opened ${i + 10} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    for (let i = 0; i < CASES; i += 10) {
      await run(['submit', `SIZE/${i}`]);
      await run(['approve', `SIZE/${i}`, '--by', 'approver@police.example.gov.uk']);
      await run(['respond', `SIZE/${i}`, '--outcome', 'disclosed-in-full']);
    }
    await new Promise((r) => setTimeout(r, 5000)); // let the last records and visibility land
    const after = await sizes(stack.postgresUrl);
    console.log(`PostgreSQL growth over ${CASES} cases (a tenth drafted, approved and answered):`);
    let total = 0;
    for (const db of DATABASES) {
      const grew = (after[db] ?? 0) - (before[db] ?? 0);
      total += grew;
      console.log(
        `  ${db.padEnd(20)} ${(grew / 1024 / 1024).toFixed(1).padStart(7)} MiB  ${(grew / CASES / 1024).toFixed(1).padStart(6)} KiB a case`,
      );
    }
    console.log(
      `  ${'all three'.padEnd(20)} ${(total / 1024 / 1024).toFixed(1).padStart(7)} MiB  ${(total / CASES / 1024).toFixed(1).padStart(6)} KiB a case`,
    );
  } finally {
    await stack.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:pg-size: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
