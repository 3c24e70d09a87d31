// The three laws whose lifecycles the workflow models; regime variants (e.g. the Time
// for Compliance Regulations' 60-day regimes) belong to the FOIA family.
export type RegimeFamily = 'foia' | 'eir' | 'foisa';

export function regimeFamily(regimeId: string): RegimeFamily {
  if (regimeId === 'eir') return 'eir';
  if (regimeId === 'foisa' || regimeId.startsWith('foisa')) return 'foisa';
  return 'foia';
}
