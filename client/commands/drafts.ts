// From draft to response: submission, sign-off or return, and the response itself.
import type { Command } from 'commander';
import { OUTCOMES } from '../../domain/lifecycle/outcomes';
import { exemptionOption } from '../parsers';
import { registerUpdateCommand } from '../update-command';

export function registerDrafts(program: Command): void {
  registerUpdateCommand(program, {
    name: 'submit',
    type: 'submitDraft',
    summary: 'submit the draft response for approval',
    options: [{ flags: '--note <text>', description: 'a note for the approver' }],
  });
  registerUpdateCommand(program, {
    name: 'approve',
    type: 'approve',
    summary: 'sign off the draft (by someone other than its author)',
  });
  registerUpdateCommand(program, {
    name: 'return',
    type: 'returnDraft',
    summary: 'send the draft back to the case officer',
    options: [{ flags: '--comment <text>', description: 'what needs to change' }],
  });
  registerUpdateCommand(program, {
    name: 'respond',
    type: 'recordResponse',
    summary: 'record the response sent to the requester',
    on: 'the day the response was sent',
    options: [
      { flags: '--outcome <outcome>', description: `one of ${OUTCOMES.join(', ')}` },
      exemptionOption('an exemption cited, e.g. s24(2):qualified or s40(2):absolute (repeat for each)'),
      {
        flags: '--public-interest-test',
        description: 'the public interest test was carried out (qualified exemptions)',
      },
      {
        flags: '--refusal-notice-complete',
        description:
          'the refusal notice states the exemption, why it applies, the public interest reasons, the internal review procedure and the right to complain (FOIA s17)',
      },
    ],
  });
}
