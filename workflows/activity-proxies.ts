// The activities a case calls, with their timeouts and retries: in one place, so the
// workflow code reads as what happens, not how each call is retried.
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { EmailActivities } from '../activities/email/send';
import type { HolidayActivities } from '../activities/holidays';
import type { RecordsActivities } from '../activities/records';
import type { SchoolTermActivities } from '../activities/school-terms';
import { SEND_HEARTBEAT_TIMEOUT_SECONDS } from './activity-timeouts';

// Reference data (the holiday table, term dates): a quick read of the records store,
// retried until the store answers.
const referenceRead = {
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '5 minutes' },
} as const;

export const { loadHolidayTable } = proxyActivities<HolidayActivities>(referenceRead);
export const { loadSchoolTerms } = proxyActivities<SchoolTermActivities>(referenceRead);

// The same reads as local activities (release 2027-02): a marker event each instead of a
// round trip through the server, so opening a case or taking a new table is one workflow
// task fewer (two for a school).
export const { loadHolidayTable: loadHolidayTableLocally } =
  proxyLocalActivities<HolidayActivities>(referenceRead);
export const { loadSchoolTerms: loadSchoolTermsLocally } =
  proxyLocalActivities<SchoolTermActivities>(referenceRead);

// Transient SMTP trouble is retried with backoff for up to two days; the activity marks
// permanent failures (5xx, bad address) non-retryable so they come back at once.
// The activity heartbeats while it talks to the relay, so a worker that dies mid-send is
// noticed within the heartbeat timeout and the send retried elsewhere, not after 3 minutes.
export const { sendStaffEmail } = proxyActivities<EmailActivities>({
  startToCloseTimeout: '3 minutes', // the transport itself gives up within 2 minutes
  heartbeatTimeout: `${SEND_HEARTBEAT_TIMEOUT_SECONDS} seconds`,
  scheduleToCloseTimeout: '2 days',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
});

// The case's record, written at every change: a local activity (one marker event, no round
// trip through the server), retried until the store answers, since the record must land.
export const { recordCase } = proxyLocalActivities<RecordsActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '10 minutes' },
});
