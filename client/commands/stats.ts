// `foi stats --from --to`: one visibility listing, read a page at a time; each case's
// figures come from the memo its workflow keeps, so no case is queried one by one, and
// they are counted as they arrive, so no case is kept.
import type { Command } from 'commander';
import { z } from 'zod';
import { isoDate } from '../../domain/lifecycle/commands';
import { REGIME_IDS } from '../../domain/regimes';
import { withSession } from '../connect';
import { UsageError } from '../errors';
import { factsOf } from '../facts';
import { parseInput } from '../input-error';
import { statsQuery } from '../list-query';
import { PAGING_HELP, withExitCodes } from '../options';
import { forEachRecord } from '../pages';
import { StatsCounter } from '../stats';
import { formatStats } from '../stats-format';
import { londonToday } from '../today';

const schema = z.object({ from: isoDate, to: isoDate, regime: z.enum(REGIME_IDS).optional() });

export function registerStats(program: Command): void {
  const cmd = program
    .command('stats')
    .summary('timeliness and outcomes of the requests received in a period')
    .description(
      'timeliness and outcomes of the requests received in a period: answered, share in time (within the statutory period or a lawful extension), outcomes, exemptions, internal reviews, regulator complaints',
    )
    .option('--from <date>', 'first day of the period, YYYY-MM-DD')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD (default: today)')
    .option('--regime <id>', 'only requests under this regime')
    .option('--json', 'print JSON');
  withExitCodes(cmd).addHelpText('after', PAGING_HELP);
  cmd.action(async (o: { from?: string; to?: string; regime?: string; json?: boolean }) => {
    const today = londonToday();
    const { from, to, regime } = parseInput(
      schema,
      { ...o, to: o.to ?? today },
      { from: '--from', to: '--to', regime: '--regime' },
    );
    if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    const query = statsQuery(from, to, regime);
    const stats = await withSession(async (s) => {
      const counter = new StatsCounter(from, to);
      await forEachRecord(s, query, (info) => {
        const f = factsOf(info);
        if (f) counter.add(f);
      });
      return counter.result();
    });
    process.stdout.write(`${o.json ? JSON.stringify(stats, null, 2) : formatStats(stats, today)}\n`);
  });
}
