// The Temporal client library, loaded on first use: it takes about 270 ms to load, and
// commands that never talk to Temporal (foi due, foi holidays list, --help) should start
// without it. Modules import its types freely (`import type` loads nothing) and reach its
// values through sdk().
import type * as TemporalClient from '@temporalio/client';

let loaded: typeof TemporalClient | undefined;

export function sdk(): typeof TemporalClient {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy
  return (loaded ??= require('@temporalio/client') as typeof TemporalClient);
}
