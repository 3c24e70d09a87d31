// Taking back a step recorded by mistake (a wrong date, a wrong outcome): the step stays in
// the timeline, marked by the reversal that follows it, and the state is worked again from
// the opening without it, so every deadline it moved is recomputed. A person then records
// the step again as it really happened. Only the last step a person recorded can be taken
// back, and only while nothing the system did since depended on it.
import type { CaseEvent } from './events';
import { openedState, type CaseState } from './state';

/** Notes that change nothing a rule reads: they may follow a step that is reversed. */
const NOTES: readonly CaseEvent['type'][] = ['reminderUndeliverable', 'managerAlert', 'holidaysRefreshed'];

/** Positions of the steps earlier reversals took back. */
export function reversedSteps(events: readonly CaseEvent[]): Set<number> {
  return new Set(events.flatMap((e) => (e.type === 'stepReversed' ? [e.step] : [])));
}

export type ReversibleStep = { ok: true; index: number; event: CaseEvent } | { ok: false; reason: string };

/** The step a reversal would take back, or why there is none. */
export function lastReversibleStep(s: CaseState): ReversibleStep {
  const reversed = reversedSteps(s.events);
  for (let i = s.events.length - 1; i > 0; i--) {
    const e = s.events[i]!;
    if (reversed.has(i) || e.type === 'stepReversed' || NOTES.includes(e.type)) continue;
    if (e.by === 'system') {
      return {
        ok: false,
        reason: `the last step was the system's (${e.type} on ${e.on}); a step before it cannot be taken back`,
      };
    }
    // The case's run ends with it (foi-request.ts), so there is nothing left to correct it in.
    if (e.type === 'withdrawn' || e.type === 'closed') {
      return {
        ok: false,
        reason: `the case ended on ${e.on} (${e.type}) and an ending cannot be taken back; record the request again under a new reference`,
      };
    }
    return { ok: true, index: i, event: e };
  }
  return {
    ok: false,
    reason:
      'nothing to reverse: no step has been recorded since the case was opened (a case opened in error can be voided)',
  };
}

/** The state once `reversal` is recorded: worked again from the opening without every
 * reversed step; the timeline keeps every event, reversed ones included. */
export function stateAfterReversal(
  prev: CaseState,
  reversal: Extract<CaseEvent, { type: 'stepReversed' }>,
  apply: (s: CaseState, e: CaseEvent) => CaseState,
): CaseState {
  const events = [...prev.events, reversal];
  const opened = events[0]!;
  if (opened.type !== 'opened') throw new Error('a case history starts with its opening');
  const skipped = reversedSteps(events);
  let s = openedState(opened, prev.settings);
  events.forEach((e, i) => {
    if (i > 0 && !skipped.has(i) && e.type !== 'stepReversed') s = apply(s, e);
  });
  return { ...s, events };
}
