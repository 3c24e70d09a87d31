// How many records a listing asks for a page (FOI_PAGE_SIZE): the server's usual maximum
// by default; small values exist so tests can make a listing span several pages.
import { UsageError } from './errors';

export const PAGE_SIZE_VARIABLE = 'FOI_PAGE_SIZE';
/** Records a page: the most a Temporal server returns by default (visibilityMaxPageSize). */
export const DEFAULT_PAGE_SIZE = 1000;
const MAX_PAGE_SIZE = 10_000;

/** The page size from the environment (FOI_PAGE_SIZE), checked before anything is sent. */
export function pageSizeFrom(env: NodeJS.ProcessEnv = process.env): number {
  const given = env[PAGE_SIZE_VARIABLE]?.trim();
  if (!given) return DEFAULT_PAGE_SIZE;
  const n = Number(given);
  if (!/^\d+$/.test(given) || n < 1 || n > MAX_PAGE_SIZE) {
    throw new UsageError(
      `${PAGE_SIZE_VARIABLE}: expected a whole number of records from 1 to ${MAX_PAGE_SIZE}, got "${given}"`,
    );
  }
  return n;
}
