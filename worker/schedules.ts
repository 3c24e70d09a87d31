// The Temporal Schedules the worker keeps: the daily records disposal, and (when a feed URL
// is configured) the daily bank holiday feed fetch. Created at start-up when absent,
// visible in the Temporal UI under Schedules; an existing one is left as it is, so an
// administrator may pause it or change its time there.
import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { ConfigError } from '../config/config-error';

export const DISPOSAL_SCHEDULE_ID = 'foi-records-disposal';
export const HOLIDAY_FEED_SCHEDULE_ID = 'foi-holiday-feed';

export interface WantedSchedule {
  id: string;
  workflowType: string;
  args: unknown[];
  /** London time of day. */
  hour: number;
  minute: number;
  purpose: string;
}

/** FOI_DISPOSAL_SCHEDULE (on/off, default on) and FOI_HOLIDAY_FEED_URL (off when empty). */
export function wantedSchedules(env: NodeJS.ProcessEnv = process.env): WantedSchedule[] {
  const disposal = env.FOI_DISPOSAL_SCHEDULE?.trim().toLowerCase() || 'on';
  if (disposal !== 'on' && disposal !== 'off')
    throw new ConfigError(`FOI_DISPOSAL_SCHEDULE: expected on or off, got "${disposal}"`);
  const feed = env.FOI_HOLIDAY_FEED_URL?.trim();
  if (feed && !/^https?:\/\/[^\s/]+/.test(feed))
    throw new ConfigError(
      `FOI_HOLIDAY_FEED_URL: expected an http(s) URL, e.g. https://www.gov.uk/bank-holidays.json, got "${feed}"`,
    );
  return [
    ...(disposal === 'on'
      ? [
          {
            id: DISPOSAL_SCHEDULE_ID,
            workflowType: 'disposeRecords',
            args: [],
            hour: 2,
            minute: 30,
            purpose: 'Disposes of case records past their retention date (FOI_DISPOSAL_RULES).',
          },
        ]
      : []),
    ...(feed
      ? [
          {
            id: HOLIDAY_FEED_SCHEDULE_ID,
            workflowType: 'fetchHolidays',
            args: [feed],
            hour: 6,
            minute: 15,
            purpose: 'Fetches the official bank holiday feed; imports new days, reports cancellations.',
          },
        ]
      : []),
  ];
}

export async function ensureSchedule(
  connection: Connection,
  namespace: string,
  taskQueue: string,
  dataConverter: DataConverter,
  s: WantedSchedule,
): Promise<'created' | 'present'> {
  const client = new Client({ connection, namespace, dataConverter });
  try {
    await client.schedule.create({
      scheduleId: s.id,
      spec: { calendars: [{ hour: s.hour, minute: s.minute }], timezone: 'Europe/London' },
      action: {
        type: 'startWorkflow',
        workflowType: s.workflowType,
        taskQueue,
        workflowId: `${s.id}-run`,
        args: s.args,
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      memo: { purpose: s.purpose },
    });
    return 'created';
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return 'present';
    throw err;
  }
}
