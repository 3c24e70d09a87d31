// Opening a case, as the CLI and the web app both do it: the reference is reserved in the
// records store first (a case stays there after Temporal has deleted its workflow, and two
// people opening the same reference at once cannot both win), the requester's details go
// to the store only (the workflow gets an opaque id), and the same requester's recent
// requests are found for the officer. If the case then does not start, `abandon` takes
// the reservation and the requester's details out again: nothing is left half-written.
import { aggregationWindowStart } from '../domain/lifecycle/aggregation';
import { openingRecordOf } from '../domain/lifecycle/case-record';
import { workflowIdFor, type OpenCase } from '../domain/lifecycle/open-case';
import { releaseCaseRecord, reserveCaseRecord } from '../records/case-writes';
import type { RecordsDb } from '../records/open-records';
import { requestsBySameRequester, saveRequester, type EarlierRequest } from '../records/requesters';
import { calendarFor, useHolidaysInForce } from './calendars';

export interface Opening {
  /** The workflow's input: the requester as an id, never their details. */
  input: OpenCase;
  /** The same requester's requests of the last 60 working days (Fees Regulations reg 5, s14(2)). */
  earlier: EarlierRequest[];
  abandon(): Promise<void>;
}

/** Prepares the opening, or 'exists' when the records store already has the reference. */
export async function prepareOpening(db: RecordsDb, input: OpenCase): Promise<Opening | 'exists'> {
  const { requester, ...rest } = input;
  await useHolidaysInForce(db);
  const since = aggregationWindowStart(calendarFor(input.regime, input.receivedOn), input.receivedOn);
  const earlier = requester ? await requestsBySameRequester(db, requester, since, input.reference) : [];
  const requesterId = requester ? await saveRequester(db, requester) : undefined;
  const forgetRequester = async () => {
    if (requesterId) await db.deleteFrom('requesters').where('id', '=', requesterId).execute();
  };
  const opening: OpenCase = { ...rest, ...(requesterId ? { requesterId } : {}) };
  if (!(await reserveCaseRecord(db, openingRecordOf(opening, workflowIdFor(input.reference))))) {
    await forgetRequester();
    return 'exists';
  }
  return {
    input: opening,
    earlier,
    abandon: async () => {
      await releaseCaseRecord(db, input.reference);
      await forgetRequester();
    },
  };
}
