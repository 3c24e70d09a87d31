// `foi open`: starts a case's workflow the day a request arrives. The input is checked
// with the same zod schema the workflow uses, so a bad input never reaches the server.
import type { Command } from 'commander';
import { isIsoDate } from '../../domain/calendar/dates';
import { receiptDateProblem } from '../../domain/lifecycle/future-date';
import { openCaseSchema, type OpenCaseInput } from '../../domain/lifecycle/open-case';
import { isRegimeId, REGIME_IDS } from '../../domain/regimes';
import { AGGREGATION_WORKING_DAYS } from '../../domain/lifecycle/aggregation';
import { isPhase, PHASE_LABELS } from '../../domain/lifecycle/phases';
import type { EarlierRequest } from '../../records/requesters';
import { fetchStatus, startCase } from '../case-calls';
import { withSession, type Session } from '../connect';
import { prepareOpening, type Opening } from '../opening';
import { spellingsModule, withRecords } from '../records-session';
import { CaseNotFoundError, CliError, UsageError } from '../errors';
import { parseInput, type FlagNames } from '../input-error';
import { addByOption, collect, withExitCodes } from '../options';
import { parsePeriod } from '../parsers';
import { formatStatus } from '../status-format';
import { londonToday } from '../today';
import { whoIsActing } from '../who';
import { quoted } from '../../config/config-error';
import { regimeNamed } from '../typed-names';

interface OpenOptions {
  summary?: string;
  regime: string;
  received?: string;
  receivedAt?: string;
  channel?: string;
  question?: string[];
  officer?: string;
  approver?: string;
  requesterName?: string;
  requesterEmail?: string;
  requesterAddress?: string;
  reviewRequestWindow?: string;
  receiptRule?: string;
  staffEmailShowsRequester?: boolean;
  by?: string;
  json?: boolean;
}

const FLAGS: FlagNames = {
  reference: 'reference',
  regime: '--regime',
  receivedOn: '--received',
  receivedAt: '--received-at',
  channel: '--channel',
  summary: '--summary',
  questions: '--question',
  officer: '--officer',
  approver: '--approver',
  openedBy: '--by',
  'requester.name': '--requester-name',
  'requester.email': '--requester-email',
  'requester.address': '--requester-address',
  'settings.receiptRule': '--receipt-rule',
};

function caseInput(reference: string, o: OpenOptions): OpenCaseInput {
  const regime = regimeNamed(o.regime);
  if (!isRegimeId(regime)) {
    throw new UsageError(`--regime: expected one of ${REGIME_IDS.join(', ')} (got ${quoted(o.regime)})`);
  }
  const requester = { name: o.requesterName, email: o.requesterEmail, address: o.requesterAddress };
  const settings: Record<string, unknown> = {};
  if (o.reviewRequestWindow) {
    settings.reviewRequestWindow = parsePeriod('--review-request-window', o.reviewRequestWindow);
  }
  if (o.receiptRule) settings.receiptRule = o.receiptRule;
  if (o.staffEmailShowsRequester) settings.staffEmailShowsRequester = true;
  return {
    reference,
    regime,
    receivedOn: o.received ?? londonToday(),
    receivedAt: o.receivedAt,
    channel: o.channel as OpenCaseInput['channel'],
    summary: o.summary as string,
    questions: o.question ?? [],
    officer: o.officer,
    approver: o.approver,
    openedBy: whoIsActing(o.by),
    requester: Object.values(requester).some((v) => v !== undefined) ? requester : undefined,
    settings,
  };
}

/** FOI_EARLIEST_RECEIPT: a later floor for receipt dates than 1 January 2005, if the authority sets one. */
function earliestReceipt(): string | undefined {
  const raw = process.env.FOI_EARLIEST_RECEIPT?.trim();
  if (!raw) return undefined;
  if (!isIsoDate(raw))
    throw new UsageError(`FOI_EARLIEST_RECEIPT: expected a date as YYYY-MM-DD, got "${raw.slice(0, 40)}"`);
  return raw;
}

export function registerOpen(program: Command): void {
  const cmd = program
    .command('open')
    .description('open a case the day a request arrives: starts its workflow and its clocks')
    .argument('<reference>', "the authority's reference, e.g. FOI2018/02892")
    .option('--summary <text>', 'what is asked, in a line (no personal details)')
    .option('--regime <id>', `the law it falls under: ${REGIME_IDS.join(', ')}`, 'foia')
    .option('--received <date>', 'the day the request arrived, YYYY-MM-DD (default: today, London)')
    .option('--received-at <time>', 'the time it arrived, HH:MM (London)')
    .option('--channel <channel>', 'email, post, web-form, phone, in-person, social-media or other', 'email')
    .option('--question <text>', 'one question asked (repeat for each)', collect)
    .option('--officer <email>', 'the case officer')
    .option('--approver <email>', 'who signs off the response')
    .option('--requester-name <name>', "the requester's name (kept out of lists, logs and staff email)")
    .option('--requester-email <email>', "the requester's email address")
    .option('--requester-address <text>', "the requester's postal address")
    .option(
      '--review-request-window <period>',
      'the window for asking for an internal review if your letters state one, e.g. "2 months"',
    )
    .option('--receipt-rule <rule>', 'receipt-day (default, ICO) or next-working-day')
    .option(
      '--staff-email-shows-requester',
      "let this case's staff email name the requester (the worker must allow it too)",
    );
  addByOption(cmd).option('--json', 'print the status as JSON');
  withExitCodes(cmd);
  cmd.action(async (reference: string, o: OpenOptions) => {
    const input = parseInput(openCaseSchema, caseInput(reference, o), FLAGS);
    const futureReceipt = receiptDateProblem(input.receivedOn, londonToday(), earliestReceipt());
    if (futureReceipt) throw new UsageError(`--received: ${futureReceipt}`);
    await withRecords(async (db) => {
      // References match whatever their letter case: foi2026/00002 is FOI2026/00002.
      const spellings = await spellingsModule().referencesIgnoringCase(db, input.reference);
      const spelled = spellings.find((r) => r !== input.reference);
      if (spelled) return refuseExisting(spelled, o.json === true);
      const opening = await prepareOpening(db, input);
      if (opening === 'exists') return refuseExisting(input.reference, o.json === true);
      const started = { yes: false };
      await withSession((s) => openWith(s, opening, o.json === true, started)).catch(async (err: unknown) => {
        if (!started.yes) await opening.abandon();
        throw err;
      });
    });
  });
}

/** Shows the case that has the reference (while its workflow is kept) and refuses. */
async function refuseExisting(reference: string, json: boolean): Promise<never> {
  const status = await withSession((s) => fetchStatus(s, reference)).catch((err: unknown) => {
    if (err instanceof CaseNotFoundError) return undefined;
    throw err;
  });
  if (status) process.stdout.write(`${json ? JSON.stringify(status, null, 2) : formatStatus(status)}\n`);
  throw new CliError(
    `case ${reference} already exists${status ? '' : ` (it has ended; foi status ${reference} shows its record)`}`,
  );
}

/** Starts the case and prints its status, with the same requester's other recent requests. */
async function openWith(
  s: Session,
  opening: Opening,
  json: boolean,
  opened: { yes: boolean },
): Promise<void> {
  const { input, earlier } = opening;
  const started = await startCase(s, input);
  opened.yes = started;
  const status = await fetchStatus(s, input.reference).catch((err: unknown) => {
    if (!started || !(err instanceof CliError)) throw err;
    throw new CliError(`opened ${input.reference}, but its status is not available: ${err.message}`);
  });
  const shown = json ? JSON.stringify(status, null, 2) : formatStatus(status);
  if (!started) {
    process.stdout.write(`${shown}\n`);
    throw new CliError(`case ${input.reference} already exists`);
  }
  process.stdout.write(`${json ? '' : `opened ${input.reference}\n`}${shown}\n`);
  if (!json && earlier.length > 0) process.stdout.write(`${formatEarlierRequests(earlier)}\n`);
}

/** For aggregating costs (Fees Regulations reg 5) and spotting repeated requests (s14(2)). */
function formatEarlierRequests(earlier: EarlierRequest[]): string {
  const phase = (p: string) => (isPhase(p) ? PHASE_LABELS[p] : p);
  const lines = earlier.map(
    (r) => `  ${r.reference}  received ${r.receivedOn}  ${phase(r.phase)}  ${r.summary}`,
  );
  return `\nthe same requester's other requests in the last ${AGGREGATION_WORKING_DAYS} working days (aggregation, Fees Regulations reg 5; repeated requests, s14(2)):\n${lines.join('\n')}`;
}
