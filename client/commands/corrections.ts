// Putting a mistake right: reversing the last step recorded wrongly, and voiding a case
// that was opened in error. Both keep the history (who, when, why) for audit.
import type { Command } from 'commander';
import { registerUpdateCommand } from '../update-command';

export function registerCorrections(program: Command): void {
  registerUpdateCommand(program, {
    name: 'reverse',
    type: 'reverseLastStep',
    summary:
      'take back the last step recorded (a wrong date or detail): the deadlines are worked out again, both stay in the timeline; then record the step as it happened',
    on: 'the day the mistake was put right',
    options: [{ flags: '--reason <text>', description: 'what was wrong with the step' }],
  });
  registerUpdateCommand(program, {
    name: 'void',
    type: 'void',
    summary:
      'end a case opened in error (a duplicate, a wrong reference, a test): it leaves the lists and statistics, its history is kept',
    on: 'the day it was found to be in error',
    options: [{ flags: '--reason <text>', description: 'why the case was opened in error' }],
  });
}
