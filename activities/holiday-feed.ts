// The daily fetch of the official bank-holiday feed (GOV.UK's bank-holidays.json, or the
// URL configured): validated, and its new days imported into the store's table at once
// (with the import's safety checks). A day it cancels or moves is never applied by itself
// but reported, for a person to confirm with `foi holidays import --confirm`; the other
// days of that part of the UK and year wait with it, so a moved holiday is never half
// applied (the new day added while the old one still counts).
import { Context } from '@temporalio/activity';
import {
  mergeFeed,
  MAX_IMPORT_BYTES,
  parseHolidayFeed,
  PROCLAMATIONS,
  type FeedEvent,
} from '../domain/calendar';
import { lastFeedCheck, saveFeedCheck, type FeedOutcome } from '../records/holiday-feed-checks';
import { changeLines, importHolidays, ImportInputError } from '../records/holiday-import';
import { currentHolidays, latestHolidayVersion } from '../records/holiday-tables';
import type { RecordsDb } from '../records/open-records';

export interface FeedFetchResult {
  outcome: FeedOutcome;
  /** The table version in force after the fetch. */
  version: number;
  added: string[];
  /** What a person must confirm. */
  pending: string[];
  /** Why the fetch failed (the next day's fetch tries again). */
  error?: string;
  /** True when `pending` says something the last successful check did not: worth an email. */
  newlyPending: boolean;
}

const FETCH_TIMEOUT_MS = 30_000;
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const divisionYear = (division: string, date: string) => `${division} ${date.slice(0, 4)}`;

async function download(url: string): Promise<FeedEvent[]> {
  const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!res.ok) throw new Error(`${url} answered ${res.status} ${res.statusText}`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_IMPORT_BYTES)
    throw new Error(`${url} sends ${length} bytes, more than ${MAX_IMPORT_BYTES}`);
  const text = await res.text();
  if (text.length > MAX_IMPORT_BYTES) throw new Error(`${url} sent more than ${MAX_IMPORT_BYTES} bytes`);
  return parseHolidayFeed(JSON.parse(text));
}

type Found = Omit<FeedFetchResult, 'newlyPending' | 'version'>;

/** What the feed would change: the days that can go in now, and the lines a person must confirm. */
async function sortOut(db: RecordsDb, events: FeedEvent[], url: string) {
  const { proclamations } = await currentHolidays(db, PROCLAMATIONS);
  const full = mergeFeed(proclamations, events, { source: url });
  const held = new Set(full.cancelled.flatMap((c) => c.divisions.map((d) => divisionYear(d, c.date))));
  const heldBack = full.added.filter((a) => a.divisions.some((d) => held.has(divisionYear(d, a.date))));
  const pending = changeLines({ ...full, added: heldBack, confirmedThroughYear: { before: 0, after: 0 } });
  return { pending, free: events.filter((e) => !held.has(divisionYear(e.division, e.date))) };
}

async function check(db: RecordsDb, url: string): Promise<Found> {
  let events: FeedEvent[];
  try {
    events = await download(url);
  } catch (err) {
    return { outcome: 'failed', added: [], pending: [], error: `fetch failed: ${message(err)}` };
  }
  let sorted: Awaited<ReturnType<typeof sortOut>>;
  try {
    sorted = await sortOut(db, events, url);
  } catch (err) {
    return {
      outcome: 'needs-a-person',
      added: [],
      pending: [`the feed does not reconcile with the table: ${message(err)}`],
    };
  }
  const { pending, free } = sorted;
  if (free.length === 0)
    return { outcome: pending.length ? 'needs-a-person' : 'nothing-new', added: [], pending };
  const by = 'the daily bank holiday feed fetch';
  const imported = await importHolidays(db, free, { source: url, by, addOnly: true }).catch(
    (err: unknown) => {
      if (err instanceof ImportInputError) return { kind: 'invalid' as const, reason: err.message };
      throw err;
    },
  );
  if (imported.kind === 'imported') return { outcome: 'imported', added: imported.lines, pending };
  if (imported.kind === 'invalid')
    return { outcome: 'needs-a-person', added: [], pending: [...pending, imported.reason] };
  if (imported.kind === 'needs-force' || imported.kind === 'refused') {
    const why = imported.kind === 'needs-force' ? imported.check.needsForce : imported.check.refused;
    return { outcome: 'needs-a-person', added: [], pending: [...why, ...pending] };
  }
  // Nothing new, or another import landed meanwhile (tomorrow's fetch tries again).
  return { outcome: pending.length ? 'needs-a-person' : 'nothing-new', added: [], pending };
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
      const found = await check(db, input.url);
      const version = await latestHolidayVersion(db);
      await saveFeedCheck(db, {
        checkedAt: input.checkedAt,
        url: input.url,
        outcome: found.outcome,
        importedVersion: found.outcome === 'imported' ? version : undefined,
        pending: found.pending,
        error: found.error,
      });
      if (found.error) log.warn(`bank holiday feed ${input.url}: ${found.error}`);
      if (found.pending.length > 0)
        log.warn(`bank holiday feed ${input.url}: to confirm: ${found.pending.join('; ')}`);
      if (found.outcome === 'imported')
        log.info(`bank holiday feed ${input.url}: imported version ${version}: ${found.added.join('; ')}`);
      const newlyPending = found.pending.some((p) => !previous?.pending.includes(p));
      return { ...found, version, newlyPending };
    },
  };
}
export type HolidayFeedActivities = ReturnType<typeof createHolidayFeedActivities>;
