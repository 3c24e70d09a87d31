// The exemptions and exceptions a refusal can cite, and whether each is absolute (no
// public interest test) or qualified. FOIA Part II with s2(3) naming the absolute ones;
// EIR regs 12 and 13; FOISA Part 2 with s2(2) naming the absolute ones; EIR(S) regs 10 and 11.
import type { RegimeFamily } from './lifecycle/regime-family';

export type ExemptionKind = 'absolute' | 'qualified';
/** 'either': the provision is absolute in part (e.g. FOIA s40, s36 for the Houses). */
type Nature = ExemptionKind | 'either';

const FOIA: Record<string, [string, Nature]> = {
  s21: ['information accessible by other means', 'absolute'],
  s22: ['information intended for future publication', 'qualified'],
  s22A: ['research', 'qualified'],
  s23: ['security bodies', 'absolute'],
  s24: ['national security', 'qualified'],
  s26: ['defence', 'qualified'],
  s27: ['international relations', 'qualified'],
  s28: ['relations within the UK', 'qualified'],
  s29: ['the economy', 'qualified'],
  s30: ['investigations and proceedings', 'qualified'],
  s31: ['law enforcement', 'qualified'],
  s32: ['court records', 'absolute'],
  s33: ['audit functions', 'qualified'],
  s34: ['parliamentary privilege', 'absolute'],
  s35: ['formulation of government policy', 'qualified'],
  s36: ['prejudice to effective conduct of public affairs', 'either'],
  s37: ['communications with Her Majesty and honours', 'either'],
  s38: ['health and safety', 'qualified'],
  s39: ['environmental information', 'qualified'],
  s40: ['personal information', 'either'],
  s41: ['information provided in confidence', 'absolute'],
  s42: ['legal professional privilege', 'qualified'],
  s43: ['commercial interests', 'qualified'],
  s44: ['prohibitions on disclosure', 'absolute'],
};

const EIR: Record<string, [string, Nature]> = {
  'reg12(4)(a)': ['information not held', 'qualified'],
  'reg12(4)(b)': ['manifestly unreasonable', 'qualified'],
  'reg12(4)(c)': ['too general', 'qualified'],
  'reg12(4)(d)': ['material in the course of completion', 'qualified'],
  'reg12(4)(e)': ['internal communications', 'qualified'],
  'reg12(5)(a)': ['international relations, defence, national security, public safety', 'qualified'],
  'reg12(5)(b)': ['course of justice', 'qualified'],
  'reg12(5)(c)': ['intellectual property rights', 'qualified'],
  'reg12(5)(d)': ['confidentiality of proceedings', 'qualified'],
  'reg12(5)(e)': ['commercial confidentiality', 'qualified'],
  'reg12(5)(f)': ['interests of the person who provided the information', 'qualified'],
  'reg12(5)(g)': ['protection of the environment', 'qualified'],
  reg13: ['personal data', 'either'],
};

// The Environmental Information (Scotland) Regulations 2004: reg 10(4) and 10(5) mirror EIR
// reg 12(4) and 12(5), each subject to the public interest test (reg 10(1)(b)); reg 11 is
// personal data.
const EIRS: Record<string, [string, Nature]> = Object.fromEntries(
  Object.entries(EIR).map(([k, v]) => [k === 'reg13' ? 'reg11' : k.replace(/^reg12/, 'reg10'), v]),
);

const FOISA: Record<string, [string, Nature]> = {
  s25: ['information otherwise accessible', 'absolute'],
  s26: ['prohibitions on disclosure', 'absolute'],
  s27: ['information intended for future publication', 'qualified'],
  s28: ['relations within the UK', 'qualified'],
  s29: ['formulation of Scottish Administration policy', 'qualified'],
  s30: ['prejudice to effective conduct of public affairs', 'qualified'],
  s31: ['national security and defence', 'qualified'],
  s32: ['international relations', 'qualified'],
  s33: ['commercial interests and the economy', 'qualified'],
  s34: ['investigations and proceedings', 'qualified'],
  s35: ['law enforcement', 'qualified'],
  s36: ['confidentiality', 'either'],
  s37: ['court records', 'absolute'],
  s38: ['personal information', 'either'],
  s39: ['health, safety and the environment', 'qualified'],
  s40: ['audit functions', 'qualified'],
  s41: ['communications with Her Majesty and honours', 'qualified'],
};

const TABLES: Record<RegimeFamily, Record<string, [string, Nature]>> = {
  foia: FOIA,
  eir: EIR,
  foisa: FOISA,
  eirs: EIRS,
};

export interface CitedExemption {
  section: string;
  kind: ExemptionKind;
}

/** The provision a citation names, however it is written: 's24(2)', 'Section 24(2)',
 * 's.24', 'S 24' → 's24'; 'reg 12(5)(b)', 'Regulation 12(5)(b)', '12(5)(b)' → 'reg12(5)(b)';
 * 'reg 13(1)' → 'reg13'. */
function baseSection(section: string, family: RegimeFamily): string {
  const compact = section.toLowerCase().replace(/\s+/g, '').replace(/\./g, '');
  if (family === 'eir' || family === 'eirs') {
    const m = /^(?:regulation|reg|r)?(\d+)((?:\([0-9a-z]+\))*)$/.exec(compact);
    if (!m) return compact;
    const [, num, parts = ''] = m;
    // reg 13 (EIR(S) reg 11) is cited whole; reg 12 (EIR(S) reg 10) down to its paragraph and
    // sub-paragraph, e.g. 12(5)(b).
    if (num === (family === 'eir' ? '12' : '10'))
      return `reg${num}${(parts.match(/\([0-9a-z]+\)/g) ?? []).slice(0, 2).join('')}`;
    return `reg${num}`;
  }
  const m = /^(?:section|sec|s)?(\d+[a-z]?)/.exec(compact);
  return m ? `s${m[1]!.replace(/[a-z]$/, (x) => x.toUpperCase())}` : compact;
}

/** Why a citation is wrong, or undefined when it is a real provision of the right kind. */
export function checkExemption(family: RegimeFamily, cited: CitedExemption): string | undefined {
  const entry = TABLES[family][baseSection(cited.section, family)];
  if (!entry) {
    return `"${cited.section}" is not an exemption under ${family.toUpperCase()} (e.g. ${Object.keys(TABLES[family]).slice(0, 4).join(', ')})`;
  }
  const [title, nature] = entry;
  if (nature !== 'either' && nature !== cited.kind) {
    return `${cited.section} (${title}) is a ${nature} exemption, not ${cited.kind}`;
  }
  return undefined;
}
