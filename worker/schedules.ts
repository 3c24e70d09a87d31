// The Temporal Schedules the worker keeps: the daily records disposal, and (when a feed URL
// is configured) the daily bank holiday feed fetch. Created at start-up when absent,
// visible in the Temporal UI under Schedules. An existing one keeps its time and state (an
// administrator may pause it or move it there) but gets the current arguments, written
// under the current payload key; one no longer wanted (FOI_DISPOSAL_SCHEDULE=off, no feed
// URL) is deleted.
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

export const KNOWN_SCHEDULES = [DISPOSAL_SCHEDULE_ID, HOLIDAY_FEED_SCHEDULE_ID];

/** Makes the schedules match `wanted`; returns a line for each, for the start-up log. */
export async function keepSchedules(
  connection: Connection,
  namespace: string,
  taskQueue: string,
  dataConverter: DataConverter,
  wanted: WantedSchedule[],
): Promise<string[]> {
  const client = new Client({ connection, namespace, dataConverter });
  const create = (s: WantedSchedule) =>
    client.schedule.create({
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
  const lines: string[] = [];
  for (const s of wanted) {
    const outcome = await create(s).then(
      () => 'created',
      async (err: unknown) => {
        if (!(err instanceof ScheduleAlreadyRunning)) throw err;
        const handle = client.schedule.getHandle(s.id);
        try {
          await handle.update((prev) => ({
            ...prev,
            action: prev.action.type === 'startWorkflow' ? { ...prev.action, args: s.args } : prev.action,
          }));
          return 'kept';
        } catch {
          // Its arguments were written under a key no longer held: start it afresh.
          await handle.delete();
          await create(s);
          return 'recreated';
        }
      },
    );
    lines.push(`schedule ${s.id} (${s.workflowType}): ${outcome}`);
  }
  for (const id of KNOWN_SCHEDULES.filter((k) => !wanted.some((s) => s.id === k))) {
    const removed = await client.schedule
      .getHandle(id)
      .delete()
      .then(
        () => true,
        () => false,
      );
    if (removed) lines.push(`schedule ${id}: deleted (no longer configured)`);
  }
  return lines;
}
