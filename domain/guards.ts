// Small input guards for code that runs inside the workflow sandbox, where zod is too heavy:
// every cached case would carry its own copy of zod and of every schema (about 1 MiB each).
// They follow zod's rules for the same shapes (trim before length checks, unknown keys
// dropped, defaults for missing values) and are tested against the zod schemas the CLI
// uses (test/unit/guards.test.ts), so both accept exactly the same input.

/** A guard returns the checked (and defaulted) value, or throws GuardError naming the path. */
import { isOneLine, isPlainText, LINE_BREAK_MESSAGE, NOT_TEXT_MESSAGE } from './text';

export type Guard<T> = (value: unknown, path: string) => T;

export class GuardError extends Error {}

function fail(path: string, message: string): never {
  throw new GuardError(path ? `${path}: ${message}` : message);
}

/** The same pattern as zod's `z.email()` (zod/v4/core/regexes; a test keeps them equal). */
/* eslint-disable no-useless-escape -- written as zod writes it, so the test compares sources */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/* eslint-enable no-useless-escape */

interface StringRules {
  /** Refuse what is not text (domain/text.ts), checked before trimming as zod does. */
  text?: 'one-line' | 'plain';
  trim?: boolean;
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** What to say when the value is too short (min) or does not match (pattern/test). */
  message?: string;
  test?: (s: string) => boolean;
}

export const str =
  (rules: StringRules = {}): Guard<string> =>
  (value, path) => {
    if (typeof value !== 'string') return fail(path, 'expected text');
    if (rules.text && !isPlainText(value)) return fail(path, NOT_TEXT_MESSAGE);
    if (rules.text === 'one-line' && !isOneLine(value)) return fail(path, LINE_BREAK_MESSAGE);
    const s = rules.trim ? value.trim() : value;
    if (rules.min !== undefined && s.length < rules.min) return fail(path, rules.message ?? `too short`);
    if (rules.max !== undefined && s.length > rules.max)
      return fail(path, `too long (at most ${rules.max} characters)`);
    if (rules.pattern && !rules.pattern.test(s))
      return fail(path, rules.message ?? 'not in the expected form');
    if (rules.test && !rules.test(s)) return fail(path, rules.message ?? 'not in the expected form');
    return s;
  };

export const email = (): Guard<string> =>
  str({ pattern: EMAIL_PATTERN, message: 'expected an email address' });

export const int =
  (rules: { min?: number; max?: number } = {}): Guard<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      return fail(path, 'expected a whole number');
    if (rules.min !== undefined && value < rules.min) return fail(path, `expected at least ${rules.min}`);
    if (rules.max !== undefined && value > rules.max) return fail(path, `expected at most ${rules.max}`);
    return value;
  };

export const bool = (): Guard<boolean> => (value, path) =>
  typeof value === 'boolean' ? value : fail(path, 'expected true or false');

export const oneOf =
  <const T extends readonly string[]>(values: T): Guard<T[number]> =>
  (value, path) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? (value as T[number])
      : fail(path, `expected one of ${values.join(', ')}`);

export const literal =
  <const T extends string>(expected: T): Guard<T> =>
  (value, path) =>
    value === expected ? expected : fail(path, `expected "${expected}"`);

export const optional =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : guard(value, path);

/** A missing value becomes `fallback` as it is (zod's `.default`). */
export const withDefault =
  <T>(guard: Guard<T>, fallback: () => T): Guard<T> =>
  (value, path) =>
    value === undefined ? fallback() : guard(value, path);

/** A missing value is checked as `fallback` would be (zod's `.prefault`). */
export const withPrefault =
  <T>(guard: Guard<T>, fallback: () => unknown): Guard<T> =>
  (value, path) =>
    guard(value === undefined ? fallback() : value, path);

export const list =
  <T>(item: Guard<T>, max: number): Guard<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) return fail(path, 'expected a list');
    if (value.length > max) return fail(path, `too many (at most ${max})`);
    return value.map((v, i) => item(v, path ? `${path}.${i}` : String(i)));
  };

type Shape = Record<string, Guard<unknown>>;
export type Checked<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** An object of the shape's keys, in the shape's order; other keys are dropped. Keys whose
 * value comes out undefined are left out, as zod leaves them. */
export const object =
  <S extends Shape>(shape: S): Guard<Checked<S>> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return fail(path, 'expected an object');
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const checked = (shape[key] as Guard<unknown>)(input[key], path ? `${path}.${key}` : key);
      if (checked !== undefined || key in input) out[key] = checked;
    }
    return out as Checked<S>;
  };
