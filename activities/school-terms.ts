// A school's term dates enter a case through this activity's result (as the holiday table
// does, activities/holidays.ts): the workflow never reads the store, and a history replays
// with the terms it was given. Null when none were imported: the case counts 20 working days.
import type { SchoolTerms } from '../domain/calendar/school-terms';
import type { RecordsDb } from '../records/open-records';
import { currentSchoolTerms } from '../records/school-terms';

export function createSchoolTermActivities(db: RecordsDb) {
  return {
    async loadSchoolTerms(): Promise<SchoolTerms | null> {
      const current = await currentSchoolTerms(db);
      return current ? { version: current.version, terms: current.terms } : null;
    },
  };
}
export type SchoolTermActivities = ReturnType<typeof createSchoolTermActivities>;
