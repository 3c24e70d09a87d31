// What each outcome of a response must carry, by law family. FOIA s17 / FOISA s16 need a
// refusal notice citing the exemption for a refusal, a part disclosure or an NCND; the
// EIR turn "not held", the cost limit and vexatious requests into exceptions too (reg
// 12(4)(a), 12(4)(b)) with a refusal notice under reg 14; FOISA s17 needs a notice that
// information is not held.
import type { Outcome } from './outcomes';
import type { RegimeFamily } from './regime-family';

const CITES_EXEMPTION: Record<RegimeFamily, readonly Outcome[]> = {
  foia: ['disclosed-in-part', 'refused', 'neither-confirm-nor-deny'],
  foisa: ['disclosed-in-part', 'refused', 'neither-confirm-nor-deny'],
  eir: [
    'disclosed-in-part',
    'refused',
    'neither-confirm-nor-deny',
    'not-held',
    'cost-limit',
    'vexatious-or-repeated',
  ],
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
};

export const mustCiteExemption = (family: RegimeFamily, outcome: Outcome): boolean =>
  CITES_EXEMPTION[family].includes(outcome);

export const needsRefusalNotice = (family: RegimeFamily, outcome: Outcome): boolean =>
  NEEDS_NOTICE[family].includes(outcome);

export const NOTICE_SECTION: Record<RegimeFamily, string> = {
  foia: 'FOIA s17',
  eir: 'EIR reg 14',
  foisa: 'FOISA ss16-17',
};
