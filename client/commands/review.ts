// The internal review: the requester asks, the authority may extend, and it answers.
import type { Command } from 'commander';
import { REVIEW_RESULTS } from '../../domain/lifecycle/outcomes';
import { registerUpdateCommand } from '../update-command';

export function registerReview(program: Command): void {
  registerUpdateCommand(program, {
    name: 'review-request',
    type: 'requestReview',
    summary:
      'record that the requester asked for an internal review (of the response, or of no response once its deadline has passed)',
    on: 'the day the request for review arrived',
    options: [
      { flags: '--grounds <text>', description: "the requester's grounds" },
      {
        flags: '--late',
        description: 'accept a request made after the window (the authority may, under the s45 Code)',
      },
    ],
  });
  registerUpdateCommand(program, {
    name: 'review-extend',
    type: 'extendReview',
    summary: 'extend the internal review (FOIA Code of Practice: 40 working days at most)',
    options: [{ flags: '--reason <text>', description: 'why the review needs longer' }],
  });
  registerUpdateCommand(program, {
    name: 'review-complete',
    type: 'completeReview',
    summary: 'record the result of the internal review',
    on: 'the day the result was sent',
    options: [
      { flags: '--result <result>', description: `one of ${REVIEW_RESULTS.join(', ')}` },
      { flags: '--disclose', description: 'partly upheld, and some information is now to be released' },
    ],
  });
}
