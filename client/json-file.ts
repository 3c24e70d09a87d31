// Reading a JSON file a person names (a holiday list, a school's term dates): a regular
// file under a size limit, parsed, or a one-line UsageError (exit 2) before anything is saved.
import fs from 'node:fs';
import { UsageError } from './errors';

export interface JsonFileLimit {
  maxBytes: number;
  /** The limit as a person reads it, e.g. '1 MB'. */
  shown: string;
  /** What a larger file cannot be, e.g. 'a holiday list'. */
  notA: string;
}

/** `what` names the file in messages, e.g. 'holiday file'. */
export function readJsonFile(file: string, what: string, limit: JsonFileLimit): unknown {
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new UsageError(`${what} ${file} is not a regular file`);
    if (stat.size > limit.maxBytes)
      throw new UsageError(`${what} ${file} is larger than ${limit.shown}: not ${limit.notA}`);
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(
      `cannot read ${what} ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${what} ${file} is not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}
