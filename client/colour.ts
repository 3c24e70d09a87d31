// Terminal colour for the RAG column, only when writing to a terminal and NO_COLOR is unset
// (https://no-color.org); piped output and tests get plain text.
export type Rag = 'red' | 'amber' | 'green';

const CODES: Record<Rag, string> = { red: '\x1b[31m', amber: '\x1b[33m', green: '\x1b[32m' };

export function useColour(
  stream: NodeJS.WriteStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return Boolean(stream.isTTY) && env.NO_COLOR === undefined;
}

export const paint =
  (rag: Rag, enabled: boolean) =>
  (s: string): string =>
    enabled ? `${CODES[rag]}${s}\x1b[0m` : s;
