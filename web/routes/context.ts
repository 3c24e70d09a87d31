// What every route needs: the Temporal session (one connection for the process), the
// records store, the settings, and "today" in London.
import type { Session } from '../../client/connect';
import type { RecordsDb } from '../../records/open-records';
import type { WebConfig } from '../config';

export interface RouteDeps {
  temporal: Session;
  /** The authority's record: summaries, statistics and the CSV come from here. */
  records: RecordsDb;
  config: WebConfig;
  /** London's date now; the tests and the bench may fix it. */
  today: () => string;
}
