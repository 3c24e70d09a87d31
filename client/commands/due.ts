// `foi due`: the statutory due date for a receipt date, with the counting behind it.
//   foi due --received 2018-05-29            -> 2018-06-26
//   foi due --received 2018-06-26 --days 40  -> end of a 40-working-day review window
import { holidayTable, useHolidaysInForce } from '../calendars';
import { withRecords } from '../records-session';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  divisionLabel,
  formatLongDate,
  isIsoDate,
  MAX_YEAR,
  MIN_YEAR,
  WorkingDayCalendar,
  yearOf,
  type IsoDate,
} from '../../domain/calendar';
import {
  responseDeadline,
  type ComputedDeadline,
  type FeePause,
  type ReceiptRule,
} from '../../domain/deadlines';
import { getRegime, REGIME_IDS, type Regime } from '../../domain/regimes';
import { asUsage, UsageError } from '../errors';
import { addOptions, readOptions, type OptionSpec } from '../option-spec';
import { regimeNamed } from '../typed-names';

export function parseDateOption(option: string, value: string): IsoDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new UsageError(`${option} "${value}" is not a date: write it as YYYY-MM-DD, e.g. 2018-05-29`);
  }
  if (!isIsoDate(value)) throw new UsageError(`${option} "${value}" is not a real calendar date`);
  const year = yearOf(value);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new UsageError(`${option} "${value}" is outside the supported years ${MIN_YEAR}-${MAX_YEAR}`);
  }
  return value;
}

function parseDays(value: string): number {
  if (!/^\d{1,4}$/.test(value)) {
    throw new UsageError(`--days "${value}" is not a whole number of working days (0-9999)`);
  }
  return Number(value);
}

function parseFeePause(value: string): FeePause {
  const m = /^([^.]+)\.\.([^.]*)$/.exec(value);
  if (!m) {
    throw new UsageError(
      `--fee-paused "${value}" should be NOTICE..PAID (e.g. 2018-06-01..2018-06-08) or NOTICE.. while unpaid`,
    );
  }
  const from = parseDateOption('--fee-paused', m[1] as string);
  return m[2] ? { from, to: parseDateOption('--fee-paused', m[2]) } : { from };
}

function parseReceiptRule(value: string): ReceiptRule {
  if (value === 'receipt-day' || value === 'next-working-day') return value;
  throw new UsageError(`--receipt-rule "${value}": use receipt-day (the default) or next-working-day`);
}

const DUE_OPTIONS: OptionSpec[] = [
  {
    flags: '--received <date>',
    description: 'the day the request arrived (YYYY-MM-DD), working day or not',
    required: true,
    parse: (v) => parseDateOption('--received', String(v)),
  },
  {
    flags: '--regime <id>',
    description: REGIME_IDS.join(', '),
    default: 'foia',
    parse: (v) => asUsage(() => getRegime(regimeNamed(String(v)))),
  },
  {
    flags: '--extended',
    description: 'the longest extended deadline (FOIA public interest, EIR complex and voluminous)',
  },
  {
    flags: '--days <n>',
    description: "count N working days of the regime's calendar instead of its response period",
    parse: (v) => parseDays(String(v)),
  },
  {
    flags: '--receipt-rule <rule>',
    description: 'receipt-day (day 0 is the day it arrived) or next-working-day',
    default: 'receipt-day',
    parse: (v) => parseReceiptRule(String(v)),
  },
  {
    flags: '--clarified <date>',
    description: 'the day a requested clarification arrived: a new date of receipt',
    parse: (v) => parseDateOption('--clarified', String(v)),
  },
  {
    flags: '--fee-paused <notice..paid>',
    description: 'a fees notice given..fee received (repeatable; omit paid while unpaid)',
    field: 'feePauses',
    repeatable: true,
    default: [],
    parse: (v) => (v as string[]).map(parseFeePause),
  },
  { flags: '--json', description: 'print the answer and the counting as JSON' },
  { flags: '--explain', description: 'print the counting day by day' },
];

// The values are checked by the options' parsers (their messages are the ones `foi due` has
// always given); the schema gives the result its types and defaults.
const dueSchema = z.object({
  received: z.string(),
  regime: z.custom<Regime>(),
  extended: z.boolean().default(false),
  days: z.number().int().optional(),
  receiptRule: z.enum(['receipt-day', 'next-working-day']),
  clarified: z.string().optional(),
  feePauses: z.array(z.custom<FeePause>()),
  json: z.boolean().default(false),
  explain: z.boolean().default(false),
});
type DueOptions = z.output<typeof dueSchema>;

function provisionalNote(result: ComputedDeadline, confirmedThroughYear: number): string | undefined {
  const years = result.explanation.provisionalYears;
  if (years.length === 0) return undefined;
  return (
    `holidays for ${years.join(', ')} are provisional: generated from the rules, ` +
    `not yet confirmed by an official list (confirmed through ${confirmedThroughYear})`
  );
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function explainLines(
  regime: Regime,
  clock: { receivedOn: IsoDate; clarified?: IsoDate },
  r: ComputedDeadline,
  note?: string,
): string[] {
  const col = (d: IsoDate) => formatLongDate(d).padEnd(17);
  const places = regime.divisions.map(divisionLabel).join(', ');
  const lines = [
    `${regime.title} (${regime.id}): ${r.workingDays} working days; bank holidays of ${places} do not count`,
  ];
  const receipt = clock.clarified ?? clock.receivedOn;
  lines.push(`received   ${col(clock.receivedOn)}${clock.clarified || r.start !== receipt ? '' : 'day 0'}`);
  if (clock.clarified) {
    lines.push(
      `clarified  ${col(clock.clarified)}${r.start === receipt ? 'day 0 ' : ''}(a new date of receipt)`,
    );
  }
  if (r.start !== receipt) lines.push(`           ${col(r.start)}day 0 (moved to the next working day)`);
  const rows = [
    ...r.explanation.counted.map((c) => ({ date: c.date, text: `day ${c.n}` })),
    ...r.explanation.skipped.map((s) => ({ date: s.date, text: `skipped: ${s.reason}` })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const row of rows) lines.push(`           ${col(row.date)}${row.text}`);
  if (r.due === null && r.clockStopped) {
    const c = r.clockStopped;
    lines.push(
      `stopped    ${col(c.since)}clock stopped: awaiting fee (${c.workingDaysUsed} working days used, ` +
        `${c.workingDaysLeft} left once paid)`,
    );
  } else if (r.due !== null) {
    lines.push(`due        ${col(r.due)}${r.due}, the ${ordinal(r.workingDays)} working day`);
  }
  if (note) lines.push(`note: ${note}`);
  return lines;
}

async function runDue(opts: DueOptions): Promise<void> {
  const { received: receivedOn, clarified, feePauses, receiptRule, regime, days } = opts;
  if (opts.json && opts.explain) throw new UsageError('use either --json or --explain, not both');
  if (days !== undefined && opts.extended) throw new UsageError('use either --days or --extended, not both');
  if (opts.extended && !regime.extension)
    throw new UsageError(`${regime.id}: ${regime.title} allows no extension`);
  if (clarified && clarified < receivedOn)
    throw new UsageError(`--clarified ${clarified} is before --received ${receivedOn}`);
  for (const p of feePauses) {
    if (p.to && p.to < p.from)
      throw new UsageError(`--fee-paused ${p.from}..${p.to}: the fee is paid before the notice`);
  }

  const counting = days === undefined ? regime : { ...regime, responseWorkingDays: days };
  const y = yearOf(receivedOn);
  // Counted with the table in force (records store), as the case workflows count.
  await withRecords(useHolidaysInForce);
  const table = holidayTable(Math.max(MIN_YEAR, y - 1), Math.min(MAX_YEAR, y + 2));
  const cal = WorkingDayCalendar.fromTable(table, regime.divisions);
  const clock = {
    receivedOn,
    clarificationReceivedOn: clarified,
    feePauses,
    extended: Boolean(opts.extended),
    receiptRule,
  };
  const result = responseDeadline(cal, counting, clock);
  const note = provisionalNote(result, table.confirmedThroughYear);

  if (opts.json) {
    const out = {
      due: result.due,
      regime: regime.id,
      regimeTitle: regime.title,
      receivedOn,
      ...(clarified ? { clarificationReceivedOn: clarified } : {}),
      start: result.start,
      receiptRule,
      extended: clock.extended,
      workingDays: result.workingDays,
      divisions: regime.divisions,
      pauses: result.pauses,
      clockStopped: result.clockStopped,
      counted: result.explanation.counted,
      skipped: result.explanation.skipped,
      provisional: result.provisional,
      provisionalYears: result.explanation.provisionalYears,
      ...(note ? { provisionalNote: note } : {}),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else if (opts.explain) {
    const lines = explainLines(regime, { receivedOn, clarified }, result, note);
    process.stdout.write(lines.map((l) => l.trimEnd()).join('\n') + '\n');
  } else if (result.due !== null) {
    process.stdout.write(result.due + '\n');
  } else {
    const c = result.clockStopped;
    process.stdout.write(
      `clock stopped since ${c?.since} (awaiting fee): no due date until the fee is paid\n`,
    );
  }
}

export function registerDueCommand(program: Command): void {
  const cmd = program
    .command('due')
    .description('the statutory due date for a request received on a date (20 working days for FOIA)');
  addOptions(cmd, DUE_OPTIONS).action((opts: object) => runDue(readOptions(dueSchema, DUE_OPTIONS, opts)));
}
