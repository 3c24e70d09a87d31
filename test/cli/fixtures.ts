// Real case statuses for the formatting tests: the example letter's case run through the
// pure rules (decide/apply) and shown as the workflow's status query would show it.
import { buildHolidayTable, WorkingDayCalendar } from '../../domain/calendar';
import {
  applyAll,
  caseStatus,
  commandSchema,
  decide,
  initialState,
  openCaseSchema,
  timeline,
  type CaseState,
  type CaseStatus,
  type CommandInput,
  type RuleContext,
  type TimelineEntry,
} from '../../domain/lifecycle';
import { getRegime } from '../../domain/regimes';
import { APPROVER, LETTER_CASE, ncndResponse, OFFICER } from '../support/example-letter';

export { APPROVER, OFFICER } from '../support/example-letter';

export function ctxOn(today: string): RuleContext {
  const regime = getRegime('foia');
  return {
    today,
    regime,
    cal: WorkingDayCalendar.fromTable(buildHolidayTable(2017, 2020), regime.divisions),
  };
}

function letterCase(today: string, ...commands: CommandInput[]): CaseState {
  let s = initialState(openCaseSchema.parse(LETTER_CASE));
  for (const c of commands) {
    const d = decide(s, commandSchema.parse(c), ctxOn(today));
    if (!d.ok) throw new Error(d.reason);
    s = applyAll(s, d.events);
  }
  return s;
}

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
