// The `foi` command: one program for officers and managers. Each subcommand lives in
// client/commands/ and registers itself here.
import { Command, CommanderError } from 'commander';
import { registerDueCommand } from './commands/due';
import { registerHolidaysCommand } from './commands/holidays';
import { registerCasework } from './commands/casework';
import { registerDrafts } from './commands/drafts';
import { registerCorrections } from './commands/corrections';
import { registerEnding } from './commands/ending';
import { registerList } from './commands/list';
import { registerOpen } from './commands/open';
import { registerRecords } from './commands/records';
import { registerRegulator } from './commands/regulator';
import { registerSchoolTerms } from './commands/school-terms';
import { registerReview } from './commands/review';
import { registerStats } from './commands/stats';
import { registerStatus } from './commands/status';
import { CliError } from './errors';
import { EXIT_CODES_HELP } from './options';

export function buildProgram(): Command {
  const program = new Command('foi')
    .description('Freedom of Information requests on time: deadlines, cases, lists and statistics')
    .exitOverride()
    .configureOutput({
      outputError: (str, write) => write(`foi: ${str.split('\n')[0]!.replace(/^error: /, '')}\n`),
    });
  program.addHelpText('after', EXIT_CODES_HELP);
  registerDueCommand(program);
  registerHolidaysCommand(program);
  registerSchoolTerms(program);
  registerOpen(program);
  registerCasework(program);
  registerDrafts(program);
  registerReview(program);
  registerRegulator(program);
  registerEnding(program);
  registerCorrections(program);
  registerStatus(program);
  registerList(program);
  registerStats(program);
  registerRecords(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
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
