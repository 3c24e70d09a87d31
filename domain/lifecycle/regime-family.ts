// The laws whose lifecycles the workflow models; regime variants (e.g. the Time for
// Compliance Regulations' 60-day regimes) belong to the FOIA family. The EIR(S) have their
// own exceptions (regs 10-11) and FOISA's enforcement (reg 17 applies FOISA Part 4).
export type RegimeFamily = 'foia' | 'eir' | 'foisa' | 'eirs';

export function regimeFamily(regimeId: string): RegimeFamily {
  if (regimeId === 'eir') return 'eir';
  if (regimeId === 'eirs') return 'eirs';
  if (regimeId === 'foisa' || regimeId.startsWith('foisa')) return 'foisa';
  return 'foia';
}
