// What each outcome of a response must carry, by law family. FOIA s17 / FOISA s16 need a
// refusal notice citing the exemption for a refusal, a part disclosure or an NCND; the
// EIR turn "not held", the cost limit and vexatious requests into exceptions too (reg
// 12(4)(a), 12(4)(b)) with a refusal notice under reg 14; FOISA s17 needs a notice that
// information is not held.
import type { Outcome } from './outcomes';
import type { RegimeFamily } from './regime-family';

/** EIR reg 12(4)(a)-(b): "not held", the cost limit and vexatious requests are exceptions. */
const EXCEPTIONS: readonly Outcome[] = [
  'disclosed-in-part',
  'refused',
  'neither-confirm-nor-deny',
  'not-held',
  'cost-limit',
  'vexatious-or-repeated',
];

const CITES_EXEMPTION: Record<RegimeFamily, readonly Outcome[]> = {
  foia: ['disclosed-in-part', 'refused', 'neither-confirm-nor-deny'],
  foisa: ['disclosed-in-part', 'refused', 'neither-confirm-nor-deny'],
  eir: EXCEPTIONS,
  // EIR(S) reg 10(4)(a)-(b): "not held" and manifestly unreasonable are exceptions too.
  eirs: EXCEPTIONS,
};

/** Outcomes every family answers with a refusal notice; EIR and FOISA add "not held". */
const REFUSALS: readonly Outcome[] = [
  'disclosed-in-part',
  'refused',
  'neither-confirm-nor-deny',
  'cost-limit',
  'vexatious-or-repeated',
];

const NEEDS_NOTICE: Record<RegimeFamily, readonly Outcome[]> = {
  foia: REFUSALS,
  foisa: [...REFUSALS, 'not-held'],
  eir: [...REFUSALS, 'not-held'],
  eirs: [...REFUSALS, 'not-held'],
};

export const mustCiteExemption = (family: RegimeFamily, outcome: Outcome): boolean =>
  CITES_EXEMPTION[family].includes(outcome);

export const needsRefusalNotice = (family: RegimeFamily, outcome: Outcome): boolean =>
  NEEDS_NOTICE[family].includes(outcome);

/** Why a refusal that cites nothing is refused: the family's provision. */
export function citationNeeded(family: RegimeFamily, outcome: Outcome): string {
  if (family === 'eir')
    return `a ${outcome} response under the EIR must cite the exception relied on (reg 12, e.g. reg12(4)(a) not held, reg12(4)(b) manifestly unreasonable)`;
  if (family === 'eirs')
    return `a ${outcome} response under the EIR(S) must cite the exception relied on (reg 10, e.g. reg10(4)(a) not held, reg10(4)(b) manifestly unreasonable; reg 11 personal data)`;
  return `a ${outcome} response must cite at least one exemption (FOIA s17(1)(b))`;
}

export const NOTICE_SECTION: Record<RegimeFamily, string> = {
  foia: 'FOIA s17',
  eir: 'EIR reg 14',
  foisa: 'FOISA ss16-17',
  // EIR(S) reg 13: the refusal notice.
  eirs: 'EIR(S) reg 13',
};
