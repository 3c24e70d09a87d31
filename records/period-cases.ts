// One row of facts per case received in a period (not voided), in receipt order: the
// statistics page's CSV. No requester details: the requesters table is not read.
import type { IsoDate } from '../domain/calendar/dates';
import type { RecordsDb } from './open-records';

export interface PeriodCaseRow {
  reference: string;
  regime: string;
  receivedOn: IsoDate;
  phase: string;
  respondedOn?: IsoDate;
  outcome?: string;
  late?: boolean;
  workingDaysTaken?: number;
  extended: boolean;
  exemptions: string[];
  reviewRequestedOn?: IsoDate;
  reviewResult?: string;
  reviewLate?: boolean;
  icoComplaintOn?: IsoDate;
  icoDecision?: string;
}

const flag = (n: number | null): boolean | undefined => (n === null ? undefined : n === 1);
const opt = <T>(v: T | null): T | undefined => v ?? undefined;

export async function periodCaseRows(db: RecordsDb, from: IsoDate, to: IsoDate): Promise<PeriodCaseRow[]> {
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .where('voided', '=', 0)
    .orderBy('received_on')
    .orderBy('reference')
    .execute();
  const cited = new Map<string, string[]>();
  if (rows.length > 0) {
    const exemptions = await db
      .selectFrom('case_exemptions')
      .innerJoin('cases', 'cases.reference', 'case_exemptions.reference')
      .select(['case_exemptions.reference as reference', 'case_exemptions.section as section'])
      .where('cases.received_on', '>=', from)
      .where('cases.received_on', '<=', to)
      .orderBy('case_exemptions.section')
      .execute();
    for (const e of exemptions) cited.set(e.reference, [...(cited.get(e.reference) ?? []), e.section]);
  }
  return rows.map((r) => ({
    reference: r.reference,
    regime: r.regime,
    receivedOn: r.received_on,
    phase: r.phase,
    respondedOn: opt(r.responded_on),
    outcome: opt(r.outcome),
    late: flag(r.answered_late),
    workingDaysTaken: opt(r.working_days_taken),
    extended: r.extended === 1,
    exemptions: cited.get(r.reference) ?? [],
    reviewRequestedOn: opt(r.review_requested_on),
    reviewResult: opt(r.review_result),
    reviewLate: flag(r.review_late),
    icoComplaintOn: opt(r.regulator_complaint_on),
    icoDecision: opt(r.regulator_decision),
  }));
}
