// Time-limited changes to a regime's periods, as data with their dates of effect. A step is
// judged by the law in force on the day it was taken: an answer given while a variation was
// in force has its periods; one still owed when the variation ended is owed under the
// regime's own again (the Commissioner may excuse the overrun, but the date is the law's).
// domain/lifecycle/case-deadlines.ts applies them, and nothing else needs to know.
import { compareDates, type IsoDate } from './calendar/dates';
import type { Regime, RegimeId } from './regimes';

/** The numbers a variation may replace. */
export type VariedPeriods = Partial<
  Pick<Regime, 'responseWorkingDays' | 'reviewResponseWorkingDays' | 'reviewMaxWorkingDays'>
>;

export interface RegimeVariation {
  id: string;
  regime: RegimeId;
  /** The enactment that made it, and the one that ended it. */
  source: string;
  /** First and last day it was in force, both included. */
  from: IsoDate;
  to: IsoDate;
  periods: VariedPeriods;
}

export const REGIME_VARIATIONS: readonly RegimeVariation[] = [
  {
    id: 'coronavirus-scotland-2020',
    regime: 'foisa',
    // Coronavirus (Scotland) Act 2020 (asp 7) sch 6 part 2: para 3 read FOISA s10(1)'s 20
    // working days as 60, para 4 s21(1)'s (the review) as 60; in force 7 April 2020 (Royal
    // Assent 6 April), and for requests already received. Paras 3 to 5 were repealed by the
    // Coronavirus (Scotland) (No.2) Act 2020 (asp 10) sch 4 para 11 from 27 May 2020; para
    // 6(2)(a)(ii) lets the Commissioner excuse a request then still unanswered. The Scottish
    // Information Commissioner reads it so: 60 working days for answers given 7 April to 26
    // May 2020; 20 for requests and reviews not answered before 27 May.
    source:
      'Coronavirus (Scotland) Act 2020 sch 6 paras 3-4; repealed by the Coronavirus (Scotland) (No.2) Act 2020 sch 4 para 11',
    from: '2020-04-07',
    to: '2020-05-26',
    periods: { responseWorkingDays: 60, reviewResponseWorkingDays: 60, reviewMaxWorkingDays: 60 },
  },
];

/** The variations of a regime in force on a day. */
export function variationsOn(regimeId: string, on: IsoDate): RegimeVariation[] {
  return REGIME_VARIATIONS.filter(
    (v) => v.regime === regimeId && compareDates(v.from, on) <= 0 && compareDates(on, v.to) <= 0,
  );
}

/** The regime as the law stood on `on`: the same object when no variation was in force. */
export function regimeOn(regime: Regime, on: IsoDate): Regime {
  const vs = variationsOn(regime.id, on);
  if (vs.length === 0) return regime;
  return vs.reduce<Regime>((r, v) => ({ ...r, ...v.periods }), regime);
}
