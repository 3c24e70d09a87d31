// Every call to Temporal gets a deadline, so a missing worker or a stalled server is
// reported in seconds with what to check, instead of a hang. A listing gives each page
// its own deadline (pages.ts), so a long one is not cut short.
import type { Session } from './connect';
import { explainTemporalError } from './temporal-errors';

export const CALL_SECONDS = 20;

export async function withDeadline<T>(
  s: Session,
  fn: () => Promise<T>,
  seconds: number = CALL_SECONDS,
): Promise<T> {
  try {
    return await s.client.withDeadline(Date.now() + seconds * 1000, fn);
  } catch (err) {
    throw explainTemporalError(err, s.config, seconds);
  }
}
