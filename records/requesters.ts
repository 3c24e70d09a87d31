// The requester's personal data, kept only here (UK GDPR: not in workflow histories,
// search attributes or logs). Cases link to a requester by an opaque id.
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../domain/calendar/dates';
import type { RecordsDb } from './open-records';

export interface RequesterDetails {
  name?: string;
  email?: string;
  address?: string;
}

const emailKey = (email?: string): string | null => (email ? email.trim().toLowerCase() : null);

/** Stores a requester's details; returns the opaque id the case carries. */
export async function saveRequester(
  db: RecordsDb,
  details: RequesterDetails,
  now = new Date(),
): Promise<string> {
  const id = `rq-${randomUUID()}`;
  await db
    .insertInto('requesters')
    .values({
      id,
      name: details.name ?? null,
      email: details.email ?? null,
      email_key: emailKey(details.email),
      address: details.address ?? null,
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}

export async function findRequester(db: RecordsDb, id: string): Promise<RequesterDetails | undefined> {
  const row = await db.selectFrom('requesters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { name: row.name ?? undefined, email: row.email ?? undefined, address: row.address ?? undefined };
}

export interface EarlierRequest {
  reference: string;
  receivedOn: IsoDate;
  summary: string;
  phase: string;
}

/**
 * The same requester's requests received on or after `since` (matched by email address, or
 * by name and address when there is no email): what an officer weighs for aggregating costs
 * (Fees Regulations reg 5) and for repeated requests (s14(2)).
 */
export async function requestsBySameRequester(
  db: RecordsDb,
  details: RequesterDetails,
  since: IsoDate,
  exceptReference?: string,
): Promise<EarlierRequest[]> {
  const key = emailKey(details.email);
  if (!key && !(details.name && details.address)) return [];
  let q = db
    .selectFrom('cases')
    .innerJoin('requesters', 'requesters.id', 'cases.requester_id')
    .select(['cases.reference', 'cases.received_on', 'cases.summary', 'cases.phase'])
    .where('cases.received_on', '>=', since)
    .where('cases.voided', '=', 0);
  q = key
    ? q.where('requesters.email_key', '=', key)
    : q.where('requesters.name', '=', details.name!).where('requesters.address', '=', details.address!);
  if (exceptReference) q = q.where('cases.reference', '!=', exceptReference);
  const rows = await q.orderBy('cases.received_on', 'desc').limit(50).execute();
  return rows.map((r) => ({
    reference: r.reference,
    receivedOn: r.received_on,
    summary: r.summary,
    phase: r.phase,
  }));
}
