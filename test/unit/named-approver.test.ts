// Who may sign off a draft: the approver the case names, and nobody else; with no approver
// named, anyone but the draft's author (the web app adds the approver-role check). Cases
// started before the rule (legacy.approveByAnyone) keep the old behaviour so they replay.
import { applyAll, commandSchema, decide, type CaseState, type CommandInput } from '../../domain/lifecycle';
import { APPROVER, ctxFor, OFFICER, openCase, run } from '../support/case-builder';

const TODAY = '2026-11-26';
const OTHER = 'someone.else@police.example.gov.uk';

const submitted = (approver: string | undefined): CaseState =>
  run(openCase({ approver }), TODAY, { type: 'submitDraft', by: OFFICER, on: '2018-06-20' });

const commandBy = (type: 'approve' | 'returnDraft', by: string): CommandInput =>
  type === 'approve'
    ? { type, by, on: '2018-06-21' }
    : { type, by, on: '2018-06-21', comment: 'cite s31(3) too' };

function outcome(s: CaseState, raw: CommandInput, legacy = false): string {
  const ctx = ctxFor(s.regime, TODAY);
  const d = decide(s, commandSchema.parse(raw), legacy ? { ...ctx, legacy: { approveByAnyone: true } } : ctx);
  if (!d.ok) return `refused: ${d.reason}`;
  return `accepted: ${applyAll(s, d.events).phase}`;
}

// [named approver, command, by, legacy flag, expected]
const table: [string | undefined, 'approve' | 'returnDraft', string, boolean, string][] = [
  [APPROVER, 'approve', APPROVER, false, 'accepted: approved'],
  [APPROVER, 'approve', APPROVER.toUpperCase(), false, 'accepted: approved'],
  [
    APPROVER,
    'approve',
    OTHER,
    false,
    `refused: cannot approve: ${APPROVER} is the named approver of this case, not ${OTHER}`,
  ],
  [APPROVER, 'approve', OTHER, true, 'accepted: approved'],
  [
    APPROVER,
    'approve',
    OFFICER,
    true,
    `refused: cannot approve: ${OFFICER} submitted this draft; another person must sign it off`,
  ],
  [APPROVER, 'returnDraft', APPROVER, false, 'accepted: in_progress'],
  [
    APPROVER,
    'returnDraft',
    OTHER,
    false,
    `refused: cannot return the draft: ${APPROVER} is the named approver of this case, not ${OTHER}`,
  ],
  [APPROVER, 'returnDraft', OTHER, true, 'accepted: in_progress'],
  [undefined, 'approve', OTHER, false, 'accepted: approved'],
  [
    undefined,
    'approve',
    OFFICER,
    false,
    `refused: cannot approve: ${OFFICER} submitted this draft; another person must sign it off`,
  ],
  [undefined, 'returnDraft', OTHER, false, 'accepted: in_progress'],
];

describe('the named approver signs off', () => {
  test.each(table)('approver %s: %s by %s (legacy %s) → %s', (approver, type, by, legacy, expected) => {
    expect(outcome(submitted(approver), commandBy(type, by), legacy)).toBe(expected);
  });

  test('an approver named later by reassignment is the one who signs off', () => {
    let s = run(openCase({ approver: undefined }), TODAY, {
      type: 'assign',
      by: 'manager@police.example.gov.uk',
      on: '2018-05-30',
      officer: OFFICER,
      approver: OTHER,
    });
    s = run(s, TODAY, { type: 'submitDraft', by: OFFICER, on: '2018-06-20' });
    expect(outcome(s, commandBy('approve', APPROVER))).toBe(
      `refused: cannot approve: ${OTHER} is the named approver of this case, not ${APPROVER}`,
    );
    expect(outcome(s, commandBy('approve', OTHER))).toBe('accepted: approved');
  });
});
