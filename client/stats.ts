// Timeliness and outcomes for the requests received in a period: the cohort measure the
// government publishes quarterly (answered "in time" = within the statutory period or a
// lawful extension of it).
import type { IsoDate } from '../domain/calendar';
import { DECISION_RESULTS, OUTCOMES, REVIEW_RESULTS } from '../domain/lifecycle/outcomes';
import { PRE_RESPONSE_PHASES, type Phase } from '../domain/lifecycle/phases';
import type { CaseFacts } from '../workflows/definitions';

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
const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

function emptyStats(from: IsoDate, to: IsoDate): PeriodStats {
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

/** Counts the period's cases one at a time, so a listing of any length is never held whole. */
export class StatsCounter {
  private readonly s: PeriodStats;

  constructor(
    readonly from: IsoDate,
    readonly to: IsoDate,
  ) {
    this.s = emptyStats(from, to);
  }

  /** Counts one case; a case received outside the period is left out. */
  add(f: CaseFacts): void {
    if (f.receivedOn < this.from || f.receivedOn > this.to) return;
    const s = this.s;
    s.received++;
    if (f.respondedOn) {
      s.answered++;
      if (f.late) s.answeredLate++;
      else {
        s.answeredInTime++;
        if (f.extended) s.answeredInTimeAfterExtension++;
      }
      if (f.outcome) bump(s.outcomes, f.outcome);
      for (const section of new Set(f.exemptions ?? [])) bump(s.exemptionsCited, section);
    } else if (PRE_RESPONSE_PHASES.includes(f.phase as Phase)) {
      s.notYetAnswered++;
    } else {
      bump(s.endedWithoutResponse, f.phase);
    }
    if (f.reviewRequestedOn) {
      s.internalReviews.requested++;
      if (f.reviewResult) {
        s.internalReviews.completed++;
        bump(s.internalReviews.results, f.reviewResult);
        if (f.reviewLate) s.internalReviews.late++;
      } else s.internalReviews.pending++;
    }
    if (f.icoComplaintOn) {
      s.regulatorComplaints.received++;
      if (f.icoDecision) {
        s.regulatorComplaints.decided++;
        bump(s.regulatorComplaints.decisions, f.icoDecision);
      } else s.regulatorComplaints.pending++;
    }
  }

  /** The figures so far (a copy: counting may go on). */
  result(): PeriodStats {
    const s: PeriodStats = structuredClone(this.s);
    s.shareInTime = s.answered === 0 ? null : s.answeredInTime / s.answered;
    return s;
  }
}

export function computeStats(all: Iterable<CaseFacts>, from: IsoDate, to: IsoDate): PeriodStats {
  const counter = new StatsCounter(from, to);
  for (const f of all) counter.add(f);
  return counter.result();
}
