// The `foi` command: one program for officers and managers. Each subcommand lives in
// client/commands/ and is listed here, loaded only when a run names it.
import { Command, CommanderError } from 'commander';
import { CliError } from './errors';
import { EXIT_CODES_HELP } from './options';

type Register = (program: Command) => void;

/**
 * Each group of subcommands: the names it adds and how to load it. A run loads only the
 * group it names, so `foi due` does not load the Temporal client
 * (issue 15: the CLI starts in under 400 ms); help, and a name not listed, load them all.
 * In the order `foi --help` lists them. require, not import(): on a stale build bin/foi.js
 * runs the sources under tsx's CommonJS hook, where import() goes to Node's ESM loader,
 * which does not find extensionless TypeScript paths.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
export const COMMAND_GROUPS: ReadonlyArray<{ names: readonly string[]; load: () => Register }> = [
  {
    names: ['due'],
    load: () => (require('./commands/due') as typeof import('./commands/due')).registerDueCommand,
  },
  {
    names: ['holidays'],
    load: () =>
      (require('./commands/holidays') as typeof import('./commands/holidays')).registerHolidaysCommand,
  },
  {
    names: ['school-terms'],
    load: () =>
      (require('./commands/school-terms') as typeof import('./commands/school-terms')).registerSchoolTerms,
  },
  {
    names: ['open'],
    load: () => (require('./commands/open') as typeof import('./commands/open')).registerOpen,
  },
  {
    names: ['assign', 'clarify', 'clarified', 'fee', 'paid', 'extend'],
    load: () => (require('./commands/casework') as typeof import('./commands/casework')).registerCasework,
  },
  {
    names: ['submit', 'approve', 'return', 'respond'],
    load: () => (require('./commands/drafts') as typeof import('./commands/drafts')).registerDrafts,
  },
  {
    names: ['review-request', 'review-extend', 'review-complete'],
    load: () => (require('./commands/review') as typeof import('./commands/review')).registerReview,
  },
  {
    names: ['ico-complaint', 'ico-submission', 'ico-decision', 'complied', 'appeal'],
    load: () => (require('./commands/regulator') as typeof import('./commands/regulator')).registerRegulator,
  },
  {
    names: ['withdraw', 'close'],
    load: () => (require('./commands/ending') as typeof import('./commands/ending')).registerEnding,
  },
  {
    names: ['reverse', 'void'],
    load: () =>
      (require('./commands/corrections') as typeof import('./commands/corrections')).registerCorrections,
  },
  {
    names: ['status'],
    load: () => (require('./commands/status') as typeof import('./commands/status')).registerStatus,
  },
  {
    names: ['list'],
    load: () => (require('./commands/list') as typeof import('./commands/list')).registerList,
  },
  {
    names: ['stats'],
    load: () => (require('./commands/stats') as typeof import('./commands/stats')).registerStats,
  },
  {
    names: ['records'],
    load: () => (require('./commands/records') as typeof import('./commands/records')).registerRecords,
  },
];
/* eslint-enable @typescript-eslint/no-require-imports */

/** Every subcommand's name, in help order. */
export const COMMAND_NAMES: readonly string[] = COMMAND_GROUPS.flatMap((g) => g.names);

/** The program with the group `argv` names, or every group when it names none of them. */
export function buildProgram(argv: readonly string[] = []): Command {
  const program = new Command('foi')
    .description('Freedom of Information requests on time: deadlines, cases, lists and statistics')
    .exitOverride()
    .configureOutput({
      outputError: (str, write) => write(`foi: ${str.split('\n')[0]!.replace(/^error: /, '')}\n`),
    });
  program.addHelpText('after', EXIT_CODES_HELP);
  const named = COMMAND_GROUPS.find((g) => argv[0] !== undefined && g.names.includes(argv[0]));
  for (const group of named ? [named] : COMMAND_GROUPS) group.load()(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram(argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes with code 2.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof CliError) {
      process.stderr.write(`foi: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`foi: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

/** Runs the CLI on this process's arguments and sets the exit code. */
export function run(): void {
  // `foi list | head`: the reader went away; stop quietly instead of printing a stack.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
