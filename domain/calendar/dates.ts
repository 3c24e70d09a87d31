// Calendar dates without time zones. Internally a date is an integer day number (days
// since 1970-01-01, the same number Date.UTC(y, m - 1, d) / 86_400_000 gives); at the
// API it is an ISO 'YYYY-MM-DD' string. Integer arithmetic only: no clock, no local time,
// so the same code gives the same answer in the workflow sandbox, on replay and in tests.

export type IsoDate = string; // 'YYYY-MM-DD'

/** A day number: days since 1970-01-01 (negative before it). */
export type DayNumber = number;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_LENGTHS[m - 1] ?? 0);
}

/** Day number of a proleptic Gregorian date (month 1-12). Valid for every year. */
export function dayNumberOf(y: number, m: number, d: number): DayNumber {
  // Count years from 1 March so that the leap day is the last day of the year.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const monthFromMarch = (m + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** [year, month 1-12, day] of a day number; the inverse of dayNumberOf. */
export function civilOf(n: DayNumber): [number, number, number] {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return [yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/** Day number of an ISO date, or NaN when `s` is not a real date in exactly 'YYYY-MM-DD'. */
export function parseIsoDate(s: string): DayNumber {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    return NaN;
  }
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  // NaN fails every comparison below.
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
  return dayNumberOf(y, m, d);
}

/** True when `s` is a real calendar date written exactly as 'YYYY-MM-DD'. */
export function isIsoDate(s: string): boolean {
  return !Number.isNaN(parseIsoDate(s));
}

/** Day number of an ISO date; throws RangeError on anything else. */
export function toDayNumber(s: IsoDate): DayNumber {
  const n = parseIsoDate(s);
  if (Number.isNaN(n)) throw new RangeError(`not a date in the form YYYY-MM-DD: "${String(s)}"`);
  return n;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

function formatDayNumber(n: DayNumber): IsoDate {
  const [y, m, d] = civilOf(n);
  const yyyy = y >= 1000 ? '' + y : String(y).padStart(4, '0');
  return yyyy + '-' + pad2(m) + '-' + pad2(d);
}

// Formatted dates are cached for 1800-2500, filled as used in blocks of 1,024 days:
// formatting is most of the cost of an ISO-string deadline and the strings never change.
// Blocks are made on demand so that loading this module allocates nothing (each cached
// workflow that evaluates it would otherwise carry a 256k-slot array).
const CACHE_FIRST = dayNumberOf(1800, 1, 1);
const CACHE_LAST = dayNumberOf(2500, 12, 31);
const BLOCK_BITS = 10;
const BLOCK_MASK = (1 << BLOCK_BITS) - 1;
const blocks: ((IsoDate | undefined)[] | undefined)[] = [];

/** The ISO date of a day number. */
export function fromDayNumber(n: DayNumber): IsoDate {
  const i = n - CACHE_FIRST;
  if (i < 0 || n > CACHE_LAST) return formatDayNumber(n);
  const block = (blocks[i >> BLOCK_BITS] ??= new Array<IsoDate | undefined>(BLOCK_MASK + 1));
  return (block[i & BLOCK_MASK] ??= formatDayNumber(n));
}

export function yearOf(d: IsoDate): number {
  return civilOf(toDayNumber(d))[0];
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function dayOfWeek(d: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(d));
}

export function addDays(d: IsoDate, n: number): IsoDate {
  assertInteger(n);
  return fromDayNumber(toDayNumber(d) + n);
}

/** The same day of the month n months later (or earlier), clamped to the month's last day. */
export function addMonths(d: IsoDate, n: number): IsoDate {
  assertInteger(n);
  const [y, m, day] = civilOf(toDayNumber(d));
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return fromDayNumber(dayNumberOf(ny, nm, Math.min(day, daysInMonth(ny, nm))));
}

/** <0 when a is before b, 0 when equal, >0 when after. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** 'Tue 26 Jun 2018'. */
export function formatLongDate(d: IsoDate): string {
  const n = toDayNumber(d);
  const [y, m, day] = civilOf(n);
  return `${WEEKDAY_SHORT[weekdayOfDayNumber(n)]} ${day} ${MONTH_SHORT[m - 1]} ${y}`;
}

function assertInteger(n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`expected a whole number of days or months, got ${n}`);
}
