// `foi due` and `foi holidays` as a person runs them: a real process, its stdout, stderr
// and exit status.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { feed2029 } from './fixtures';
import { FEED_FILE, REPO_ROOT } from './support';

/** The records store the commands read the holiday table from: one of this file's own
 * (the shipped table), and a fresh one for each `foi holidays` test below. */
const DEFAULT_STORE = {
  FOI_RECORDS_URL: `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'foi-due-')), 'records.db')}`,
};
let storeEnv: NodeJS.ProcessEnv = DEFAULT_STORE;

function foi(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'foi.js'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, FOI_USER: 'officer@example.gov.uk', ...storeEnv },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('foi due', () => {
  test('the example letter: exactly the date and nothing else', () => {
    expect(foi('due', '--received', '2018-05-29')).toEqual({ stdout: '2018-06-26\n', stderr: '', status: 0 });
  });

  test.each([
    // FOISA: Easter Monday 1 Apr 2024 is a working day in Scotland (working-days.test.ts).
    [['--received', '2024-03-20', '--regime', 'foisa'], '2024-04-18'],
    [['--received', '2024-03-20', '--regime', 'eir'], '2024-04-19'],
    // 40 working days, passing Thu 12 July 2018 (Northern Ireland).
    [['--received', '2018-05-29', '--extended'], '2018-07-25'],
    // The end of a 40-working-day review window after the 26 June response.
    [['--received', '2018-06-26', '--days', '40'], '2018-08-23'],
    // Saturday receipt under the authority setting: day 0 is Monday 4 June.
    [['--received', '2018-06-02', '--receipt-rule', 'next-working-day'], '2018-07-02'],
    // Clarified 13 June, fee notice 15 June paid 19 June (deadlines.test.ts).
    [
      ['--received', '2018-06-04', '--clarified', '2018-06-13', '--fee-paused', '2018-06-15..2018-06-19'],
      '2018-07-17',
    ],
  ])('%j -> %s', (args, due) => {
    expect(foi('due', ...args)).toEqual({ stdout: `${due}\n`, stderr: '', status: 0 });
  });

  test('--json gives the answer and the counting', () => {
    const r = foi('due', '--received', '2018-05-29', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      due: '2018-06-26',
      regime: 'foia',
      receivedOn: '2018-05-29',
      workingDays: 20,
      provisional: false,
    });
    expect(out.skipped).toContainEqual({ date: '2018-06-02', reason: 'Saturday' });
    expect(out.counted).toHaveLength(20);
  });

  test('--explain prints a line per day, then the due date', () => {
    const r = foi('due', '--received', '2018-05-29', '--explain');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('received   Tue 29 May 2018  day 0');
    expect(lines).toContain('           Sat 2 Jun 2018   skipped: Saturday');
    expect(lines).toContain('           Tue 26 Jun 2018  day 20');
    expect(lines[lines.length - 1]).toBe('due        Tue 26 Jun 2018  2018-06-26, the 20th working day');
  });

  test('a year beyond the confirmed ones: provisional in --json and --explain, plain stays the date', () => {
    // From Fri 20 Dec 2030 (25, 26 Dec, 1 and 2 Jan skipped): Thu 23 Jan 2031.
    expect(foi('due', '--received', '2030-12-20').stdout).toBe('2031-01-23\n');
    const json = JSON.parse(foi('due', '--received', '2030-12-20', '--json').stdout);
    expect(json).toMatchObject({ due: '2031-01-23', provisional: true, provisionalYears: [2030, 2031] });
    expect(json.provisionalNote).toMatch(/provisional/);
    expect(foi('due', '--received', '2030-12-20', '--explain').stdout).toMatch(
      /note: holidays for 2030, 2031 are provisional/,
    );
  });

  test.each([
    [['--received', '2018-02-30'], 'foi: --received "2018-02-30" is not a real calendar date'],
    [
      ['--received', '29/05/2018'],
      'foi: --received "29/05/2018" is not a date: write it as YYYY-MM-DD, e.g. 2018-05-29',
    ],
    [
      ['--received', '2018-05-29', '--regime', 'gdpr'],
      'foi: unknown regime "gdpr": use one of foia, eir, foisa',
    ],
    [['--received', '2018-05-29', '--days', '2.5'], 'foi: --days "2.5" is not a whole number'],
    [['--received', '2018-05-29', '--days=-3'], 'foi: --days "-3" is not a whole number'],
    [
      ['--received', '2018-05-29', '--regime', 'foisa', '--extended'],
      'foi: foisa: Freedom of Information (Scotland) Act 2002 allows no extension',
    ],
    [['--received', '2018-05-29', '--receipt-rule', 'monday'], 'foi: --receipt-rule "monday"'],
    [[], "foi: required option '--received <date>' not specified"],
  ])('bad input %j: one line on stderr, nothing on stdout, status 2', (args, message) => {
    const r = foi('due', ...args);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2); // one line and its newline
    expect(r.stderr.startsWith(message)).toBe(true);
  });
});

describe('foi holidays', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-holidays-'));
    storeEnv = { FOI_RECORDS_URL: `sqlite:${path.join(dir, 'records.db')}` };
  });
  afterEach(() => {
    storeEnv = DEFAULT_STORE;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const feedFile = (feed: unknown, name = 'bank-holidays.json') => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(feed));
    return file;
  };

  test('list a year for one division', () => {
    const r = foi('holidays', 'list', '--year', '2026', '--division', 'scotland');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Bank holidays 2026 in Scotland: confirmed .*; table version 1\n/);
    expect(r.stdout).toMatch(/2026-06-15 {2}Mon {2}World Cup bank holiday +Scotland\n/);
    expect(r.stdout).not.toMatch(/2026-07-13/); // Northern Ireland's, not Scotland's
  });

  test('a year beyond the data is listed as provisional', () => {
    expect(foi('holidays', 'list', '--year', '2031').stdout).toMatch(/^Bank holidays 2031: provisional/);
  });

  test('an import that cancels a holiday needs --force and a reason; then it is a new version', () => {
    const file = feedFile(feed2029());
    expect(foi('due', '--received', '2029-06-01', '--explain').stdout).not.toContain('Imaginary jubilee');
    const refused = foi('holidays', 'import', file);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('would change the table in ways a person must confirm, nothing saved');
    expect(refused.stderr).toContain(
      'cancels 2029-05-28 (not in bank-holidays.json (was Spring bank holiday))',
    );
    expect(foi('holidays', 'status').stdout).toMatch(/^holiday table in force: version 1,/);
    expect(foi('holidays', 'import', file, '--force').stderr).toMatch(/--force needs --reason/);

    const r = foi('holidays', 'import', file, '--force', '--reason', 'spring holiday moved for the jubilee');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'added      2029-06-08  Imaginary jubilee (Extra bank holiday): England and Wales, Scotland, Northern Ireland',
    );
    expect(r.stdout).toContain('cancelled  2029-05-28  not in bank-holidays.json (was Spring bank holiday)');
    expect(r.stdout).toContain('confirmed through 2029 (was 2028)');
    expect(r.stdout).toContain('saved as holiday table version 2 (was 1)');

    const list = foi('holidays', 'list', '--year', '2029');
    expect(list.stdout).toMatch(/^Bank holidays 2029: confirmed .*; table version 2/);
    expect(list.stdout).toContain('2029-06-08  Fri  Imaginary jubilee (extra bank holiday)');
    expect(list.stdout).not.toContain('2029-05-28');
    const status = foi('holidays', 'status').stdout;
    expect(status).toMatch(/^holiday table in force: version 2, confirmed through 2029\n/);
    expect(status).toContain(
      'officer@example.gov.uk  from bank-holidays.json: added 2029-06-04 Spring bank holiday',
    );
    expect(status).toContain('(forced: spring holiday moved for the jubilee)');

    expect(foi('holidays', 'import', file).stdout).toMatch(/^nothing new: the table in force \(version 2\)/);
    // `foi due` counts with the table in force, as the cases do.
    expect(foi('due', '--received', '2029-06-01', '--explain').stdout).toContain('Imaginary jubilee');
  });

  test('a list that adds one new day is imported without --force', () => {
    const feed = {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [{ title: 'State funeral', date: '2027-09-20', notes: '', bunting: false }],
      },
    };
    const r = foi('holidays', 'import', feedFile(feed), '--add-only');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('added      2027-09-20  State funeral: England and Wales');
  });

  test.each<[string, () => unknown, RegExp]>([
    [
      'Christmas Day cancelled, even with --force',
      () => {
        const feed = feed2029();
        for (const d of Object.values(feed)) d.events = d.events.filter((e) => e.date !== '2029-12-25');
        // keep the moved spring holiday, so Christmas is the only change
        return feed;
      },
      /2029-12-25 cannot be cancelled: Christmas Day and Good Friday are never working days/,
    ],
    [
      'Good Friday cancelled, even with --force',
      () => {
        const feed = feed2029();
        for (const d of Object.values(feed)) d.events = d.events.filter((e) => e.date !== '2029-03-30');
        return feed;
      },
      /2029-03-30 cannot be cancelled/,
    ],
  ])('refused: %s', (_what, feed, message) => {
    const r = foi('holidays', 'import', feedFile(feed()), '--force', '--reason', 'testing');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(foi('holidays', 'status').stdout).toMatch(/^holiday table in force: version 1,/);
  });

  test('more than a handful of new days in a year needs --force', () => {
    const events = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04'].map((date) => ({
      title: 'Imaginary day',
      date,
      notes: '',
      bunting: false,
    }));
    const file = feedFile({ scotland: { division: 'scotland', events } });
    const r = foi('holidays', 'import', file, '--add-only');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('adds 4 holidays in scotland 2027 (more than 3)');
  });

  test('a device or a folder is refused, not read', () => {
    for (const file of ['/dev/zero', dir]) {
      const r = foi('holidays', 'import', file);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${file} is not a regular file`);
    }
  });

  test('a file over the size limit is refused before it is read', () => {
    const file = path.join(dir, 'huge.json');
    fs.writeFileSync(file, ' '.repeat(1_000_001));
    const r = foi('holidays', 'import', file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is larger than 1 MB: not a holiday list/);
  });

  test('importing the official feed adds nothing', () => {
    const r = foi('holidays', 'import', FEED_FILE);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^nothing new/);
  });

  test('a bad file is refused and the table left as it was', () => {
    const file = feedFile({ scotland: { events: [{ title: 'X', date: '2029-02-30' }] } }, 'bad.json');
    const r = foi('holidays', 'import', file);
    expect(r).toMatchObject({ stdout: '', status: 2 });
    expect(r.stderr).toMatch(/^foi: .*bad.json: not a GOV.UK bank-holidays file \(scotland.events.0.date/);
    expect(foi('holidays', 'status').stdout).toMatch(/^holiday table in force: version 1,/);
  });
});
