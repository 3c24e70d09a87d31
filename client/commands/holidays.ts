// `foi holidays`: the bank-holiday table the deadlines use, kept in the records store
// (a new version at each import), and the way an authority adds a newly proclaimed holiday
// from a GOV.UK-format file.
//   foi holidays list --year 2026 [--division scotland]
//   foi holidays import bank-holidays.json [--add-only] [--force --reason TEXT]
//   foi holidays status
import path from 'node:path';
import type { Command } from 'commander';
import {
  buildHolidayTableFrom,
  DIVISIONS,
  divisionLabel,
  formatLongDate,
  isDivision,
  MAX_IMPORT_BYTES,
  MAX_YEAR,
  MIN_YEAR,
  parseHolidayFeed,
  PROCLAMATIONS,
  type Division,
} from '../../domain/calendar';
import { importHolidays, ImportInputError, type ImportOutcome } from '../../records/holiday-import';
import { lastFeedCheck } from '../../records/holiday-feed-checks';
import { currentHolidays, holidayHistory } from '../../records/holiday-tables';
import { CliError, UsageError } from '../errors';
import { readJsonFile } from '../json-file';
import { withRecords } from '../records-session';
import { whoIsActing } from '../who';
import { registerHolidaysRefresh } from './holidays-refresh';

const HOLIDAY_FILE_LIMIT = {
  maxBytes: MAX_IMPORT_BYTES,
  shown: `${MAX_IMPORT_BYTES / 1_000_000} MB`,
  notA: 'a holiday list',
};

const divisionNames = (ds: readonly Division[]) => ds.map(divisionLabel).join(', ');

interface ImportOptions {
  addOnly?: boolean;
  force?: boolean;
  confirm?: boolean;
  reason?: string;
  by?: string;
}

function report(outcome: ImportOutcome, file: string): string {
  switch (outcome.kind) {
    case 'nothing-new':
      return `nothing new: the table in force (version ${outcome.version}) already agrees with ${file}\n`;
    case 'imported':
      return (
        outcome.lines.join('\n') +
        `\nsaved as holiday table version ${outcome.version} (was ${outcome.from}); ` +
        'run `foi holidays refresh` to recompute open cases\n'
      );
    case 'conflict':
      throw new CliError(
        `another import saved version ${outcome.version + 1} meanwhile: run the import again`,
      );
    case 'refused':
      throw new UsageError(`${file} refused, nothing saved:\n  ${outcome.check.refused.join('\n  ')}`);
    case 'needs-force':
      throw new UsageError(
        `${file} would change the table in ways a person must confirm, nothing saved:\n  ` +
          `${outcome.check.needsForce.join('\n  ')}\n` +
          `the changes:\n  ${outcome.lines.join('\n  ')}\n` +
          'if this is right, run it again with --force --reason "why" (the reason is kept with the table)',
      );
  }
}

async function runImport(file: string, opts: ImportOptions): Promise<void> {
  const events = (() => {
    const json = readJsonFile(file, 'holiday file', HOLIDAY_FILE_LIMIT);
    try {
      return parseHolidayFeed(json);
    } catch (err) {
      throw new UsageError(`${file}: ${(err as Error).message}`);
    }
  })();
  const by = whoIsActing(opts.by);
  const outcome = await withRecords((db) =>
    importHolidays(db, events, {
      source: path.basename(file),
      by,
      addOnly: opts.addOnly,
      force: opts.force || opts.confirm,
      reason: opts.reason,
    }).catch((err: unknown) => {
      if (err instanceof ImportInputError) throw new UsageError(`${file}: ${err.message}`);
      throw err;
    }),
  );
  process.stdout.write(report(outcome, file));
}

async function runStatus(): Promise<void> {
  const lines = await withRecords(async (db) => {
    const current = await currentHolidays(db, PROCLAMATIONS);
    const history = await holidayHistory(db);
    const check = await lastFeedCheck(db);
    const feed = check
      ? [
          `last feed check: ${check.checkedAt.slice(0, 16).replace('T', ' ')} UTC, ${check.url}: ${check.outcome}` +
            (check.importedVersion ? ` (version ${check.importedVersion})` : ''),
          ...check.pending.map((p) => `  to confirm: ${p}`),
          ...(check.error ? [`  ${check.error}`] : []),
        ]
      : ['no feed check yet (FOI_HOLIDAY_FEED_URL turns on the daily fetch)'];
    return [
      `holiday table in force: version ${current.version}, confirmed through ${current.proclamations.confirmedThroughYear}`,
      ...feed,
      'versions:',
      ...history.map(
        (v) =>
          `  v${v.version}  ${v.importedAt.slice(0, 16).replace('T', ' ')}  ${v.importedBy}  from ${v.source}: ${v.summary}` +
          (v.reason ? ` (forced: ${v.reason})` : ''),
      ),
    ];
  });
  process.stdout.write(lines.join('\n') + '\n');
}

async function runList(opts: { year: string; division?: string }): Promise<void> {
  if (!/^\d{4}$/.test(opts.year) || Number(opts.year) < MIN_YEAR || Number(opts.year) > MAX_YEAR) {
    throw new UsageError(`--year "${opts.year}" should be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  const year = Number(opts.year);
  if (opts.division !== undefined && !isDivision(opts.division)) {
    throw new UsageError(`--division "${opts.division}": use one of ${DIVISIONS.join(', ')}`);
  }
  const current = await withRecords((db) => currentHolidays(db, PROCLAMATIONS));
  const table = buildHolidayTableFrom(current.proclamations, year, year);
  const wanted = opts.division === undefined ? DIVISIONS : [opts.division as Division];
  const rows = new Map<string, { date: string; label: string; divisions: Division[] }>();
  for (const h of table.holidays) {
    if (!wanted.includes(h.division)) continue;
    const label = h.notes ? `${h.title} (${h.notes.toLowerCase()})` : h.title;
    const row = rows.get(`${h.date}|${label}`) ?? { date: h.date, label, divisions: [] };
    row.divisions.push(h.division);
    rows.set(`${h.date}|${label}`, row);
  }
  const status =
    year > table.confirmedThroughYear
      ? `provisional: generated from the rules, not yet confirmed by an official list (confirmed through ${table.confirmedThroughYear})`
      : `confirmed (official list through ${table.confirmedThroughYear})`;
  const lines = [
    `Bank holidays ${year}${opts.division ? ` in ${divisionLabel(opts.division as Division)}` : ''}: ${status}; table version ${current.version}`,
  ];
  const width = Math.max(0, ...[...rows.values()].map((r) => r.label.length));
  for (const r of rows.values()) {
    lines.push(
      `${r.date}  ${formatLongDate(r.date).slice(0, 3)}  ${r.label.padEnd(width)}  ${divisionNames(r.divisions)}`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

export function registerHolidaysCommand(program: Command): void {
  const holidays = program.command('holidays').description('the UK bank holidays behind every deadline');
  holidays
    .command('list')
    .description('print the bank holidays of a year, from the table in force')
    .requiredOption('--year <year>', 'the year, e.g. 2026')
    .option('--division <division>', DIVISIONS.join(', '))
    .action((opts: { year: string; division?: string }) => runList(opts));
  holidays
    .command('import')
    .description(
      'add newly proclaimed holidays from a GOV.UK-format bank-holidays.json to the table in force',
    )
    .argument('<file>', 'a file in the format of https://www.gov.uk/bank-holidays.json')
    .option('--add-only', 'only add days, never cancel one (for a file listing just the new days)')
    .option('--force', 'accept a cancellation, or more than a handful of new days in a year (needs --reason)')
    .option('--confirm', 'the same as --force: confirm a change the daily fetch reported')
    .option('--reason <text>', 'why the change is right; kept with the table')
    .option('--by <name>', 'who is importing (default: $FOI_USER, else your user name)')
    .action((file: string, opts: ImportOptions) => runImport(file, opts));
  holidays
    .command('status')
    .description('the table version in force and the imports that made it')
    .action(() => runStatus());
  registerHolidaysRefresh(holidays);
}
