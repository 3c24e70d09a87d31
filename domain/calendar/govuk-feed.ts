// Reading a bank-holiday list in GOV.UK's format (https://www.gov.uk/bank-holidays.json):
// { "england-and-wales": { "division": ..., "events": [{ title, date, notes, bunting }] },
//   "scotland": ..., "northern-ireland": ... }
// Also accepted: a merged copy keyed { "divisions": { "<division>": [events] } }.
import { z } from 'zod';
import { isoDate } from '../schemas';
import type { IsoDate } from './dates';
import { DIVISIONS, type Division } from './divisions';

export interface FeedEvent {
  division: Division;
  date: IsoDate;
  title: string;
  notes?: string;
}

const event = z.object({
  title: z.string().min(1),
  date: isoDate,
  notes: z.string().optional(),
  bunting: z.boolean().optional(),
});
const events = z.array(event);

const govUk = z
  .object({
    'england-and-wales': z.object({ division: z.string().optional(), events }).optional(),
    scotland: z.object({ division: z.string().optional(), events }).optional(),
    'northern-ireland': z.object({ division: z.string().optional(), events }).optional(),
  })
  .refine((f) => DIVISIONS.some((d) => f[d] !== undefined), {
    message: 'no division found: expected keys england-and-wales, scotland or northern-ireland',
  });

const merged = z.object({
  divisions: z.object({
    'england-and-wales': events.optional(),
    scotland: events.optional(),
    'northern-ireland': events.optional(),
  }),
});

/** GOV.UK writes "St Andrew’s Day"; this project writes straight apostrophes. */
export function normaliseTitle(title: string): string {
  return title.replace(/[\u2018\u2019]/g, "'").trim();
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'top level';
  return `${where}: ${issue?.message ?? 'not valid'}`;
}

/** The events of a GOV.UK-format file, by division; throws an Error naming the first problem. */
export function parseHolidayFeed(json: unknown): FeedEvent[] {
  const asMerged = merged.safeParse(json);
  const lists: Partial<Record<Division, z.infer<typeof events>>> = {};
  if (asMerged.success) {
    for (const d of DIVISIONS) lists[d] = asMerged.data.divisions[d];
  } else {
    const asGovUk = govUk.safeParse(json);
    if (!asGovUk.success) throw new Error(`not a GOV.UK bank-holidays file (${firstIssue(asGovUk.error)})`);
    for (const d of DIVISIONS) lists[d] = asGovUk.data[d]?.events;
  }
  const out: FeedEvent[] = [];
  for (const division of DIVISIONS) {
    for (const e of lists[division] ?? []) {
      const notes = e.notes?.trim();
      out.push(
        notes
          ? { division, date: e.date, title: normaliseTitle(e.title), notes }
          : { division, date: e.date, title: normaliseTitle(e.title) },
      );
    }
  }
  return out;
}
