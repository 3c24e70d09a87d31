// What the bench opens: N FOIA cases received over the last month, each with an officer and
// an approver (so the receipt confirmation goes out by email), and N trivial workflows.
import { openCaseSchema, workflowIdFor, type OpenCaseInput } from '../../domain/lifecycle/open-case';

export const FOI_WORKFLOW_TYPE = 'foiRequest';
/** The yardstick's workflow type: `waits` only waits; `sends` sends a one-line email first. */
export const TRIVIAL_WORKFLOW_TYPES = { waits: 'trivialCase', sends: 'trivialCaseThatSends' } as const;
export type Yardstick = keyof typeof TRIVIAL_WORKFLOW_TYPES;

const pad = (i: number): string => String(i + 1).padStart(6, '0');

export const foiReference = (i: number): string => `BENCH/${pad(i)}`;
export const foiWorkflowId = (i: number): string => workflowIdFor(foiReference(i));
export const trivialWorkflowId = (i: number): string => `trivial-BENCH/${pad(i)}`;

const DAY_MS = 86_400_000;

/** Case i: received 0-30 days ago (spread evenly), one of 25 officers and 5 approvers. */
export function foiInput(i: number, nowMs: number): OpenCaseInput {
  const receivedOn = new Date(nowMs - (i % 31) * DAY_MS).toISOString().slice(0, 10);
  return {
    reference: foiReference(i),
    regime: 'foia',
    receivedOn,
    channel: 'email',
    summary: `Benchmark request ${i + 1}: spending on road maintenance by ward`,
    questions: ['How much was spent in each ward in the last three years?'],
    officer: `officer${i % 25}@example.gov.uk`,
    approver: `approver${i % 5}@example.gov.uk`,
    openedBy: 'bench',
  };
}

/** Throws, naming the field, if the project's schema would refuse the bench's input. */
export function checkInput(input: OpenCaseInput): void {
  const parsed = openCaseSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `bench case input rejected by openCaseSchema: ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
}
