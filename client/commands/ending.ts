// Ending a case by hand: the requester withdraws, or a case after a decision notice closes.
import type { Command } from 'commander';
import { registerUpdateCommand } from '../update-command';

export function registerEnding(program: Command): void {
  registerUpdateCommand(program, {
    name: 'withdraw',
    type: 'withdraw',
    summary: 'record that the requester withdrew the request (or the complaint)',
    options: [{ flags: '--reason <text>', description: 'what the requester said' }],
  });
  registerUpdateCommand(program, {
    name: 'close',
    type: 'close',
    summary:
      'close a case after a decision notice (e.g. once the tribunal has ruled); other cases close by themselves',
    options: [{ flags: '--reason <text>', description: 'why the case is closed' }],
  });
}
