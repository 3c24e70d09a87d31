// The statistical facts of a case from its visibility record: the memo the workflow keeps
// (workflows/definitions.ts CaseFacts), or, for a case that has not written one yet, what
// its search attributes say.
import type { WorkflowExecutionInfo } from '@temporalio/client';
import { FACTS_MEMO_KEY, type CaseFacts, type CaseFactsMemo } from '../workflows/definitions';
import {
  FoiAnsweredLate,
  FoiOutcome,
  FoiPhase,
  FoiReceivedDate,
  FoiRegime,
} from '../workflows/search-attributes';

function isFacts(v: unknown): v is CaseFactsMemo {
  const f = v as Partial<CaseFactsMemo> | undefined;
  return typeof f?.receivedOn === 'string';
}

export function factsOf(info: WorkflowExecutionInfo): CaseFacts | undefined {
  const memo = info.memo?.[FACTS_MEMO_KEY];
  const sa = info.typedSearchAttributes;
  // Cases from before the scale patch keep the phase in the memo; later ones in FoiPhase only.
  if (isFacts(memo)) return { ...memo, phase: memo.phase ?? sa.get(FoiPhase) ?? 'received' };
  const received = sa.get(FoiReceivedDate);
  if (!received) return undefined;
  return {
    receivedOn: received.toISOString().slice(0, 10),
    regime: sa.get(FoiRegime) ?? 'foia',
    phase: sa.get(FoiPhase) ?? 'received',
    outcome: sa.get(FoiOutcome),
    late: sa.get(FoiAnsweredLate),
  };
}
