// `foi stats --from --to`: one visibility list call; each case's figures come from the
// memo its workflow keeps, so no case is queried one by one.
import type { Command } from 'commander';
import { z } from 'zod';
import { isoDate } from '../../domain/lifecycle/commands';
import { REGIME_IDS } from '../../domain/regimes';
import type { CaseFacts } from '../../workflows/definitions';
import { withSession } from '../connect';
import { withDeadline } from '../deadline';
import { UsageError } from '../errors';
import { factsOf } from '../facts';
import { parseInput } from '../input-error';
import { statsQuery } from '../list-query';
import { withExitCodes } from '../options';
import { computeStats } from '../stats';
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
  withExitCodes(cmd);
  cmd.action(async (o: { from?: string; to?: string; regime?: string; json?: boolean }) => {
    const today = londonToday();
    const { from, to, regime } = parseInput(
      schema,
      { ...o, to: o.to ?? today },
      { from: '--from', to: '--to', regime: '--regime' },
    );
    if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    const query = statsQuery(from, to, regime);
    const facts = await withSession(async (s) => {
      const out: CaseFacts[] = [];
      await withDeadline(s, async () => {
        for await (const info of s.client.workflow.list({ query })) {
          const f = factsOf(info);
          if (f) out.push(f);
        }
      });
      return out;
    });
    const stats = computeStats(facts, from, to);
    process.stdout.write(`${o.json ? JSON.stringify(stats, null, 2) : formatStats(stats, today)}\n`);
  });
}
