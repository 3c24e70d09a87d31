// A precomputed working-day index over a run of whole years: for every day, how many
// working days there are from the first day up to and including it (prefix counts), and
// the list of working days in order. Adding n working days is then one array read, and
// counting working days between two dates is one subtraction.
import { dayNumberOf, type DayNumber } from './dates';

export class WorkingDayIndex {
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** 1 for a working day, 0 otherwise, by offset from `first`. */
  readonly working: Uint8Array;
  /** Working days in [first, first + i]. */
  readonly cumulative: Int32Array;
  /** The k-th working day (0-based) from `first`. */
  readonly workingDays: Int32Array;

  constructor(
    readonly fromYear: number,
    readonly toYear: number,
    isWorking: (day: DayNumber) => boolean,
  ) {
    this.first = dayNumberOf(fromYear, 1, 1);
    this.last = dayNumberOf(toYear, 12, 31);
    const length = this.last - this.first + 1;
    this.working = new Uint8Array(length);
    this.cumulative = new Int32Array(length);
    let count = 0;
    for (let i = 0; i < length; i++) {
      if (isWorking(this.first + i)) {
        this.working[i] = 1;
        count++;
      }
      this.cumulative[i] = count;
    }
    this.workingDays = new Int32Array(count);
    for (let i = 0, k = 0; i < length; i++) if (this.working[i] === 1) this.workingDays[k++] = this.first + i;
  }

  covers(day: DayNumber): boolean {
    return day >= this.first && day <= this.last;
  }

  /** Working days in [first, day]; `day` must be covered (or first - 1, giving 0). */
  countThrough(day: DayNumber): number {
    return day < this.first ? 0 : (this.cumulative[day - this.first] as number);
  }

  /**
   * The n-th working day after `start` (n > 0) or before it (n < 0), or undefined when
   * the answer lies outside the index.
   */
  step(start: DayNumber, n: number): DayNumber | undefined {
    const i = start - this.first;
    const k =
      n > 0
        ? (this.cumulative[i] as number) + n - 1
        : (this.cumulative[i] as number) - (this.working[i] as number) + n;
    return k >= 0 && k < this.workingDays.length ? this.workingDays[k] : undefined;
  }
}
