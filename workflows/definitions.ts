// The case workflow's interface, in one place: one Update per command (callers learn at
// once whether it was accepted and why not), the queries managers and officers read,
// and the signal that brings a refreshed bank-holiday table to open cases.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { IsoDate } from '../domain/calendar';
import { COMMAND_TYPES } from '../domain/lifecycle/command-types';
import type { CommandInput, CommandType } from '../domain/lifecycle/commands';
import type { CaseStatus, TimelineEntry } from '../domain/lifecycle/view';

export const WORKFLOW_TYPE = 'foiRequest';

/** The payload of a command's Update: the command without its `type`, which the Update names. */
export type CommandPayload<T extends CommandType> = Omit<Extract<CommandInput, { type: T }>, 'type'>;

type CommandUpdates = {
  [T in CommandType]: ReturnType<typeof defineUpdate<CaseStatus, [CommandPayload<T>], T>>;
};

// One Update per command in the domain's list (command-types.ts), so none can be forgotten.
export const commandUpdates = Object.fromEntries(
  COMMAND_TYPES.map((n) => [n, defineUpdate(n)]),
) as CommandUpdates;

/** Status now; `today` (London date) lets a caller ask "as of today" of a case idle for days. */
export const statusQuery = defineQuery<CaseStatus, [IsoDate?]>('status');
export const timelineQuery = defineQuery<TimelineEntry[]>('timeline');
export const holidaysChangedSignal = defineSignal('holidaysChanged');

/** Compact facts for statistics, kept in the workflow memo so one list call returns them. */
export interface CaseFacts {
  receivedOn: IsoDate;
  regime: string;
  phase: string;
  respondedOn?: IsoDate;
  outcome?: string;
  late?: boolean;
  workingDaysTaken?: number;
  extended?: boolean;
  exemptions?: string[];
  reviewRequestedOn?: IsoDate;
  reviewResult?: string;
  reviewLate?: boolean;
  icoComplaintOn?: IsoDate;
  icoDecision?: string;
}
export const FACTS_MEMO_KEY = 'facts';
/** The memo as cases write it: since the scale patch without the phase, which the FoiPhase
 * search attribute already carries (a memo written at every change of phase would cost a
 * history event at nearly every command). */
export type CaseFactsMemo = Omit<CaseFacts, 'phase'> & { phase?: string };
