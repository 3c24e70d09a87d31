// `foi stats --from --to`: SQL aggregates over the records store, the authority's record,
// so a past quarter's figures stay right after its workflows have been deleted by
// Temporal's retention. Cases reach the store as they change (or by `foi records rebuild`).
import type { Command } from 'commander';
import { z } from 'zod';
import { REGIME_IDS } from '../../domain/regimes';
import { isoDate } from '../../domain/schemas';
import { UsageError } from '../errors';
import { addOptions, readOptions, type OptionSpec } from '../option-spec';
import { withExitCodes } from '../options';
import { periodStatsModule, withRecords } from '../records-session';
import { formatStats } from '../stats-format';
import { londonToday } from '../today';
import { regimeNamed } from '../typed-names';

const STATS_OPTIONS: OptionSpec[] = [
  { flags: '--from <date>', description: 'first day of the period, YYYY-MM-DD' },
  { flags: '--to <date>', description: 'last day of the period, YYYY-MM-DD (default: today)' },
  {
    flags: '--regime <id>',
    description: 'only requests under this regime (id or title)',
    parse: (v) => regimeNamed(String(v)),
  },
];
const schema = z.object({ from: isoDate, to: isoDate, regime: z.enum(REGIME_IDS).optional() });

export function registerStats(program: Command): void {
  const cmd = program
    .command('stats')
    .summary('timeliness and outcomes of the requests received in a period')
    .description(
      'timeliness and outcomes of the requests received in a period: answered, share in time (within the statutory period or a lawful extension), outcomes, exemptions, internal reviews, regulator complaints',
    );
  addOptions(cmd, STATS_OPTIONS).option('--json', 'print JSON');
  withExitCodes(cmd);
  cmd.action(async (o: { from?: string; to?: string; regime?: string; json?: boolean }) => {
    const today = londonToday();
    const { from, to, regime } = readOptions(schema, STATS_OPTIONS, { ...o, to: o.to ?? today });
    if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    const stats = await withRecords((db) => periodStatsModule().periodStats(db, { from, to, regime }));
    process.stdout.write(`${o.json ? JSON.stringify(stats, null, 2) : formatStats(stats, today)}\n`);
  });
}
