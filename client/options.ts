// Options shared by several subcommands, and the help every subcommand ends with.
import type { Command } from 'commander';

/** For repeatable options: `--exemption a --exemption b` → ['a', 'b']. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const EXIT_CODES_HELP = `
Exit codes: 0 done; 2 bad input (nothing was sent or changed); 1 anything else:
Temporal unreachable, no such case, or the command rejected by the rules of the case.

Connection: TEMPORAL_ADDRESS (default localhost:7233), TEMPORAL_NAMESPACE (default foi),
TEMPORAL_TASK_QUEUE (default foi-requests), TEMPORAL_API_KEY or TEMPORAL_TLS_CERT /
TEMPORAL_TLS_KEY / TEMPORAL_TLS_CA for a hosted Temporal.`;

export const PAGING_HELP = `
Long listings are read a page at a time, each page with its own deadline:
FOI_PAGE_SIZE sets the records a page (default 1000).`;

export function withExitCodes(cmd: Command): Command {
  return cmd.addHelpText('after', EXIT_CODES_HELP);
}

export function addByOption(cmd: Command): Command {
  return cmd.option('--by <name>', 'who is recording this (default: $FOI_USER, else your user name)');
}

export function addOnOption(cmd: Command, what = 'the day it happened'): Command {
  return cmd.option('--on <date>', `${what}, YYYY-MM-DD (default: today, London)`);
}
