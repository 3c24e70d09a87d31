// The store's SQLite statements are prepared once per SQL text and reused, on a real
// better-sqlite3 database through kysely, with answers unchanged by the reuse.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { STATEMENTS_KEPT, withStatementCache } from '../../records/statement-cache';

interface Db {
  t: { id: number; name: string };
}

function open() {
  const raw = new Database(':memory:');
  raw.exec('create table t (id integer primary key, name text not null)');
  const cached = withStatementCache(raw);
  const db = new Kysely<Db>({ dialect: new SqliteDialect({ database: cached }) });
  return { raw, cached, db };
}

test('the same query text is prepared once and gives each call its own answer', async () => {
  const { cached, db } = open();
  for (const [id, name] of [
    [1, 'one'],
    [2, 'two'],
    [3, 'three'],
  ] as const)
    await db.insertInto('t').values({ id, name }).execute();
  const byId = (id: number) => db.selectFrom('t').select('name').where('id', '=', id).executeTakeFirst();
  expect(await byId(2)).toEqual({ name: 'two' });
  expect(await byId(3)).toEqual({ name: 'three' });
  expect(await byId(9)).toBeUndefined();
  // One insert text and one select text.
  expect(cached.cached()).toBe(2);
  expect(cached.prepare('select 1 as x')).toBe(cached.prepare('select 1 as x'));
  await db.destroy();
});

test('a stream left early frees its statement for the next use', async () => {
  const { db } = open();
  await db
    .insertInto('t')
    .values([1, 2, 3, 4].map((id) => ({ id, name: `n${id}` })))
    .execute();
  const all = db.selectFrom('t').select('id').orderBy('id');
  for await (const row of all.stream()) {
    expect(row.id).toBe(1);
    break;
  }
  expect((await all.execute()).map((r) => r.id)).toEqual([1, 2, 3, 4]);
  await db.destroy();
});

test('past the limit the oldest text is dropped and prepared again when next asked', () => {
  const { cached, raw } = open();
  const first = cached.prepare('select 0 as x');
  for (let i = 1; i <= STATEMENTS_KEPT; i++) cached.prepare(`select ${i} as x`);
  expect(cached.cached()).toBe(STATEMENTS_KEPT);
  const again = cached.prepare('select 0 as x');
  expect(again).not.toBe(first);
  expect(again.all([])).toEqual([{ x: 0 }]);
  raw.close();
});
