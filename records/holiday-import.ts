// Importing a holiday list (GOV.UK format) into the store's table: merged with the version
// in force, checked (domain/calendar/import-safety.ts), and written as a new version only
// when it changes something and passes, or a person forced it with a reason. Shared by
// `foi holidays import` and the daily feed fetch, which never forces.
import {
  checkImport,
  divisionLabel,
  mergeFeed,
  MAX_IMPORT_EVENTS,
  PROCLAMATIONS,
  type FeedEvent,
  type ImportCheck,
  type MergeResult,
} from '../domain/calendar';
import { currentHolidays, saveHolidayVersion } from './holiday-tables';
import type { RecordsDb } from './open-records';

export interface ImportRequest {
  source: string;
  by: string;
  addOnly?: boolean;
  force?: boolean;
  reason?: string;
}

export type ImportOutcome =
  | { kind: 'nothing-new'; version: number }
  | { kind: 'refused'; version: number; check: ImportCheck; lines: string[] }
  | { kind: 'needs-force'; version: number; check: ImportCheck; lines: string[] }
  | { kind: 'conflict'; version: number }
  | { kind: 'imported'; version: number; from: number; lines: string[]; result: MergeResult };

export class ImportInputError extends Error {
  override name = 'ImportInputError';
}

/** One line per change, as people read them. */
export function changeLines(result: MergeResult): string[] {
  const names = (ds: readonly Parameters<typeof divisionLabel>[0][]) => ds.map(divisionLabel).join(', ');
  const lines = result.added.map(
    (a) => `added      ${a.date}  ${a.title}${a.notes ? ` (${a.notes})` : ''}: ${names(a.divisions)}`,
  );
  for (const c of result.cancelled) lines.push(`cancelled  ${c.date}  ${c.reason}: ${names(c.divisions)}`);
  const { before, after } = result.confirmedThroughYear;
  if (after !== before) lines.push(`confirmed through ${after} (was ${before})`);
  return lines;
}

export async function importHolidays(
  db: RecordsDb,
  events: readonly FeedEvent[],
  req: ImportRequest,
): Promise<ImportOutcome> {
  if (events.length === 0) throw new ImportInputError(`${req.source} lists no holidays`);
  if (events.length > MAX_IMPORT_EVENTS)
    throw new ImportInputError(
      `${req.source} lists ${events.length} holidays, more than the ${MAX_IMPORT_EVENTS} any real list has`,
    );
  if (req.force && !req.reason?.trim())
    throw new ImportInputError('--force needs --reason: the reason is kept with the table');
  const current = await currentHolidays(db, PROCLAMATIONS);
  let result: MergeResult;
  try {
    result = mergeFeed(current.proclamations, events, { source: req.source, addOnly: req.addOnly });
  } catch (err) {
    throw new ImportInputError((err as Error).message);
  }
  const lines = changeLines(result);
  if (lines.length === 0) return { kind: 'nothing-new', version: current.version };
  const check = checkImport(result);
  if (check.refused.length > 0) return { kind: 'refused', version: current.version, check, lines };
  if (check.needsForce.length > 0 && !req.force)
    return { kind: 'needs-force', version: current.version, check, lines };
  const written = await saveHolidayVersion(db, current.version, result.next, {
    by: req.by,
    source: req.source,
    reason: check.needsForce.length > 0 ? req.reason : undefined,
    summary: lines.map((l) => l.replace(/\s+/g, ' ')).join('; '),
  });
  if (written === undefined) return { kind: 'conflict', version: current.version };
  return { kind: 'imported', version: written, from: current.version, lines, result };
}
