// Disposal in the records store, on both engines: exactly the records past their date go
// (or lose their personal parts), each with a line in the disposal log; the requester's
// details go with their last record; a second run finds nothing more to do.
import { disposeDueRecords } from '../../records/disposal';
import { readCase } from '../../records/case-reads';
import { saveCaseRecord } from '../../records/case-writes';
import { findRequester, saveRequester } from '../../records/requesters';
import type { CaseRecord } from '../../domain/lifecycle/case-record';
import type { DisposalRules } from '../../domain/disposal';
import { postgresEngine, sqliteEngine, type Engine } from './engines';
import { record } from './record-fixtures';

const RULES: DisposalRules = {
  default: { years: 3, action: 'destroy' },
  byRegime: { eir: { years: 3, action: 'anonymise' } },
};
const TODAY = '2026-11-27';
const closedCase = (reference: string, endedOn: string, over: Partial<CaseRecord> = {}): CaseRecord =>
  record({
    reference,
    workflowId: `foi-${reference}`,
    phase: 'closed',
    endedOn,
    officer: 'officer@example.gov.uk',
    response: { sentOn: '2023-06-01', outcome: 'granted', exemptions: [], late: false, workingDaysTaken: 12 },
    ...over,
  });

describe.each([
  ['sqlite', () => Promise.resolve(sqliteEngine())],
  ['postgres', () => postgresEngine(2)],
])('records disposal on %s', (_name, start: () => Promise<Engine>) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await start();
  });
  afterAll(() => engine?.close());

  test('destroys and anonymises exactly what is due, logs each once, and keeps the rest', async () => {
    const db = await engine.fresh();
    const shared = await saveRequester(db, { name: 'Sam Shared', email: 'sam@example.org' });
    const alone = await saveRequester(db, { name: 'Alex Alone', email: 'alex@example.org' });
    await saveCaseRecord(db, closedCase('DUE/1', '2023-11-27', { requesterId: alone }));
    await saveCaseRecord(db, closedCase('DUE/2', '2023-01-10', { requesterId: shared }));
    await saveCaseRecord(db, closedCase('NOTYET/1', '2023-11-28', { requesterId: shared }));
    await saveCaseRecord(
      db,
      closedCase('EIR/1', '2022-05-05', {
        endReason: 'the requester, Jane Doe, is content',
        regime: 'eir',
        summary: 'Air quality near a school',
      }),
    );
    // Ended long ago by its dates, but under an internal review nobody has answered.
    await saveCaseRecord(
      db,
      closedCase('REVIEW/1', '2020-01-01', { review: { requestedOn: '2020-01-02', due: '2020-02-01' } }),
    );
    await saveCaseRecord(db, record({ reference: 'OPEN/1', workflowId: 'foi-OPEN/1', phase: 'in_progress' }));

    const run = await disposeDueRecords(db, RULES, TODAY);
    // REVIEW/1 is kept for its review; NOTYET/1 ended after the cut-off, so is not looked at.
    expect([run.disposed, run.kept]).toEqual([3, 1]);
    const log = await db.selectFrom('disposal_log').selectAll().orderBy('reference').execute();
    expect(log.map((l) => [l.reference, l.action, l.disposed_on])).toEqual([
      ['DUE/1', 'destroy', TODAY],
      ['DUE/2', 'destroy', TODAY],
      ['EIR/1', 'anonymise', TODAY],
    ]);
    expect(log[0]!.rule).toBe(
      'foia: destroy 3 years after the case ended (ended 2023-11-27, due 2026-11-27)',
    );

    expect(await readCase(db, 'DUE/1')).toBeUndefined();
    const timeline = await db
      .selectFrom('case_timeline')
      .select('reference')
      .distinct()
      .orderBy('reference')
      .execute();
    expect(timeline.map((t) => t.reference)).toEqual(['NOTYET/1', 'OPEN/1', 'REVIEW/1']);
    // The requester of only destroyed records is gone; one with a record left stays.
    expect(await findRequester(db, alone)).toBeUndefined();
    expect((await findRequester(db, shared))?.name).toBe('Sam Shared');

    // Anonymised: the figures stay for the published statistics, the personal parts go.
    const eir = (await readCase(db, 'EIR/1'))!.row;
    expect(eir).toMatchObject({
      summary: '[disposed of]',
      officer: null,
      outcome: 'granted',
      working_days_taken: 12,
    });
    for (const ref of ['NOTYET/1', 'REVIEW/1', 'OPEN/1']) expect(await readCase(db, ref)).toBeDefined();

    // A late write (or a rebuild) never brings a disposed record back, nor its free text.
    expect(await saveCaseRecord(db, closedCase('DUE/1', '2023-11-27', { seq: 9 }))).toBe(false);
    expect(await saveCaseRecord(db, closedCase('EIR/1', '2022-05-05', { seq: 9, regime: 'eir' }))).toBe(
      false,
    );
    expect(await readCase(db, 'DUE/1')).toBeUndefined();
    expect((await readCase(db, 'EIR/1'))!.row).toMatchObject({ summary: '[disposed of]', end_reason: null });

    // A second run the same day, or the next, disposes of nothing more.
    expect((await disposeDueRecords(db, RULES, TODAY)).disposed).toBe(0);
    const nextDay = await disposeDueRecords(db, RULES, '2026-11-28');
    expect(nextDay.disposed).toBe(1); // NOTYET/1's day
    expect(await findRequester(db, shared)).toBeUndefined();
  });
});
