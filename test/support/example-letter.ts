// The example response letter's case, shared by the tests: received 29 May 2018, answered
// 26 June 2018 neither confirming nor denying under s24(2) and s31(3) after a public
// interest test. Personal data of the requester never appears here.
import type { CommandInput, OpenCaseInput } from '../../domain/lifecycle';

export const OFFICER = 'officer@police.example.gov.uk';
export const APPROVER = 'approver@police.example.gov.uk';
export const LETTER_REFERENCE = 'FOI2018/02892';

export const LETTER_CASE: OpenCaseInput = {
  reference: LETTER_REFERENCE,
  regime: 'foia',
  receivedOn: '2018-05-29',
  summary: 'Use of a named surveillance technique',
  officer: OFFICER,
  approver: APPROVER,
  openedBy: OFFICER,
};

/** The letter's answer, without `type` and `on` (an Update payload once `by` is added). */
export const NCND_ANSWER = {
  outcome: 'neither-confirm-nor-deny',
  exemptions: [
    { section: 's24(2)', kind: 'qualified' },
    { section: 's31(3)', kind: 'qualified' },
  ],
  publicInterestTest: true,
  refusalNoticeComplete: true,
} as const satisfies Omit<Extract<CommandInput, { type: 'recordResponse' }>, 'type' | 'by'>;

/** The letter's answer as a command, sent on 26 June 2018. */
export const ncndResponse = (
  by: string,
  on = '2018-06-26',
): Extract<CommandInput, { type: 'recordResponse' }> => ({
  type: 'recordResponse',
  by,
  on,
  ...NCND_ANSWER,
  exemptions: [...NCND_ANSWER.exemptions],
});
