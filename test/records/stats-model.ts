// A model of the period statistics for the records store's property test: the counting
// `foi stats` did over workflow memos before the store, one case at a time in TypeScript.
// The SQL aggregates (records/period-stats.ts) must give the same figures for any cases.
import type { IsoDate } from '../../domain/calendar';
import { emptyStats, withShareInTime, type PeriodStats } from '../../domain/lifecycle/period-stats';
import { PRE_RESPONSE_PHASES, type Phase } from '../../domain/lifecycle/phases';
import type { CaseFacts } from '../../workflows/definitions';

const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Counts the period's cases one at a time, so a listing of any length is never held whole. */
export class StatsCounter {
  private readonly s: PeriodStats;

  constructor(
    readonly from: IsoDate,
    readonly to: IsoDate,
  ) {
    this.s = emptyStats(from, to);
  }

  /** Counts one case; a case received outside the period, or voided (opened in error), is left out. */
  add(f: CaseFacts): void {
    if (f.receivedOn < this.from || f.receivedOn > this.to || f.phase === 'voided') return;
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
    return withShareInTime(structuredClone(this.s));
  }
}

export function computeStats(all: Iterable<CaseFacts>, from: IsoDate, to: IsoDate): PeriodStats {
  const counter = new StatsCounter(from, to);
  for (const f of all) counter.add(f);
  return counter.result();
}
