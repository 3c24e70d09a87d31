// Errors meant for a person at a terminal: the CLI prints the message alone (no stack)
// and exits with the code. 2 = bad input, 1 = anything else (server, rejected command).
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}
