// The daily disposal run's activity: the rules from configuration, the work in
// records/disposal.ts. It heartbeats after each page, so a worker that dies mid-run is
// noticed in a minute and the retry carries on where the disposal log says it stopped.
import { Context } from '@temporalio/activity';
import { ConfigError } from '../config/config-error';
import type { IsoDate } from '../domain/calendar/dates';
import {
  DEFAULT_DISPOSAL_RULES,
  parseDisposalRules,
  type DisposalRules,
  type DisposalRun,
} from '../domain/disposal';
import { disposeDueRecords } from '../records/disposal';
import type { RecordsDb } from '../records/open-records';

/** FOI_DISPOSAL_RULES, e.g. `3:destroy` or `3:destroy,eir=6:anonymise`; default 3:destroy. */
export function loadDisposalRules(env: NodeJS.ProcessEnv = process.env): DisposalRules {
  const raw = env.FOI_DISPOSAL_RULES?.trim();
  if (!raw) return DEFAULT_DISPOSAL_RULES;
  const parsed = parseDisposalRules(raw);
  if ('error' in parsed) throw new ConfigError(`FOI_DISPOSAL_RULES: ${parsed.error}`);
  return parsed;
}

export function createDisposalActivities(db: RecordsDb, rules: DisposalRules) {
  return {
    async disposeDueRecords(today: IsoDate): Promise<DisposalRun> {
      const run = await disposeDueRecords(db, rules, today, (sofar) => Context.current().heartbeat(sofar));
      if (run.disposed > 0)
        Context.current().log.info(
          `records disposal ${today}: ${run.disposed} disposed of (${run.sample.join(', ')}${run.disposed > run.sample.length ? ', …' : ''}); ${run.kept} kept`,
        );
      return run;
    },
  };
}
export type DisposalActivities = ReturnType<typeof createDisposalActivities>;
