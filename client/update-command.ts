// One subcommand per workflow command, all built the same way: options → payload,
// validated with the command's own zod schema (exit 2, nothing sent), then the case's
// Update, which answers with the new status or the rule's reason for refusing (exit 1).
import type { Command } from 'commander';
import { commandSchemas, type CommandType } from '../domain/lifecycle/commands';
import type { CommandPayload } from '../workflows/definitions';
import { sendCommand } from './case-calls';
import { withSession } from './connect';
import { parseInput, type FlagNames } from './input-error';
import { parseReference } from './reference';
import { addByOption, addOnOption, collect, withExitCodes } from './options';
import { formatAccepted } from './status-format';
import { whoIsActing } from './who';

export interface OptionSpec {
  /** Commander flags, e.g. '--reason <text>'. */
  flags: string;
  description: string;
  /** The payload field it fills; default: the option's camel-case name. */
  field?: string;
  repeatable?: boolean;
  /** Turns the typed value into the field's value; throw UsageError on nonsense. */
  parse?: (value: unknown) => unknown;
}

export interface UpdateCommandSpec {
  name: string;
  type: CommandType;
  summary: string;
  /** What --on means for this command. */
  on?: string;
  options?: OptionSpec[];
}

const camel = (flag: string): string =>
  flag
    .replace(/^--/, '')
    .replace(/ .*$/, '')
    .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function registerUpdateCommand(program: Command, spec: UpdateCommandSpec): Command {
  const options = spec.options ?? [];
  const cmd = program
    .command(spec.name)
    .description(spec.summary)
    .argument('<reference>', 'the case reference, e.g. FOI2018/02892');
  for (const o of options) {
    if (o.repeatable) cmd.option(o.flags, o.description, collect);
    else cmd.option(o.flags, o.description);
  }
  addOnOption(cmd, spec.on);
  addByOption(cmd);
  cmd.option('--json', 'print the new status as JSON');
  withExitCodes(cmd);

  const flags: FlagNames = { on: '--on', by: '--by' };
  for (const o of options) flags[o.field ?? camel(o.flags)] = o.flags.replace(/ .*$/, '');

  cmd.action(async (ref: string, opts: Record<string, unknown>) => {
    const reference = parseReference(ref);
    const input: Record<string, unknown> = {
      type: spec.type,
      by: whoIsActing(opts.by as string | undefined),
      on: opts.on,
    };
    for (const o of options) {
      const raw = opts[camel(o.flags)];
      input[o.field ?? camel(o.flags)] = raw !== undefined && o.parse ? o.parse(raw) : raw;
    }
    const { type: _type, ...payload } = parseInput(commandSchemas[spec.type], input, flags) as {
      type: string;
    };
    const status = await withSession((s) =>
      sendCommand(s, reference, spec.type, payload as unknown as CommandPayload<typeof spec.type>),
    );
    process.stdout.write(`${opts.json ? JSON.stringify(status, null, 2) : formatAccepted(status)}\n`);
  });
  return cmd;
}
