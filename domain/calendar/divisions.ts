// The three parts of the UK with their own bank holidays under the Banking and Financial
// Dealings Act 1971, Sch 1 (para 1 England and Wales, para 2 Scotland, para 3 Northern
// Ireland). The ids are GOV.UK's (https://www.gov.uk/bank-holidays.json).

export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Division = (typeof DIVISIONS)[number];

const LABELS: Record<Division, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export function isDivision(s: string): s is Division {
  return (DIVISIONS as readonly string[]).includes(s);
}

export function divisionLabel(d: Division): string {
  return LABELS[d];
}
