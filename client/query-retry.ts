// Which refused queries are worth asking again while a just-started case sets itself up.
// The client SDK reports every INVALID_ARGUMENT answer to a query as QueryNotRegisteredError:
// a handler not registered yet, the case still opening (both pass within a moment), but
// also the worker failing to replay the case at all, which asking again cannot mend.

/** Core's code for a history the workflow code cannot replay (a nondeterminism error). */
const NONDETERMINISM = '[TMPRL1100]';

/** The query failed in a way that a moment's wait may cure. */
export function mayAnswerLater(message: string): boolean {
  return !message.includes(NONDETERMINISM);
}
