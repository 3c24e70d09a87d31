// Working a request: assignment, clarification (the clock stops), fees (the clock
// pauses) and the public interest extension.
import type { Command } from 'commander';
import { exemptionOption, parsePounds } from '../parsers';
import { registerUpdateCommand } from '../update-command';

export function registerCasework(program: Command): void {
  registerUpdateCommand(program, {
    name: 'assign',
    type: 'assign',
    summary: 'give the case to a case officer (and optionally an approver)',
    options: [
      { flags: '--officer <email>', description: "the case officer's email address" },
      { flags: '--approver <email>', description: "the approver's email address (default: unchanged)" },
    ],
  });
  registerUpdateCommand(program, {
    name: 'clarify',
    type: 'requestClarification',
    summary: 'record that clarification was asked of the requester: the clock stops (FOIA s1(3))',
    on: 'the day the question was sent',
    options: [{ flags: '--question <text>', description: 'what was asked' }],
  });
  registerUpdateCommand(program, {
    name: 'clarified',
    type: 'clarificationReceived',
    summary: 'record that the clarification arrived: the clock starts again from that day (FOIA s1(3))',
    on: 'the day it arrived',
  });
  registerUpdateCommand(program, {
    name: 'fee',
    type: 'issueFeesNotice',
    summary: 'record a fees notice: the clock pauses until the fee is paid (FOIA s9, s10(2))',
    on: 'the day the notice was sent',
    options: [
      {
        flags: '--amount <pounds>',
        description: 'the fee, e.g. 25.50',
        field: 'amountPence',
        parse: (v) => parsePounds('--amount', v),
      },
    ],
  });
  registerUpdateCommand(program, {
    name: 'paid',
    type: 'feePaid',
    summary: 'record that the fee was paid: the clock restarts',
    on: 'the day payment arrived',
  });
  registerUpdateCommand(program, {
    name: 'extend',
    type: 'extend',
    summary: 'extend the deadline to consider the public interest (FOIA s10(3); EIR reg 7)',
    on: 'the day the extension notice (FOIA s17(2)) went to the requester',
    options: [
      { flags: '--reason <text>', description: 'why more time is needed' },
      { flags: '--until <date>', description: 'the new deadline, YYYY-MM-DD (default: the longest allowed)' },
      exemptionOption('FOIA: the qualified exemption being weighed, e.g. s31(1):qualified (repeat for each)'),
    ],
  });
}
