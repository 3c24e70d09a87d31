// The activities this worker hosts, built from validated configuration.
import { createEmailActivities, type EmailConfig } from '../activities/email';
import { loadHolidayTable } from '../activities/holidays';

export function createActivities(email: EmailConfig) {
  return { ...createEmailActivities(email), loadHolidayTable };
}
