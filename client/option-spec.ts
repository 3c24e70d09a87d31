// The one way the CLI reads options: each command declares its options as data (flag,
// help, the field it fills, how a typed value becomes that field's value), and a zod
// schema checks the whole. So every command's bad input reads alike: exit 2, one line
// naming the option, nothing sent.
import type { Command } from 'commander';
import type { z } from 'zod';
import { parseInput, type FlagNames } from './input-error';
import { collect } from './options';

export interface OptionSpec {
  /** Commander flags, e.g. '--reason <text>'. */
  flags: string;
  description: string;
  /** The field it fills; default: the option's camel-case name. */
  field?: string;
  repeatable?: boolean;
  required?: boolean;
  /** The value when the option is not given (shown in the help). */
  default?: string | string[];
  /** Turns the typed value into the field's value; throw UsageError on nonsense. */
  parse?: (value: unknown) => unknown;
}

/** '--received-from <date>' → 'receivedFrom', the key commander stores it under. */
const keyOf = (o: OptionSpec): string =>
  o.flags
    .replace(/^--/, '')
    .replace(/ .*$/, '')
    .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const fieldOf = (o: OptionSpec): string => o.field ?? keyOf(o);

export function addOptions(cmd: Command, specs: readonly OptionSpec[]): Command {
  for (const o of specs) {
    const add = (o.required ? cmd.requiredOption : cmd.option).bind(cmd);
    if (o.repeatable) add(o.flags, o.description, collect, o.default as string[] | undefined);
    else add(o.flags, o.description, o.default as string | undefined);
  }
  return cmd;
}

/** Field → the option a person typed, for error messages. */
export function flagNames(specs: readonly OptionSpec[]): FlagNames {
  return Object.fromEntries(specs.map((o) => [fieldOf(o), o.flags.replace(/ .*$/, '')]));
}

/**
 * The options' values as the schema's output: each typed value through its `parse`, then
 * the whole, with `fixed` fields added (e.g. a command's type), through the schema.
 */
export function readOptions<S extends z.ZodType>(
  schema: S,
  specs: readonly OptionSpec[],
  typed: object,
  fixed: Record<string, unknown> = {},
  fixedFlags: FlagNames = {},
): z.output<S> {
  const opts = typed as Record<string, unknown>;
  const input: Record<string, unknown> = { ...fixed };
  for (const o of specs) {
    const raw = opts[keyOf(o)];
    input[fieldOf(o)] = raw !== undefined && o.parse ? o.parse(raw) : raw;
  }
  return parseInput(schema, input, { ...fixedFlags, ...flagNames(specs) });
}
