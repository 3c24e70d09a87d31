// `foi status REF`: where a case stands today, and with --timeline how it got there.
import type { Command } from 'commander';
import { fetchStatus, fetchTimeline } from '../case-calls';
import { withSession } from '../connect';
import { readCase } from '../../records/case-reads';
import { CaseNotFoundError } from '../errors';
import { withExitCodes } from '../options';
import { withRecords } from '../records-session';
import { formatStoredCase } from '../stored-case-format';
import { parseReference, withKnownReference } from '../reference';
import { formatStatus, formatTimeline } from '../status-format';

export function registerStatus(program: Command): void {
  const cmd = program
    .command('status')
    .description('phase, live deadlines with working days left, clock, officer and next reminder of a case')
    .argument('<reference>', 'the case reference, e.g. FOI2018/02892')
    .option('--timeline', 'add the full history of the case')
    .option(
      '--json',
      'print JSON: the status (the same as the workflow\'s "status" query), with "timeline" added on request',
    );
  withExitCodes(cmd);
  cmd.action(async (ref: string, o: { timeline?: boolean; json?: boolean }) => {
    await withKnownReference(parseReference(ref), (reference) => show(reference, o));
  });
}

/** The live case, else (a closed case whose workflow retention has removed) its record. */
async function show(reference: string, o: { timeline?: boolean; json?: boolean }): Promise<void> {
  await showLive(reference, o).catch(async (err: unknown) => {
    if (!(err instanceof CaseNotFoundError)) throw err;
    const stored = await withRecords((db) => readCase(db, reference));
    if (!stored) throw err;
    if (o.json) {
      process.stdout.write(
        `${JSON.stringify(o.timeline ? stored : { ...stored, timeline: undefined }, null, 2)}\n`,
      );
      return;
    }
    const text = formatStoredCase(stored);
    process.stdout.write(
      `${o.timeline ? `${text}\n\ntimeline:\n${formatTimeline(stored.timeline)}` : text}\n`,
    );
  });
}

async function showLive(reference: string, o: { timeline?: boolean; json?: boolean }): Promise<void> {
  await withSession(async (s) => {
    const status = await fetchStatus(s, reference);
    const timeline = o.timeline ? await fetchTimeline(s, reference) : undefined;
    if (o.json) {
      process.stdout.write(`${JSON.stringify(timeline ? { ...status, timeline } : status, null, 2)}\n`);
      return;
    }
    const text = formatStatus(status);
    process.stdout.write(`${timeline ? `${text}\n\ntimeline:\n${formatTimeline(timeline)}` : text}\n`);
  });
}
