// The `foi` command: one program for officers and managers. Each subcommand lives in
// client/commands/ and is listed here, loaded only when a run names it.
import { Command, CommanderError } from 'commander';
import { CliError } from './errors';
import { EXIT_CODES_HELP } from './options';

type Register = (program: Command) => void;

/**
 * Each group of subcommands: the names it adds and how to load it. A run loads only the
 * group it names, so `foi due` does not load the Temporal client or the records store
 * (issue 15: the CLI starts in under 400 ms); help, and a name not listed, load them all.
 * In the order `foi --help` lists them.
 */
export const COMMAND_GROUPS: ReadonlyArray<{ names: readonly string[]; load: () => Promise<Register> }> = [
  { names: ['due'], load: async () => (await import('./commands/due')).registerDueCommand },
  { names: ['holidays'], load: async () => (await import('./commands/holidays')).registerHolidaysCommand },
  {
    names: ['school-terms'],
    load: async () => (await import('./commands/school-terms')).registerSchoolTerms,
  },
  { names: ['open'], load: async () => (await import('./commands/open')).registerOpen },
  {
    names: ['assign', 'clarify', 'clarified', 'fee', 'paid', 'extend'],
    load: async () => (await import('./commands/casework')).registerCasework,
  },
  {
    names: ['submit', 'approve', 'return', 'respond'],
    load: async () => (await import('./commands/drafts')).registerDrafts,
  },
  {
    names: ['review-request', 'review-extend', 'review-complete'],
    load: async () => (await import('./commands/review')).registerReview,
  },
  {
    names: ['ico-complaint', 'ico-submission', 'ico-decision', 'complied', 'appeal'],
    load: async () => (await import('./commands/regulator')).registerRegulator,
  },
  { names: ['withdraw', 'close'], load: async () => (await import('./commands/ending')).registerEnding },
  {
    names: ['reverse', 'void'],
    load: async () => (await import('./commands/corrections')).registerCorrections,
  },
  { names: ['status'], load: async () => (await import('./commands/status')).registerStatus },
  { names: ['list'], load: async () => (await import('./commands/list')).registerList },
  { names: ['stats'], load: async () => (await import('./commands/stats')).registerStats },
  { names: ['records'], load: async () => (await import('./commands/records')).registerRecords },
];

/** Every subcommand's name, in help order. */
export const COMMAND_NAMES: readonly string[] = COMMAND_GROUPS.flatMap((g) => g.names);

/** The program with the group `argv` names, or every group when it names none of them. */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('foi')
    .description('Freedom of Information requests on time: deadlines, cases, lists and statistics')
    .exitOverride()
    .configureOutput({
      outputError: (str, write) => write(`foi: ${str.split('\n')[0]!.replace(/^error: /, '')}\n`),
    });
  program.addHelpText('after', EXIT_CODES_HELP);
  const named = COMMAND_GROUPS.find((g) => argv[0] !== undefined && g.names.includes(argv[0]));
  for (const group of named ? [named] : COMMAND_GROUPS) (await group.load())(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
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
