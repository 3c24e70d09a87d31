// The case reference every subcommand takes as its first argument.
import { referenceSchema } from '../domain/lifecycle/open-case';
import { parseInput } from './input-error';

export const parseReference = (value: string): string =>
  parseInput(referenceSchema, value, { '': 'reference' });
