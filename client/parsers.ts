// Values people type that are not plain strings: money, exemptions, periods, counts.
import { quoted } from '../config/config-error';
import { checkExemption } from '../domain/exemptions';
import { regimeFamily } from '../domain/lifecycle/regime-family';
import type { CaseSettingsInput } from '../domain/lifecycle/settings';
import { REGIME_IDS } from '../domain/regimes';
import { UsageError } from './errors';
import type { OptionSpec } from './option-spec';

/** '£25', '25.50', '0.5' → pence. */
export function parsePounds(flag: string, value: unknown): number {
  const m = /^£?(\d{1,7})(?:\.(\d{1,2}))?$/.exec(String(value).trim());
  if (!m)
    throw new UsageError(
      `${flag}: expected an amount in pounds such as 25 or 25.50 (got ${quoted(String(value))})`,
    );
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** 's24(2):qualified' → { section: 's24(2)', kind: 'qualified' }; the kind is required. */
export function parseExemption(flag: string, value: string): { section: string; kind: string } {
  const at = value.lastIndexOf(':');
  const section = value.slice(0, at).trim();
  const kind = value.slice(at + 1).trim();
  if (at < 0 || !section || (kind !== 'absolute' && kind !== 'qualified')) {
    throw new UsageError(
      `${flag}: expected SECTION:absolute or SECTION:qualified, e.g. s24(2):qualified (got ${quoted(value)})`,
    );
  }
  const unknown = unknownEverywhere(section);
  if (unknown) throw new UsageError(`${flag}: ${unknown} (got ${quoted(value)})`);
  return { section, kind };
}

/** Why a section is a provision of no regime at all (a typing mistake such as s99), so it is
 * refused before anything is sent; whether it is one of the case's own regime (and of the
 * kind given) is the case's rule, checked by the workflow. */
function unknownEverywhere(section: string): string | undefined {
  const families = [...new Set(REGIME_IDS.map(regimeFamily))];
  const known = families.some((family) =>
    (['absolute', 'qualified'] as const).some((kind) => !checkExemption(family, { section, kind })),
  );
  if (known) return undefined;
  return `${quoted(section)} is not an exemption or exception under ${families.map((f) => f.toUpperCase()).join(', ')}`;
}

/** `--exemption SECTION:KIND`, repeatable, filling `exemptions`. */
export const exemptionOption = (description: string): OptionSpec => ({
  flags: '--exemption <section:kind>',
  description,
  field: 'exemptions',
  repeatable: true,
  parse: (v) => (v as string[]).map((x) => parseExemption('--exemption', x)),
});

type Period = NonNullable<CaseSettingsInput['reviewRequestWindow']>;
const UNITS: Record<string, Period['unit']> = {
  'working-day': 'working-days',
  'working day': 'working-days',
  'calendar-day': 'calendar-days',
  'calendar day': 'calendar-days',
  week: 'weeks',
  month: 'months',
};

/** '2 months', '40 working days', '6 weeks' → { n, unit }. */
export function parsePeriod(flag: string, value: string): Period {
  const m = /^(\d{1,3})\s+(working[- ]days?|calendar[- ]days?|weeks?|months?)$/i.exec(value.trim());
  const unit = m && UNITS[m[2]!.toLowerCase().replace(/s$/, '')];
  if (!m || !unit || Number(m[1]) === 0) {
    throw new UsageError(
      `${flag}: expected a period such as "2 months", "40 working days" or "6 weeks" (got ${quoted(value)})`,
    );
  }
  return { n: Number(m[1]), unit };
}

/** A whole number from 0 to max. */
export function parseCount(flag: string, value: string, max = 1000): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > max) {
    throw new UsageError(
      `${flag}: expected a whole number of working days from 0 to ${max} (got ${quoted(value)})`,
    );
  }
  return Number(value);
}
