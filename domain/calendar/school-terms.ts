// A school's term dates, for the schools' time for compliance: SI 2004/3364 reg 3(2)
// counts "the twentieth working day following the date of receipt, disregarding any
// working day which ... is not a school day", or the sixtieth working day, "whichever
// occurs first"; reg 3(3): a school day is "any day on which ... there is a session".
// Terms are the days with sessions (a half-term is the gap between two terms). Days
// outside every term the authority gave are known non-school days only when they fall
// between two of its terms; before the first term or after the last nothing is known, so
// those days count as school days (the earlier, safe, date). No zod: workflow code counts
// with these (the data reaches it through an activity).
import { addDays, compareDates, isIsoDate, type IsoDate } from './dates';
import type { DateRange } from './working-day-calendar';

export interface SchoolTerm {
  from: IsoDate;
  to: IsoDate;
  name?: string;
}

/** Validated terms, in date order, none overlapping; `version` is the records store's. */
export interface SchoolTerms {
  version?: number;
  terms: readonly SchoolTerm[];
}

/** Limits on a term-dates file: a school has six terms a year; 40 years is plenty. */
export const MAX_SCHOOL_TERMS = 240;
export const MAX_SCHOOL_TERMS_BYTES = 64_000;
export const NOT_A_SCHOOL_DAY = 'not a school day (between terms)';

export class SchoolTermsError extends Error {}

const shown = (v: unknown): string => JSON.stringify(v)?.slice(0, 40) ?? String(v);

function termAt(raw: unknown, i: number): SchoolTerm {
  const where = `term ${i + 1}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new SchoolTermsError(`${where}: expected an object with "from" and "to"`);
  const { from, to, name } = raw as Record<string, unknown>;
  for (const [key, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (typeof v !== 'string' || !isIsoDate(v))
      throw new SchoolTermsError(`${where}: "${key}" is ${shown(v)}, not a date (YYYY-MM-DD)`);
  }
  if (name !== undefined && (typeof name !== 'string' || name.length > 80 || /[\p{Cc}]/u.test(name)))
    throw new SchoolTermsError(`${where}: "name" should be one line of text, at most 80 characters`);
  const term = { from: from as IsoDate, to: to as IsoDate, ...(name ? { name } : {}) };
  if (compareDates(term.to, term.from) < 0)
    throw new SchoolTermsError(`${where}: ends ${term.to}, before it starts (${term.from})`);
  return term;
}

/** Checks a term-dates document `{ "terms": [{ "from", "to", "name"? }] }` and returns its
 * terms sorted by start; throws a one-line SchoolTermsError for the first fault. */
export function parseSchoolTerms(doc: unknown): SchoolTerm[] {
  const list =
    typeof doc === 'object' && doc !== null && !Array.isArray(doc)
      ? (doc as Record<string, unknown>).terms
      : undefined;
  if (!Array.isArray(list))
    throw new SchoolTermsError('expected { "terms": [ { "from": ..., "to": ... } ] }');
  if (list.length === 0) throw new SchoolTermsError('no terms given');
  if (list.length > MAX_SCHOOL_TERMS)
    throw new SchoolTermsError(`${list.length} terms: at most ${MAX_SCHOOL_TERMS} are taken`);
  const terms = list.map(termAt).sort((a, b) => compareDates(a.from, b.from));
  for (let i = 1; i < terms.length; i++) {
    const [a, b] = [terms[i - 1]!, terms[i]!];
    if (compareDates(b.from, a.to) <= 0)
      throw new SchoolTermsError(`terms overlap: ${a.from} to ${a.to} and ${b.from} to ${b.to}`);
  }
  return terms;
}

/** The known non-school days from `from` on: the gaps between consecutive terms, as ranges
 * the working-day count disregards. */
export function nonSchoolRanges(terms: readonly SchoolTerm[], from: IsoDate): DateRange[] {
  const out: DateRange[] = [];
  for (let i = 1; i < terms.length; i++) {
    const gap = { from: addDays(terms[i - 1]!.to, 1), to: addDays(terms[i]!.from, -1) };
    if (compareDates(gap.to, gap.from) < 0 || compareDates(gap.to, from) < 0) continue;
    out.push({ ...gap, reason: NOT_A_SCHOOL_DAY });
  }
  return out;
}
