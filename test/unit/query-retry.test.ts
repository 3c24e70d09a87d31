// A status query refused while a case sets itself up is asked again; one the worker cannot
// answer at all (its history does not replay) is reported at once, not after 10 s of tries.
import { mayAnswerLater } from '../../client/query-retry';

test.each([
  // The SDK's words when the query handler is not registered yet.
  ['Workflow did not register a handler for status. Registered queries: [__stack_trace]', true],
  // The case's own answer before its holiday table has arrived (case-run.ts).
  ['the case is still opening; ask again in a moment', true],
  // Either of those under the payload codec: the workflow's failure text is encrypted.
  ['Encoded failure', true],
  // Core's refusal to replay, as `foi status` printed it in CI on 27 November 2026.
  [
    '[TMPRL1100] Nondeterminism error: Non-deprecated patch marker encountered for change search-attribute-clears, but there is no corresponding change command!',
    false,
  ],
])('%s → ask again: %s', (message, again) => {
  expect(mayAnswerLater(message)).toBe(again);
});
