// Builds cases for the tests of the rules and of what the CLI prints, by running real
// commands through decide/apply: the one place a test case is put together.
import { buildHolidayTable, WorkingDayCalendar } from '../../domain/calendar';
import {
  applyAll,
  commandSchema,
  decide,
  dueTransitions,
  initialState,
  openCaseSchema,
  type CaseState,
  type CommandInput,
  type OpenCaseInput,
  type RuleContext,
} from '../../domain/lifecycle';
import { getRegime } from '../../domain/regimes';
import { LETTER_CASE } from './example-letter';

const tables = new Map<string, ReturnType<typeof buildHolidayTable>>();

export function ctxFor(regimeId: string, today: string): RuleContext {
  const regime = getRegime(regimeId);
  const key = today.slice(0, 4);
  let table = tables.get(key);
  if (!table) {
    table = buildHolidayTable(2016, Number(key) + 2);
    tables.set(key, table);
  }
  return { today, regime, cal: WorkingDayCalendar.fromTable(table, regime.divisions) };
}

export { APPROVER, OFFICER } from '../support/example-letter';

export function openCase(over: Partial<OpenCaseInput> = {}): CaseState {
  return initialState(openCaseSchema.parse({ ...LETTER_CASE, ...over }));
}

/** Applies commands in order as if entered on `today`; each must be accepted. */
export function run(state: CaseState, today: string, ...commands: CommandInput[]): CaseState {
  let s = state;
  for (const raw of commands) {
    const decision = decide(s, commandSchema.parse(raw), ctxFor(s.regime, today));
    if (!decision.ok) throw new Error(`${raw.type} rejected: ${decision.reason}`);
    s = applyAll(s, decision.events);
  }
  return s;
}

/** The workflow's wake-up on `today`: clocks that ran out are applied. */
export function tick(state: CaseState, today: string): CaseState {
  return applyAll(state, dueTransitions(state, ctxFor(state.regime, today)));
}

/** The reason a command is rejected (fails the test if it is accepted). */
export function rejection(state: CaseState, today: string, raw: CommandInput): string {
  const decision = decide(state, commandSchema.parse(raw), ctxFor(state.regime, today));
  if (decision.ok) throw new Error(`${raw.type} was accepted; expected a rejection`);
  return decision.reason;
}
