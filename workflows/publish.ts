// What managers' lists and statistics read from a case, applicant-blind: search attributes
// (server-side list queries) and a memo of facts (one list call gives every case's figures).
import { patched, upsertMemo, upsertSearchAttributes } from '@temporalio/workflow';
import { listedDue } from '../domain/lifecycle/case-deadlines';
import type { RuleContext } from '../domain/lifecycle/context';
import type { CaseState } from '../domain/lifecycle/state';
import { FACTS_MEMO_KEY, type CaseFactsMemo } from './definitions';
import * as SA from './search-attributes';

function factsOf(state: CaseState, withPhase: boolean): CaseFactsMemo {
  return {
    receivedOn: state.receivedOn,
    regime: state.regime,
    ...(withPhase ? { phase: state.phase } : {}),
    respondedOn: state.response?.sentOn,
    outcome: state.response?.outcome,
    late: state.response?.late,
    workingDaysTaken: state.response?.workingDaysTaken,
    extended: Boolean(state.clock.extendedWorkingDays),
    exemptions: state.response?.exemptions.map((e) => e.section),
    reviewRequestedOn: state.review?.requestedOn,
    reviewResult: state.review?.result,
    reviewLate: state.review?.late,
    icoComplaintOn: state.ico?.complaintOn,
    icoDecision: state.ico?.decision?.result,
  };
}

function searchAttributesOf(state: CaseState, ctx: RuleContext) {
  const due = listedDue(state, ctx);
  return [
    { key: SA.FoiReference, value: state.reference },
    { key: SA.FoiRegime, value: state.regime },
    { key: SA.FoiPhase, value: state.phase },
    { key: SA.FoiReceivedDate, value: new Date(`${state.receivedOn}T00:00:00Z`) },
    { key: SA.FoiDueDate, value: due ? new Date(`${due}T00:00:00Z`) : null },
    { key: SA.FoiCaseOfficer, value: state.officer ?? null },
    { key: SA.FoiOutcome, value: state.response?.outcome ?? null },
    { key: SA.FoiAnsweredLate, value: state.response?.late ?? null },
  ] as const;
}

/**
 * patched() id of clearing a search attribute with an empty list instead of a typed null.
 * The server removes an attribute only for an untyped empty value; the SDK's typed null
 * was stored as a null of the attribute's type, which SDKs that decode by type (Python's
 * describe()) fail on. Asked at a case's first publish; implied from release 2027-03.
 */
export const SEARCH_ATTRIBUTE_CLEARS_PATCH = 'search-attribute-clears';

type Attributes = ReturnType<typeof searchAttributesOf>;

/** One upsert that removes the attributes without a value: `[]`, which the server treats
 * as "remove", rather than a typed null (the typed form cannot carry it). */
function upsertRemovingNulls(attributes: Attributes): void {
  const fields: Record<string, string[] | boolean[] | Date[]> = {};
  for (const a of attributes) {
    fields[a.key.name] = a.value === null ? [] : ([a.value] as string[] | boolean[] | Date[]);
  }
  upsertSearchAttributes(fields);
}

/**
 * Publishes the case. With `onlyChanges` (cases started since the scale patch) an upsert is
 * written only when what it carries changed, and the memo leaves out the phase (the FoiPhase
 * search attribute has it): each upsert is an event in the case's history, and most
 * commands change the phase and nothing the memo holds. Without `withMemo` (cases that
 * write the records store, where statistics are counted) no memo is written at all.
 * With `clearsImplied` (release 2027-03) SEARCH_ATTRIBUTE_CLEARS_PATCH is not asked.
 */
export function publisher(
  onlyChanges: boolean,
  withMemo = true,
  clearsImplied = false,
): (state: CaseState, ctx: RuleContext) => void {
  let lastAttributes: string | undefined;
  let lastFacts: string | undefined;
  let clearsUntyped: boolean | undefined;
  return (state, ctx) => {
    const attributes = searchAttributesOf(state, ctx);
    const attributesKey = JSON.stringify(attributes.map((a) => a.value));
    if (!onlyChanges || attributesKey !== lastAttributes) {
      clearsUntyped ??= clearsImplied || patched(SEARCH_ATTRIBUTE_CLEARS_PATCH);
      if (clearsUntyped) upsertRemovingNulls(attributes);
      else upsertSearchAttributes([...attributes]);
    }
    lastAttributes = attributesKey;
    if (!withMemo) return;
    const facts = factsOf(state, !onlyChanges);
    const factsKey = JSON.stringify(facts);
    if (!onlyChanges || factsKey !== lastFacts) upsertMemo({ [FACTS_MEMO_KEY]: facts });
    lastFacts = factsKey;
  };
}
