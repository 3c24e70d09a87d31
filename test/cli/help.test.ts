// `--help` on every subcommand: exit 0, usage, and for the case commands the exit codes.
import { buildProgram, COMMAND_GROUPS, COMMAND_NAMES, main } from '../../client/cli';

const names = [...COMMAND_NAMES];
const OTHERS = new Set(['due', 'holidays', 'records', 'school-terms']); // command groups, documented there

async function help(name: string): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await main([name, '--help']), out };
  } finally {
    spy.mockRestore();
  }
}

test('every command of the issue is there', () => {
  for (const name of [
    'open',
    'assign',
    'clarify',
    'clarified',
    'fee',
    'paid',
    'extend',
    'submit',
    'approve',
    'return',
    'respond',
    'review-request',
    'review-extend',
    'review-complete',
    'ico-complaint',
    'ico-submission',
    'ico-decision',
    'complied',
    'appeal',
    'withdraw',
    'close',
    'status',
    'list',
    'stats',
  ]) {
    expect(names).toContain(name);
  }
});

test.each(names.filter((n) => !OTHERS.has(n)))('foi %s --help', async (name) => {
  const { code, out } = await help(name);
  expect(code).toBe(0);
  expect(out).toContain(`Usage: foi ${name} [options]`);
  expect(out).toContain('Exit codes: 0 done; 2 bad input (nothing was sent or changed); 1 anything else');
});

// A run loads only the group it names (a fast start), so the list of names must be right.
test('each group of commands registers exactly the names the CLI loads it for', () => {
  for (const group of COMMAND_GROUPS) {
    const program = buildProgram([group.names[0]!]);
    expect(program.commands.map((c) => c.name())).toEqual(group.names);
  }
  const all = buildProgram(['--help']);
  expect(all.commands.map((c) => c.name())).toEqual(COMMAND_NAMES);
  expect(new Set(COMMAND_NAMES).size).toBe(COMMAND_NAMES.length);
});
