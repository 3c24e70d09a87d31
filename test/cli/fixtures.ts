// Real case statuses for the formatting tests: the example letter's case run through the
// pure rules (decide/apply) and shown as the workflow's status query would show it.
import {
  caseStatus,
  timeline,
  type CaseStatus,
  type CommandInput,
  type TimelineEntry,
} from '../../domain/lifecycle';
import { ctxFor, openCase, run } from '../support/case-builder';
import { APPROVER, ncndResponse, OFFICER } from '../support/example-letter';

const ctxOn = (today: string) => ctxFor('foia', today);
const letterCase = (today: string, ...commands: CommandInput[]) => run(openCase(), today, ...commands);

const RESPONSE: CommandInput[] = [
  { type: 'submitDraft', by: OFFICER, on: '2018-06-20' },
  { type: 'approve', by: APPROVER, on: '2018-06-21' },
  ncndResponse(OFFICER),
];

/** Open, in progress, as of `today`. */
export const openLetterStatus = (today: string): CaseStatus => caseStatus(letterCase(today), ctxOn(today));

/** Answered on 26 June 2018 (the 20th working day), as of `today`. */
export function answeredLetter(today: string): { status: CaseStatus; timeline: TimelineEntry[] } {
  const s = letterCase(today, ...RESPONSE);
  return { status: caseStatus(s, ctxOn(today)), timeline: timeline(s) };
}
