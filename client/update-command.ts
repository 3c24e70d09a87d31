// One subcommand per workflow command, all built the same way: declared options
// (option-spec.ts) → payload, validated with the command's own zod schema (exit 2, nothing sent), then the case's
// Update, which answers with the new status or the rule's reason for refusing (exit 1).
import type { Command } from 'commander';
import { commandSchemas, type CommandType } from '../domain/lifecycle/commands';
import type { CommandPayload } from '../workflows/definitions';
import { sendCommand } from './case-calls';
import { withSession } from './connect';
import { addOptions, readOptions, type OptionSpec } from './option-spec';
import { parseReference, withKnownReference } from './reference';
import { addByOption, addOnOption, withExitCodes } from './options';
import { formatAccepted } from './status-format';
import { futureDateProblem } from '../domain/lifecycle/future-date';
import { UsageError } from './errors';
import { londonToday } from './today';
import { whoIsActing } from './who';

export interface UpdateCommandSpec {
  name: string;
  type: CommandType;
  summary: string;
  /** What --on means for this command. */
  on?: string;
  options?: OptionSpec[];
}

export function registerUpdateCommand(program: Command, spec: UpdateCommandSpec): Command {
  const options = spec.options ?? [];
  const cmd = program
    .command(spec.name)
    .description(spec.summary)
    .argument('<reference>', 'the case reference, e.g. FOI2018/02892');
  addOptions(cmd, options);
  addOnOption(cmd, spec.on);
  addByOption(cmd);
  cmd.option('--json', 'print the new status as JSON');
  withExitCodes(cmd);

  cmd.action(async (ref: string, opts: Record<string, unknown>) => {
    const reference = parseReference(ref);
    const fixed = { type: spec.type, by: whoIsActing(opts.by as string | undefined), on: opts.on };
    const { type: _type, ...payload } = readOptions(commandSchemas[spec.type], options, opts, fixed, {
      on: '--on',
      by: '--by',
    }) as { type: string };
    // A date after today is a mistake in what was typed (bad input, exit 2), not a rule of
    // the case; the workflow refuses it too, for callers other than this command.
    const on = (payload as { on?: string }).on;
    const future = on ? futureDateProblem(on, londonToday()) : undefined;
    if (future) throw new UsageError(`--on: ${future}`);
    const status = await withKnownReference(reference, (known) =>
      withSession((s) =>
        sendCommand(s, known, spec.type, payload as unknown as CommandPayload<typeof spec.type>),
      ),
    );
    process.stdout.write(`${opts.json ? JSON.stringify(status, null, 2) : formatAccepted(status)}\n`);
  });
  return cmd;
}
