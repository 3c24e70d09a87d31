// The visibility queries behind `foi list` and `foi stats`, and the checks on list options.
import { calendarFor } from '../../client/calendars';
import { CliError } from '../../client/errors';
import { parseListOptions, type ListOptions } from '../../client/list-filters';
import { listQuery, literal, statsQuery } from '../../client/list-query';

const query = (o: ListOptions, today = '2026-11-26') => {
  const f = parseListOptions(o);
  return listQuery(f, today, calendarFor(f.regime, today));
};

describe('foi list query', () => {
  test('by default: open foiRequest cases only', () => {
    expect(query({})).toBe(`WorkflowType = 'foiRequest' AND ExecutionStatus = 'Running'`);
  });

  test('--all includes ended cases but not the earlier runs of a continued case, nor voided ones', () => {
    expect(query({ all: true })).toBe(
      `WorkflowType = 'foiRequest' AND ExecutionStatus != 'ContinuedAsNew' AND FoiPhase != 'voided'`,
    );
    // Asked for by phase, the voided cases are listed.
    expect(query({ all: true, phase: ['voided'] })).toBe(
      `WorkflowType = 'foiRequest' AND ExecutionStatus != 'ContinuedAsNew' AND FoiPhase = 'voided'`,
    );
  });

  test('--overdue: due before today (a case due today is not yet overdue)', () => {
    expect(query({ overdue: true })).toContain(`FoiDueDate < '2026-11-26T00:00:00Z'`);
  });

  test('--due-within counts working days on the FOIA calendar: Christmas and the Boxing Day substitute', () => {
    // Wed 23 Dec 2026: 24 Dec (1), 25 Dec and Mon 28 Dec are holidays, 29 (2), 30 (3).
    expect(query({ dueWithin: '3' }, '2026-12-23')).toContain(
      `FoiDueDate >= '2026-12-23T00:00:00Z' AND FoiDueDate < '2026-12-31T00:00:00Z'`,
    );
  });

  test("--due-within with --regime counts that regime's holidays (Scotland has no 12 July holiday)", () => {
    // Mon 13 Jul 2026 is the Northern Ireland substitute for Sunday 12 July: not a working day for FOIA.
    expect(query({ dueWithin: '1' }, '2026-07-10')).toContain(`FoiDueDate < '2026-07-15T00:00:00Z'`);
    expect(query({ dueWithin: '1', regime: 'foisa' }, '2026-07-10')).toContain(
      `FoiDueDate < '2026-07-14T00:00:00Z'`,
    );
  });

  test('officer, phases, regime and received dates become clauses', () => {
    const q = query({
      officer: 'officer@police.example.gov.uk',
      phase: ['in_progress', 'extended'],
      regime: 'eir',
      receivedFrom: '2026-01-01',
      receivedTo: '2026-03-31',
    });
    expect(q).toContain(`FoiCaseOfficer = 'officer@police.example.gov.uk'`);
    expect(q).toContain(`FoiPhase IN ('in_progress', 'extended')`);
    expect(q).toContain(`FoiRegime = 'eir'`);
    expect(q).toContain(
      `FoiReceivedDate >= '2026-01-01T00:00:00Z' AND FoiReceivedDate < '2026-04-01T00:00:00Z'`,
    );
    expect(query({ phase: ['internal_review'] })).toContain(`FoiPhase = 'internal_review'`);
  });

  test('quotes in a value are escaped', () => {
    expect(literal("o'brien@example.org")).toBe(`'o\\'brien@example.org'`);
  });

  test('stats: every case received in the period, running or ended', () => {
    expect(statsQuery('2018-04-01', '2018-06-30')).toBe(
      `WorkflowType = 'foiRequest' AND ExecutionStatus != 'ContinuedAsNew' AND FoiReceivedDate >= '2018-04-01T00:00:00Z' AND FoiReceivedDate < '2018-07-01T00:00:00Z'`,
    );
    expect(statsQuery('2018-04-01', '2018-06-30', 'foisa')).toMatch(/ AND FoiRegime = 'foisa'$/);
  });
});

describe('foi list options', () => {
  const bad = (o: ListOptions): CliError => {
    try {
      parseListOptions(o);
    } catch (err) {
      if (err instanceof CliError) return err;
      throw err;
    }
    throw new Error('expected a usage error');
  };

  test.each<[ListOptions, string]>([
    [
      { dueWithin: 'five' },
      '--due-within: expected a whole number of working days from 0 to 1000 (got "five")',
    ],
    [{ dueWithin: '-1' }, '--due-within: expected a whole number of working days from 0 to 1000 (got "-1")'],
    [{ officer: 'nobody' }, '--officer: Invalid email address (got "nobody")'],
    [{ regime: 'gdpr' }, '--regime: Invalid option: expected one of'],
    [{ phase: ['in_progress', 'done'] }, '--phase: Invalid option: expected one of'],
    [
      { receivedFrom: '2026-02-30' },
      '--received-from: expected a real date as YYYY-MM-DD (got "2026-02-30")',
    ],
    [
      { receivedFrom: '2026-03-01', receivedTo: '2026-02-01' },
      '--received-from 2026-03-01 is after --received-to 2026-02-01',
    ],
    [{ overdue: true, dueWithin: '5' }, '--overdue and --due-within: choose one'],
  ])('%j → exit 2: %s', (o, message) => {
    const err = bad(o);
    expect(err.exitCode).toBe(2);
    expect(err.message.startsWith(message)).toBe(true);
  });
});
