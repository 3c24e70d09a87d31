// A complaint to the regulator (ICO / Scottish Information Commissioner) and what follows.
import type { Command } from 'commander';
import { DECISION_RESULTS } from '../../domain/lifecycle/outcomes';
import { registerUpdateCommand } from '../update-command';

export function registerRegulator(program: Command): void {
  registerUpdateCommand(program, {
    name: 'ico-complaint',
    type: 'icoComplaint',
    summary: 'record a complaint to the regulator (FOIA s50)',
    on: 'the day the regulator told the authority',
    options: [
      { flags: '--ico-reference <ref>', description: "the regulator's case reference" },
      {
        flags: '--submission-due <date>',
        description: "the date the regulator set for the authority's submission",
      },
    ],
  });
  registerUpdateCommand(program, {
    name: 'ico-submission',
    type: 'icoSubmission',
    summary: "record that the authority's submission went to the regulator",
  });
  registerUpdateCommand(program, {
    name: 'ico-decision',
    type: 'icoDecision',
    summary: 'record the decision notice',
    on: 'the date of the notice',
    options: [
      { flags: '--notice-reference <ref>', description: 'the decision notice reference, e.g. FS50123456' },
      { flags: '--result <result>', description: `one of ${DECISION_RESULTS.join(', ')}` },
      {
        flags: '--step <text>',
        description: 'a step the notice requires (repeat for each)',
        field: 'steps',
        repeatable: true,
      },
      {
        flags: '--comply-by <date>',
        description: 'the date the notice sets for the steps (default: 35 days, FOISA 42)',
      },
    ],
  });
  registerUpdateCommand(program, {
    name: 'complied',
    type: 'complied',
    summary: "record that the decision notice's steps were complied with",
  });
  registerUpdateCommand(program, {
    name: 'appeal',
    type: 'appeal',
    summary: 'record an appeal to the tribunal against the decision notice',
    options: [{ flags: '--appellant <who>', description: 'authority or requester' }],
  });
}
