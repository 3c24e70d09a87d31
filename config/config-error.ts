// The one error a bad setting raises, wherever it is read (Temporal, mail, worker, records,
// web): entry points catch it, print its one line and exit 2.
import type { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** One line naming the first bad variable: what a person needs to fix it. */
export function describeZodIssue(issue: z.core.$ZodIssue, env: NodeJS.ProcessEnv): string {
  const name = String(issue.path[0] ?? '');
  const got = env[name];
  return `${name}: ${issue.message}${got === undefined ? '' : `, got "${got}"`}`;
}
