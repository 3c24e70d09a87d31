// The statistical facts of a case from its visibility record: the memo the workflow keeps
// (workflows/definitions.ts CaseFacts), or, for a case that has not written one yet, what
// its search attributes say.
import type { WorkflowExecutionInfo } from '@temporalio/client';
import { FACTS_MEMO_KEY, type CaseFacts } from '../workflows/definitions';
import {
  FoiAnsweredLate,
  FoiOutcome,
  FoiPhase,
  FoiReceivedDate,
  FoiRegime,
} from '../workflows/search-attributes';

function isFacts(v: unknown): v is CaseFacts {
  const f = v as Partial<CaseFacts> | undefined;
  return typeof f?.receivedOn === 'string' && typeof f.phase === 'string';
}

export function factsOf(info: WorkflowExecutionInfo): CaseFacts | undefined {
  const memo = info.memo?.[FACTS_MEMO_KEY];
  if (isFacts(memo)) return memo;
  const sa = info.typedSearchAttributes;
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
