// The records store on both engines: SQLite (the embedded default) and a real PostgreSQL.
// Writes are idempotent and order-proof; statistics from SQL equal the count over memos.
import fc from 'fast-check';
import { readCase, referenceExists } from '../../records/case-reads';
import { releaseCaseRecord, reserveCaseRecord, saveCaseRecord } from '../../records/case-writes';
import { periodStats } from '../../records/period-stats';
import { findRequester, requestsBySameRequester, saveRequester } from '../../records/requesters';
import { postgresEngine, sqliteEngine, type Engine } from './engines';
import { arbitraryRecords, factsOfRecord, record } from './record-fixtures';
import { computeStats } from './stats-model';

const line = (seq: number, text: string) => ({
  seq,
  on: '2018-06-01',
  by: 'officer@example.gov.uk',
  type: 'assigned' as const,
  text,
});

describe.each([
  ['sqlite', () => Promise.resolve(sqliteEngine())],
  ['postgres', () => postgresEngine(6)],
])('records store on %s', (_name, start: () => Promise<Engine>) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await start();
  });
  afterAll(() => engine?.close());

  test('a write repeated, or arriving after a newer one, changes nothing; each timeline line is kept once', async () => {
    const db = await engine.fresh();
    const first = record({ seq: 1 });
    const second = record({
      seq: 2,
      phase: 'review_window',
      response: {
        sentOn: '2018-06-26',
        outcome: 'neither-confirm-nor-deny',
        exemptions: [
          { section: 's24(2)', kind: 'qualified' },
          { section: 's31(3)', kind: 'qualified' },
        ],
        late: false,
        workingDaysTaken: 20,
      },
      timeline: [...first.timeline, line(1, 'response sent')],
    });
    expect(await saveCaseRecord(db, first)).toBe(true);
    expect(await saveCaseRecord(db, second)).toBe(true);
    expect(await saveCaseRecord(db, second)).toBe(true); // a retry: same content, written again
    expect(await saveCaseRecord(db, first)).toBe(false); // stale: the newer record stays
    const stored = await readCase(db, first.reference);
    expect(stored?.row.phase).toBe('review_window');
    expect(stored?.row.answered_late).toBe(0);
    expect(stored?.exemptions.map((e) => e.section)).toEqual(['s24(2)', 's31(3)']);
    expect(stored?.timeline.map((t) => t.text)).toEqual(['request received (FOIA)', 'response sent']);
    expect(stored?.deadlines).toEqual(first.deadlines);
    expect(await referenceExists(db, first.reference)).toBe(true);
    expect(await referenceExists(db, 'FOI2018/99999')).toBe(false);
  });

  test('a reference is reserved once; a reservation is released only while the case has not written', async () => {
    const db = await engine.fresh();
    expect(await reserveCaseRecord(db, record({ seq: 0 }))).toBe(true);
    expect(await reserveCaseRecord(db, record({ seq: 0, summary: 'someone else' }))).toBe(false);
    await releaseCaseRecord(db, 'FOI2018/02892');
    expect(await referenceExists(db, 'FOI2018/02892')).toBe(false);
    expect(await reserveCaseRecord(db, record({ seq: 0 }))).toBe(true);
    await saveCaseRecord(db, record({ seq: 1 })); // the workflow's first write
    await releaseCaseRecord(db, 'FOI2018/02892');
    expect((await readCase(db, 'FOI2018/02892'))?.row.seq).toBe(1);
  });

  test("a record rebuilt without the requester keeps the case's link to them", async () => {
    const db = await engine.fresh();
    const id = await saveRequester(db, { name: 'A Person', email: 'A.Person@example.org' });
    await saveCaseRecord(db, record({ requesterId: id }));
    await saveCaseRecord(db, record({ seq: 2 }));
    expect((await readCase(db, 'FOI2018/02892'))?.row.requester_id).toBe(id);
    expect(await findRequester(db, id)).toEqual({
      name: 'A Person',
      email: 'A.Person@example.org',
      address: undefined,
    });
  });

  test("the same requester's other requests since a date, matched by email whatever its case", async () => {
    const db = await engine.fresh();
    const id1 = await saveRequester(db, { email: 'a.person@example.org' });
    const id2 = await saveRequester(db, { email: 'A.PERSON@example.org' });
    const other = await saveRequester(db, { email: 'someone.else@example.org' });
    await saveCaseRecord(db, record({ reference: 'R1', receivedOn: '2018-03-01', requesterId: id1 }));
    await saveCaseRecord(db, record({ reference: 'R2', receivedOn: '2018-05-01', requesterId: id2 }));
    await saveCaseRecord(db, record({ reference: 'R3', receivedOn: '2018-05-02', requesterId: other }));
    await saveCaseRecord(db, record({ reference: 'R4', receivedOn: '2018-05-03', requesterId: id1 }));
    const found = await requestsBySameRequester(db, { email: 'a.person@EXAMPLE.org' }, '2018-04-01', 'R4');
    expect(found.map((r) => r.reference)).toEqual(['R2']);
    expect(await requestsBySameRequester(db, { name: 'No email' }, '2018-01-01')).toEqual([]);
  });

  test('statistics from SQL equal the count over the same cases, for any mix of cases', async () => {
    const db = await engine.fresh();
    await fc.assert(
      fc.asyncProperty(arbitraryRecords, async (records) => {
        const prefixed = records;
        for (const r of prefixed) await saveCaseRecord(db, r);
        const [from, to] = ['2018-03-01', '2019-03-31'];
        const expected = computeStats(prefixed.map(factsOfRecord), from, to);
        const got = await periodStats(db, { from, to });
        // Each run starts from an empty store.
        await db.deleteFrom('case_exemptions').execute();
        await db.deleteFrom('case_timeline').execute();
        await db.deleteFrom('cases').execute();
        expect(got).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  test('a regime filter and a voided case narrow the counts', async () => {
    const db = await engine.fresh();
    await saveCaseRecord(db, record({ reference: 'A', regime: 'foia' }));
    await saveCaseRecord(db, record({ reference: 'B', regime: 'eir' }));
    await saveCaseRecord(db, record({ reference: 'C', regime: 'foia' }));
    await db.updateTable('cases').set({ voided: 1 }).where('reference', '=', 'C').execute();
    const all = await periodStats(db, { from: '2018-01-01', to: '2018-12-31' });
    const eir = await periodStats(db, { from: '2018-01-01', to: '2018-12-31', regime: 'eir' });
    expect([all.received, all.notYetAnswered, eir.received]).toEqual([2, 2, 1]);
  });
});
