// `foi status REF`: where a case stands today, and with --timeline how it got there.
import type { Command } from 'commander';
import { fetchStatus, fetchTimeline } from '../case-calls';
import { withSession } from '../connect';
import { withExitCodes } from '../options';
import { parseReference } from '../reference';
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
    const reference = parseReference(ref);
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
  });
}
