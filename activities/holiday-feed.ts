// The daily fetch of the official bank-holiday feed (GOV.UK's bank-holidays.json, or the
// URL configured): validated, and its new days imported into the store's table at once
// (add-only, with the import's safety checks); a day it cancels or moves is never applied
// by itself but reported, for a person to confirm with `foi holidays import --confirm`.
import { Context } from '@temporalio/activity';
import {
  mergeFeed,
  MAX_IMPORT_BYTES,
  parseHolidayFeed,
  PROCLAMATIONS,
  type FeedEvent,
} from '../domain/calendar';
import { lastFeedCheck, saveFeedCheck, type FeedOutcome } from '../records/holiday-feed-checks';
import { changeLines, importHolidays } from '../records/holiday-import';
import { currentHolidays, latestHolidayVersion } from '../records/holiday-tables';
import type { RecordsDb } from '../records/open-records';

export interface FeedFetchResult {
  outcome: FeedOutcome;
  /** The table version in force after the fetch. */
  version: number;
  added: string[];
  /** What a person must confirm (or why the fetch failed). */
  pending: string[];
  /** True when `pending` says something the last check did not: worth an email. */
  newlyPending: boolean;
}

const FETCH_TIMEOUT_MS = 30_000;

async function download(url: string): Promise<FeedEvent[]> {
  const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!res.ok) throw new Error(`${url} answered ${res.status} ${res.statusText}`);
  const text = await res.text();
  if (text.length > MAX_IMPORT_BYTES) throw new Error(`${url} sent more than ${MAX_IMPORT_BYTES} bytes`);
  return parseHolidayFeed(JSON.parse(text));
}

/** Cancellations and moves the whole feed implies, which add-only importing leaves alone. */
async function unconfirmedChanges(db: RecordsDb, events: FeedEvent[], url: string): Promise<string[]> {
  const { proclamations } = await currentHolidays(db, PROCLAMATIONS);
  try {
    const full = mergeFeed(proclamations, events, { source: url });
    return changeLines({ ...full, added: [], confirmedThroughYear: { before: 0, after: 0 } });
  } catch (err) {
    return [`the feed does not reconcile with the table: ${(err as Error).message}`];
  }
}

export function createHolidayFeedActivities(db: RecordsDb) {
  return {
    /** The table version in force (the workflow compares it before and after a fetch). */
    async holidayTableVersion(): Promise<number> {
      return (await currentHolidays(db, PROCLAMATIONS)).version;
    },

    async fetchHolidayFeed(input: { url: string; checkedAt: string }): Promise<FeedFetchResult> {
      const log = Context.current().log;
      const previous = await lastFeedCheck(db, input.checkedAt);
      const finish = async (
        r: Omit<FeedFetchResult, 'newlyPending' | 'version'>,
      ): Promise<FeedFetchResult> => {
        const version = await latestHolidayVersion(db);
        await saveFeedCheck(db, {
          checkedAt: input.checkedAt,
          url: input.url,
          outcome: r.outcome,
          importedVersion: r.outcome === 'imported' ? version : undefined,
          pending: r.pending,
        });
        const newlyPending = r.pending.some((p) => !previous?.pending.includes(p));
        if (r.pending.length > 0)
          log.warn(`bank holiday feed ${input.url}: ${r.outcome}: ${r.pending.join('; ')}`);
        return { ...r, version, newlyPending };
      };
      let events: FeedEvent[];
      try {
        events = await download(input.url);
      } catch (err) {
        return finish({ outcome: 'failed', added: [], pending: [`fetch failed: ${(err as Error).message}`] });
      }
      const pending = await unconfirmedChanges(db, events, input.url);
      const imported = await importHolidays(db, events, {
        source: input.url,
        by: 'the daily bank holiday feed fetch',
        addOnly: true,
      });
      if (imported.kind === 'imported') {
        log.info(
          `bank holiday feed ${input.url}: imported version ${imported.version}: ${imported.lines.join('; ')}`,
        );
        return finish({ outcome: 'imported', added: imported.lines, pending });
      }
      if (imported.kind === 'needs-force' || imported.kind === 'refused')
        return finish({
          outcome: 'needs-a-person',
          added: [],
          pending: [
            ...(imported.kind === 'needs-force' ? imported.check.needsForce : imported.check.refused),
            ...pending,
          ],
        });
      // nothing new, or another import landed meanwhile (the next fetch tries again)
      return finish({ outcome: pending.length ? 'needs-a-person' : 'nothing-new', added: [], pending });
    },
  };
}
export type HolidayFeedActivities = ReturnType<typeof createHolidayFeedActivities>;
