// What every route needs: the Temporal session (one connection for the process), the
// settings, and "today" in London.
import type { Session } from '../../client/connect';
import type { WebConfig } from '../config';

export interface RouteDeps {
  temporal: Session;
  config: WebConfig;
  /** London's date now; the tests and the bench may fix it. */
  today: () => string;
}
