// `foi list` options, checked: each becomes one clause of a visibility query.
import { z } from 'zod';
import { PHASES } from '../domain/lifecycle/phases';
import { REGIME_IDS } from '../domain/regimes';
import { emailAddress, isoDate } from '../domain/schemas';
import { UsageError } from './errors';
import { readOptions, type OptionSpec } from './option-spec';
import { parseCount } from './parsers';
import { phaseNamed, regimeNamed } from './typed-names';

/** The options as commander stores them (the keys of LIST_OPTIONS). */
export interface ListOptions {
  overdue?: boolean;
  dueWithin?: string;
  officer?: string;
  phase?: string[];
  regime?: string;
  receivedFrom?: string;
  receivedTo?: string;
  all?: boolean;
}

export const LIST_OPTIONS: OptionSpec[] = [
  { flags: '--overdue', description: 'only cases past their deadline' },
  {
    flags: '--due-within <n>',
    description: 'only cases due within N working days (from today, not yet overdue)',
    parse: (v) => parseCount('--due-within', String(v)),
  },
  { flags: '--officer <email>', description: 'only cases of this case officer' },
  {
    flags: '--phase <phase>',
    description: 'only cases in this phase (repeat for several), e.g. in_progress or "in progress"',
    field: 'phases',
    repeatable: true,
    parse: (v) => (v as string[]).map(phaseNamed),
  },
  {
    flags: '--regime <id>',
    description: 'only cases under this regime, by id or title (its calendar counts --due-within)',
    parse: (v) => regimeNamed(String(v)),
  },
  { flags: '--received-from <date>', description: 'only cases received on or after this date' },
  { flags: '--received-to <date>', description: 'only cases received on or before this date' },
  { flags: '--all', description: 'include cases that have ended' },
];

const schema = z.object({
  overdue: z.boolean().default(false),
  dueWithin: z.number().int().min(0).optional(),
  officer: emailAddress.optional(),
  phases: z.array(z.enum(PHASES)).default([]),
  regime: z.enum(REGIME_IDS).optional(),
  receivedFrom: isoDate.optional(),
  receivedTo: isoDate.optional(),
  all: z.boolean().default(false),
});
export type ListFilters = z.infer<typeof schema>;

export function parseListOptions(o: ListOptions): ListFilters {
  const filters = readOptions(schema, LIST_OPTIONS, o);
  if (filters.overdue && filters.dueWithin !== undefined) {
    throw new UsageError(
      '--overdue and --due-within: choose one (overdue cases are listed first by default)',
    );
  }
  if (filters.receivedFrom && filters.receivedTo && filters.receivedFrom > filters.receivedTo) {
    throw new UsageError(
      `--received-from ${filters.receivedFrom} is after --received-to ${filters.receivedTo}`,
    );
  }
  return filters;
}
