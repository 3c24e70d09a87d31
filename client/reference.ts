// The case reference every subcommand takes as its first argument.
import { referenceSchema } from '../domain/lifecycle/open-case';
import { CaseNotFoundError } from './errors';
import { parseInput } from './input-error';
import { spellingsModule, withRecords } from './records-session';

export const parseReference = (value: string): string =>
  parseInput(referenceSchema, value, { '': 'reference' });

/**
 * Runs `fn` on the case the person meant: the reference as typed, else the one case whose
 * reference differs only in letter case (`foi2026/00002` is FOI2026/00002). When there is
 * none, "no case X" names the references near it. The records store holds every reference.
 */
export async function withKnownReference<T>(
  reference: string,
  fn: (reference: string) => Promise<T>,
): Promise<T> {
  try {
    return await fn(reference);
  } catch (err) {
    if (!(err instanceof CaseNotFoundError) || err.reference !== reference) throw err;
    const { nearReferences, referencesIgnoringCase } = spellingsModule();
    const found = await withRecords(async (db) => {
      const same = (await referencesIgnoringCase(db, reference)).filter((r) => r !== reference);
      // Two cases that differ only in case (opened before references matched so): ask which.
      return { same, near: same.length > 0 ? same : await nearReferences(db, reference) };
    }).catch(() => undefined); // no store to ask: the plain "no case X"
    if (found?.same.length === 1) return fn(found.same[0]!);
    if (found?.near.length) throw new CaseNotFoundError(reference, found.near);
    throw err;
  }
}
