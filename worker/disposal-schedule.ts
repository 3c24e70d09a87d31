// The records disposal run's Temporal Schedule: created by the worker at start-up when it
// is absent (visible in the Temporal UI under Schedules), daily at 02:30 London time, one
// run at a time. An existing schedule is left as it is, so an administrator may pause it
// or change its time in the UI; FOI_DISPOSAL_SCHEDULE=off stops the worker creating it.
import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { ConfigError } from '../config/config-error';

export const DISPOSAL_SCHEDULE_ID = 'foi-records-disposal';

export function disposalScheduleWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.FOI_DISPOSAL_SCHEDULE?.trim().toLowerCase() || 'on';
  if (v !== 'on' && v !== 'off')
    throw new ConfigError(`FOI_DISPOSAL_SCHEDULE: expected on or off, got "${v}"`);
  return v === 'on';
}

/** Returns what happened, for the worker's start-up line. */
export async function ensureDisposalSchedule(
  connection: Connection,
  namespace: string,
  taskQueue: string,
  dataConverter: DataConverter,
): Promise<'created' | 'present'> {
  const client = new Client({ connection, namespace, dataConverter });
  try {
    await client.schedule.create({
      scheduleId: DISPOSAL_SCHEDULE_ID,
      spec: { calendars: [{ hour: 2, minute: 30 }], timezone: 'Europe/London' },
      action: {
        type: 'startWorkflow',
        workflowType: 'disposeRecords',
        taskQueue,
        workflowId: 'foi-records-disposal-run',
        args: [],
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      memo: { purpose: 'Disposes of case records past their retention date (FOI_DISPOSAL_RULES).' },
    });
    return 'created';
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return 'present';
    throw err;
  }
}
