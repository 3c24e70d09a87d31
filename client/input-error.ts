// Turns a zod error about a payload into one line naming the option a person typed,
// e.g. `--on: expected a real date as YYYY-MM-DD (got "2018-02-30")`.
import type { z } from 'zod';
import { quoted } from '../config/config-error';
import { UsageError } from './errors';

/** Field path (dotted) → the option that fills it, e.g. { receivedOn: '--received' }. */
export type FlagNames = Record<string, string>;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export function describeInputError(error: z.ZodError, input: unknown, flags: FlagNames): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.filter((p) => typeof p === 'string').join('.');
  const name = flags[field] ?? flags[String(path[0] ?? '')] ?? (field || 'input');
  const got = valueAt(input, path);
  if (got === undefined) return `${name} is required`;
  const shown = typeof got === 'string' ? quoted(got) : quoted(JSON.stringify(got) ?? String(got));
  return `${name}: ${issue.message} (got ${shown})`;
}

/** Parses with the schema, or throws the one-line usage error (exit 2). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, flags: FlagNames): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new UsageError(describeInputError(parsed.error, input, flags));
  return parsed.data;
}
