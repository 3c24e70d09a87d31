// When a case record is disposed of. The s46 Code of Practice on records management
// (2021, part 1, section 11) asks each authority to keep records only as long as its
// retention schedule says and then dispose of them, documenting what it destroyed; FOIA
// s77 makes destroying a record after a request for it an offence, so nothing under an
// open review, complaint or appeal is touched. Many authorities' schedules say: destroy
// request files 3 years after the case closed. The period and the action are per regime.
import { addMonths, compareDates, type IsoDate } from './calendar/dates';
import { isRegimeId, type RegimeId } from './regimes';
import { TERMINAL_PHASES, type Phase } from './lifecycle/phases';

export const DISPOSAL_ACTIONS = ['destroy', 'anonymise'] as const;
/** destroy: the record, its timeline and the requester's details go. anonymise: the
 * figures stay (regime, dates, outcome, lateness) for published statistics; the summary,
 * names, requester and timeline go. */
export type DisposalAction = (typeof DISPOSAL_ACTIONS)[number];

export interface DisposalRule {
  years: number;
  action: DisposalAction;
}

export interface DisposalRules {
  default: DisposalRule;
  byRegime: Partial<Record<RegimeId, DisposalRule>>;
}

export const DEFAULT_DISPOSAL_RULES: DisposalRules = {
  default: { years: 3, action: 'destroy' },
  byRegime: {},
};

export const ruleFor = (rules: DisposalRules, regime: string): DisposalRule =>
  (isRegimeId(regime) ? rules.byRegime[regime] : undefined) ?? rules.default;

/** The shortest period any rule gives: nothing ended after today minus this is due. */
export const shortestYears = (rules: DisposalRules): number =>
  Math.min(rules.default.years, ...Object.values(rules.byRegime).map((r) => r.years));

/** The day a record ended on `endedOn` becomes due: the same date `years` later (29
 * February becomes 28 February, as a year's anniversary is counted in a non-leap year). */
export const disposalDueOn = (endedOn: IsoDate, years: number): IsoDate => addMonths(endedOn, years * 12);

/** What the store knows of a case, as much as disposal needs. */
export interface DisposalCandidate {
  reference: string;
  regime: string;
  phase: Phase | string;
  endedOn: IsoDate | null;
  reviewRequestedOn: IsoDate | null;
  reviewCompletedOn: IsoDate | null;
  regulatorComplaintOn: IsoDate | null;
  regulatorDecidedOn: IsoDate | null;
}

/** What one disposal run did. */
export interface DisposalRun {
  disposed: number;
  /** Ended long enough ago for the shortest rule, but kept (open review, longer rule...). */
  kept: number;
  /** The first few disposed of, for the log line. */
  sample: string[];
}

export type DisposalDecision =
  { dispose: true; action: DisposalAction; rule: string } | { dispose: false; reason: string };

export function disposalDecision(
  c: DisposalCandidate,
  rules: DisposalRules,
  today: IsoDate,
): DisposalDecision {
  if (!(TERMINAL_PHASES as readonly string[]).includes(c.phase) || !c.endedOn)
    return { dispose: false, reason: 'the case has not ended' };
  if (c.reviewRequestedOn && !c.reviewCompletedOn)
    return { dispose: false, reason: 'an internal review is open' };
  if (c.regulatorComplaintOn && !c.regulatorDecidedOn)
    return { dispose: false, reason: 'a complaint to the regulator is open' };
  const rule = ruleFor(rules, c.regime);
  const due = disposalDueOn(c.endedOn, rule.years);
  if (compareDates(due, today) > 0) return { dispose: false, reason: `not due until ${due}` };
  return {
    dispose: true,
    action: rule.action,
    rule: `${c.regime}: ${rule.action} ${rule.years} years after the case ended (ended ${c.endedOn}, due ${due})`,
  };
}

/**
 * Reads rules written as `3:destroy` (every regime) or `foia=3:destroy,eir=6:anonymise`
 * (a `default=` entry, or a bare one, sets the rest). Returns a message for the first
 * part that is wrong.
 */
export function parseDisposalRules(raw: string): DisposalRules | { error: string } {
  const rules: DisposalRules = { default: DEFAULT_DISPOSAL_RULES.default, byRegime: {} };
  for (const part of raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(?:([a-z-]+)=)?(\d{1,3}):(destroy|anonymise)$/.exec(part);
    if (!m) return { error: `expected [regime=]years:destroy|anonymise, got "${part}"` };
    const [, who, years, action] = m as unknown as [string, string | undefined, string, DisposalAction];
    const rule = { years: Number(years), action };
    if (rule.years < 1) return { error: `"${part}": keep records at least a year` };
    if (!who || who === 'default') rules.default = rule;
    else if (isRegimeId(who)) rules.byRegime[who] = rule;
    else return { error: `"${part}": unknown regime "${who}"` };
  }
  return rules;
}
