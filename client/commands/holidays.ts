// `foi holidays`: the bank-holiday table the deadlines use, and the way an authority
// adds a newly proclaimed holiday from a GOV.UK-format file.
//   foi holidays list --year 2026 [--division scotland]
//   foi holidays import bank-holidays.json [--add-only]
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  buildHolidayTableFrom,
  DIVISIONS,
  divisionLabel,
  formatLongDate,
  isDivision,
  MAX_YEAR,
  MIN_YEAR,
  mergeFeed,
  parseHolidayFeed,
  parseProclamations,
  type Division,
  type Proclamations,
} from '../../domain/calendar';
import { asUsage, UsageError } from '../errors';
import { registerHolidaysRefresh } from './holidays-refresh';

/** The data file compiled into the deadlines (domain/calendar/data/proclamations.json). */
export const DEFAULT_DATA_FILE = path.resolve(__dirname, '../../domain/calendar/data/proclamations.json');

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(
      `cannot read ${what} ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${what} ${file} is not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** Reads `file` with `read`; what is wrong in it becomes bad input naming the file. */
function fromFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${file}: ${(err as Error).message}`);
  }
}

function readProclamations(file: string): Proclamations {
  return fromFile(file, () => parseProclamations(readJson(file, 'data file')));
}

/** Writes the whole file or nothing: a temporary file in the same folder, then a rename. */
function writeAtomically(file: string, contents: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, contents);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

const divisionNames = (ds: readonly Division[]) => ds.map(divisionLabel).join(', ');

function runImport(file: string, opts: { data: string; addOnly?: boolean }): void {
  const current = readProclamations(opts.data);
  const events = fromFile(file, () => parseHolidayFeed(readJson(file, 'holiday file')));
  if (events.length === 0) throw new UsageError(`${file} lists no holidays`);
  const result = asUsage(() =>
    mergeFeed(current, events, { source: path.basename(file), addOnly: opts.addOnly }),
  );
  const lines: string[] = [];
  for (const a of result.added) {
    lines.push(
      `added      ${a.date}  ${a.title}${a.notes ? ` (${a.notes})` : ''}: ${divisionNames(a.divisions)}`,
    );
  }
  for (const c of result.cancelled)
    lines.push(`cancelled  ${c.date}  ${c.reason}: ${divisionNames(c.divisions)}`);
  const { before, after } = result.confirmedThroughYear;
  if (after !== before) lines.push(`confirmed through ${after} (was ${before})`);
  if (lines.length === 0) {
    process.stdout.write(`nothing new: ${path.basename(opts.data)} already agrees with ${file}\n`);
    return;
  }
  writeAtomically(opts.data, JSON.stringify(result.next, null, 2) + '\n');
  process.stdout.write(lines.join('\n') + `\nwritten to ${opts.data}\n`);
}

function runList(opts: { year: string; division?: string; data: string }): void {
  if (!/^\d{4}$/.test(opts.year) || Number(opts.year) < MIN_YEAR || Number(opts.year) > MAX_YEAR) {
    throw new UsageError(`--year "${opts.year}" should be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  const year = Number(opts.year);
  if (opts.division !== undefined && !isDivision(opts.division)) {
    throw new UsageError(`--division "${opts.division}": use one of ${DIVISIONS.join(', ')}`);
  }
  const table = buildHolidayTableFrom(readProclamations(opts.data), year, year);
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
    `Bank holidays ${year}${opts.division ? ` in ${divisionLabel(opts.division as Division)}` : ''}: ${status}`,
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
    .description('print the bank holidays of a year')
    .requiredOption('--year <year>', 'the year, e.g. 2026')
    .option('--division <division>', DIVISIONS.join(', '))
    .option('--data <file>', 'the proclamations data file', DEFAULT_DATA_FILE)
    .action((opts: { year: string; division?: string; data: string }) => runList(opts));
  holidays
    .command('import')
    .description('add newly proclaimed holidays from a GOV.UK-format bank-holidays.json to the data file')
    .argument('<file>', 'a file in the format of https://www.gov.uk/bank-holidays.json')
    .option('--add-only', 'only add days, never cancel one (for a file listing just the new days)')
    .option('--data <file>', 'the proclamations data file to update', DEFAULT_DATA_FILE)
    .action((file: string, opts: { data: string; addOnly?: boolean }) => runImport(file, opts));
  registerHolidaysRefresh(holidays);
}
