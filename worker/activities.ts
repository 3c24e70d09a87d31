// The activities this worker hosts, built from validated configuration.
import { createEmailActivities, type EmailConfig } from '../activities/email';
import { loadHolidayTable } from '../activities/holidays';
import { createRecordsActivities, requesterLookup } from '../activities/records';
import type { RecordsDb } from '../records/open-records';

export function createActivities(email: EmailConfig, records: RecordsDb) {
  return {
    ...createEmailActivities(email, requesterLookup(records)),
    ...createRecordsActivities(records),
    loadHolidayTable,
  };
}
