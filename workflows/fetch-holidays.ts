// The daily bank holiday feed fetch, started by a Temporal Schedule when a feed URL is
// configured (worker/schedules.ts): new days are imported and reach open cases by a
// batch refresh; a cancelled or moved day waits for a person, who is told by email.
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { EmailActivities } from '../activities/email/send';
import type { FeedFetchResult, HolidayFeedActivities } from '../activities/holiday-feed';
import type { RefreshActivities } from '../activities/holidays-refresh';

const { holidayTableVersion, fetchHolidayFeed } = proxyActivities<HolidayFeedActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { maximumAttempts: 5 },
});
const { refreshOpenCases } = proxyActivities<RefreshActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '10 minutes' },
});
const { sendServiceNotice } = proxyActivities<Pick<EmailActivities, 'sendServiceNotice'>>({
  startToCloseTimeout: '3 minutes',
  retry: { maximumInterval: '30 minutes', maximumAttempts: 20 },
});

export interface HolidayFetchRun extends FeedFetchResult {
  /** The batch job that told open cases, when the table changed. */
  refreshJob?: string;
}

export async function fetchHolidays(url: string): Promise<HolidayFetchRun> {
  const before = await holidayTableVersion();
  const checkedAt = workflowInfo().startTime.toISOString();
  const result = await fetchHolidayFeed({ url, checkedAt });
  const refreshJob =
    result.version > before
      ? await refreshOpenCases(`bank holiday table version ${result.version} from ${url}`)
      : undefined;
  if (result.newlyPending)
    await sendServiceNotice({
      key: `holiday-feed-${checkedAt}`,
      subject: 'bank holiday changes to confirm',
      lines: [
        `The daily check of ${url} found changes that are not applied until a person confirms them:`,
        ...result.pending.map((p) => `  ${p}`),
        '',
        'If they are right: foi holidays import <the feed file> --confirm --reason "why"',
        'then: foi holidays refresh. `foi holidays status` shows the last check.',
      ],
    });
  return { ...result, ...(refreshJob ? { refreshJob } : {}) };
}
