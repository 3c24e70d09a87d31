// The activities this worker hosts, built from validated configuration.
import { createDisposalActivities } from '../activities/disposal';
import { createEmailActivities, type EmailConfig } from '../activities/email';
import { createHolidayFeedActivities } from '../activities/holiday-feed';
import { createHolidayActivities } from '../activities/holidays';
import { createRefreshActivities, type StartRefresh } from '../activities/holidays-refresh';
import { createRecordsActivities, requesterLookup, sentEmailLog } from '../activities/records';
import { createSchoolTermActivities } from '../activities/school-terms';
import { DEFAULT_DISPOSAL_RULES, type DisposalRules } from '../domain/disposal';
import type { RecordsDb } from '../records/open-records';

export function createActivities(
  email: EmailConfig,
  records: RecordsDb,
  disposalRules: DisposalRules = DEFAULT_DISPOSAL_RULES,
  startRefresh?: StartRefresh,
) {
  return {
    ...createDisposalActivities(records, disposalRules),
    ...createEmailActivities(email, requesterLookup(records), sentEmailLog(records)),
    ...createRecordsActivities(records),
    ...createHolidayActivities(records),
    ...createSchoolTermActivities(records),
    ...createHolidayFeedActivities(records),
    ...(startRefresh ? createRefreshActivities(startRefresh) : {}),
  };
}
