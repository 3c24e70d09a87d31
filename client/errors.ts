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

/** Runs `f`; an error it throws (the domain refusing a value) becomes bad input, exit 2. */
export function asUsage<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw err instanceof CliError ? err : new UsageError((err as Error).message);
  }
}

/** No workflow has this reference (it may never have existed, or Temporal's retention removed it). */
export class CaseNotFoundError extends CliError {
  /** `near`: references that exist and look like it (a typing mistake), for "did you mean". */
  constructor(
    readonly reference: string,
    near: readonly string[] = [],
  ) {
    const guess = near.length
      ? `; did you mean ${near.slice(0, -1).join(', ')}${near.length > 1 ? ' or ' : ''}${near.at(-1)}?`
      : '';
    super(`no case ${reference}${guess}`);
    this.name = 'CaseNotFoundError';
  }
}
