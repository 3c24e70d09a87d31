// `foi list` options, checked: each becomes one clause of a visibility query.
import { z } from 'zod';
import { isoDate } from '../domain/lifecycle/commands';
import { PHASES } from '../domain/lifecycle/phases';
import { REGIME_IDS } from '../domain/regimes';
import { UsageError } from './errors';
import { parseInput } from './input-error';
import { parseCount } from './parsers';

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

const schema = z.object({
  overdue: z.boolean().default(false),
  dueWithin: z.number().int().min(0).optional(),
  officer: z.email().optional(),
  phases: z.array(z.enum(PHASES)).default([]),
  regime: z.enum(REGIME_IDS).optional(),
  receivedFrom: isoDate.optional(),
  receivedTo: isoDate.optional(),
  all: z.boolean().default(false),
});
export type ListFilters = z.infer<typeof schema>;

const FLAGS = {
  overdue: '--overdue',
  dueWithin: '--due-within',
  officer: '--officer',
  phases: '--phase',
  regime: '--regime',
  receivedFrom: '--received-from',
  receivedTo: '--received-to',
  all: '--all',
};

export function parseListOptions(o: ListOptions): ListFilters {
  const filters = parseInput(
    schema,
    {
      ...o,
      phases: o.phase,
      dueWithin: o.dueWithin === undefined ? undefined : parseCount('--due-within', o.dueWithin),
    },
    FLAGS,
  );
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
