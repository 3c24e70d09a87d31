// What people type, checked before anything is sent: money, exemptions, periods, who,
// and the one-line messages that name the option to fix.
import { z } from 'zod';
import { CliError } from '../../client/errors';
import { describeInputError } from '../../client/input-error';
import { parseCount, parseExemption, parsePeriod, parsePounds } from '../../client/parsers';
import { parseReference } from '../../client/reference';
import { whoIsActing } from '../../client/who';

function usage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof CliError && err.exitCode === 2) return err.message;
    throw err;
  }
  throw new Error('expected a usage error');
}

test('pounds become pence', () => {
  expect(parsePounds('--amount', '25')).toBe(2500);
  expect(parsePounds('--amount', '£25.5')).toBe(2550);
  expect(parsePounds('--amount', '0.05')).toBe(5);
  expect(usage(() => parsePounds('--amount', '12.345'))).toBe(
    '--amount: expected an amount in pounds such as 25 or 25.50 (got "12.345")',
  );
});

test('an exemption is SECTION:kind', () => {
  expect(parseExemption('--exemption', 's24(2):qualified')).toEqual({ section: 's24(2)', kind: 'qualified' });
  expect(parseExemption('--exemption', 'reg12(5)(a):qualified')).toEqual({
    section: 'reg12(5)(a)',
    kind: 'qualified',
  });
  expect(usage(() => parseExemption('--exemption', 's24(2)'))).toMatch(
    /^--exemption: expected SECTION:absolute/,
  );
  expect(usage(() => parseExemption('--exemption', 's24:maybe'))).toContain('(got "s24:maybe")');
});

test('a period such as the "two months" of the example letter', () => {
  expect(parsePeriod('--review-request-window', '2 months')).toEqual({ n: 2, unit: 'months' });
  expect(parsePeriod('--review-request-window', '40 working days')).toEqual({ n: 40, unit: 'working-days' });
  expect(parsePeriod('--review-request-window', '1 week')).toEqual({ n: 1, unit: 'weeks' });
  expect(usage(() => parsePeriod('--review-request-window', '2 fortnights'))).toContain('"2 months"');
});

test('counts are whole numbers', () => {
  expect(parseCount('--due-within', '5')).toBe(5);
  expect(usage(() => parseCount('--due-within', '2.5'))).toContain('(got "2.5")');
});

test('a reference', () => {
  expect(parseReference('FOI2018/02892')).toBe('FOI2018/02892');
  expect(usage(() => parseReference('FOI 2018'))).toBe(
    'reference: expected a reference such as FOI2018/02892 (letters, digits, / _ . -) (got "FOI 2018")',
  );
});

test('who: --by, else FOI_USER, else the user name', () => {
  expect(whoIsActing('a@example.org', { FOI_USER: 'b' })).toBe('a@example.org');
  expect(whoIsActing(undefined, { FOI_USER: 'b' })).toBe('b');
  expect(whoIsActing(undefined, {}).length).toBeGreaterThan(0);
});

describe('describeInputError', () => {
  const schema = z.object({
    on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
    reason: z.string(),
  });
  const message = (input: object) =>
    describeInputError(schema.safeParse(input).error!, input, { on: '--on', reason: '--reason' });

  test('names the option and shows what was typed', () => {
    expect(message({ on: '26/06/2018', reason: 'x' })).toBe('--on: expected YYYY-MM-DD (got "26/06/2018")');
  });

  test('a missing value is "required"', () => {
    expect(message({ on: '2018-06-26' })).toBe('--reason is required');
  });
});
