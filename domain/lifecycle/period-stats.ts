// Timeliness and outcomes for the requests received in a period: the cohort measure the
// government publishes quarterly (answered "in time" = within the statutory period or a
// lawful extension of it). The shape both counters fill: the records store's SQL
// aggregates (records/period-stats.ts) and the count over workflow memos (client/stats.ts).
import type { IsoDate } from '../calendar/dates';
import { DECISION_RESULTS, OUTCOMES, REVIEW_RESULTS } from './outcomes';

export interface PeriodStats {
  from: IsoDate;
  to: IsoDate;
  received: number;
  answered: number;
  answeredInTime: number;
  /** Of those answered in time, how many used a lawful extension. */
  answeredInTimeAfterExtension: number;
  answeredLate: number;
  /** answeredInTime / answered; null when nothing was answered. */
  shareInTime: number | null;
  notYetAnswered: number;
  /** Withdrawn or lapsed before any response, by phase. */
  endedWithoutResponse: Record<string, number>;
  outcomes: Record<string, number>;
  /** Cases citing each exemption (a case counts once per section). */
  exemptionsCited: Record<string, number>;
  internalReviews: {
    requested: number;
    completed: number;
    late: number;
    pending: number;
    results: Record<string, number>;
  };
  regulatorComplaints: {
    received: number;
    decided: number;
    pending: number;
    decisions: Record<string, number>;
  };
}

const zeros = (keys: readonly string[]): Record<string, number> =>
  Object.fromEntries(keys.map((k) => [k, 0]));

export function emptyStats(from: IsoDate, to: IsoDate): PeriodStats {
  return {
    from,
    to,
    received: 0,
    answered: 0,
    answeredInTime: 0,
    answeredInTimeAfterExtension: 0,
    answeredLate: 0,
    shareInTime: null,
    notYetAnswered: 0,
    endedWithoutResponse: {},
    outcomes: zeros(OUTCOMES),
    exemptionsCited: {},
    internalReviews: { requested: 0, completed: 0, late: 0, pending: 0, results: zeros(REVIEW_RESULTS) },
    regulatorComplaints: { received: 0, decided: 0, pending: 0, decisions: zeros(DECISION_RESULTS) },
  };
}

/** The share in time, once the counts are final. */
export const withShareInTime = (s: PeriodStats): PeriodStats => ({
  ...s,
  shareInTime: s.answered === 0 ? null : s.answeredInTime / s.answered,
});
