// The one error a bad setting raises, wherever it is read (Temporal, mail, worker, records,
// web): entry points catch it, print its one line and exit 2.
import type { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A value quoted in an error message, cut to a length a person can read (an error about a
 * 10,000-character input should not print it back in full), its control characters shown
 * as escapes (a terminal escape typed in is not played back to the terminal). */
export function quoted(value: string, max = 80): string {
  const safe = (s: string) =>
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return value.length <= max
    ? `"${safe(value)}"`
    : `"${safe(value.slice(0, max))}…" (${value.length} characters)`;
}

/** One line naming the first bad variable: what a person needs to fix it. */
export function describeZodIssue(issue: z.core.$ZodIssue, env: NodeJS.ProcessEnv): string {
  const name = String(issue.path[0] ?? '');
  const got = env[name];
  return `${name}: ${issue.message}${got === undefined ? '' : `, got ${quoted(got)}`}`;
}
