// The calls one case answers: its status and timeline (queries) and its commands
// (Updates). Each call has a deadline, so a missing worker is reported, not waited on.
import type { WorkflowHandle } from '@temporalio/client';
import { sdk } from './temporal-sdk';
import type { CommandType } from '../domain/lifecycle/commands';
import { workflowIdFor, type CaseStatus, type OpenCase, type TimelineEntry } from '../domain/lifecycle';
import {
  commandUpdates,
  statusQuery,
  timelineQuery,
  WORKFLOW_TYPE,
  type CommandPayload,
} from '../workflows/definitions';
import { FoiPhase } from '../workflows/search-attributes';
import type { Session } from './connect';
import { CaseNotFoundError, CliError } from './errors';
import { withDeadline } from './deadline';
import { orphanedCase } from './orphaned-case';
import { NoAnswerError } from './temporal-errors';
import { mayAnswerLater } from './query-retry';
import { londonToday } from './today';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a just-started case may take to set up its query handlers before we give up. */
const SETTLING_MS = 10_000;

/** The wait before the next try: a case is usually ready 100-180 ms after it starts, so
 * 10, 20, 40, ... ms (the first status after `foi open` comes soon after the case is
 * ready), then 250 ms apart. */
export const settlingWait = (attempt: number): number => Math.min(10 * 2 ** attempt, 250);

const handleOf = (s: Session, reference: string): WorkflowHandle =>
  s.client.workflow.getHandle(workflowIdFor(reference));

/** "no case X", or, for a case whose workflow has finished, that it has ended. */
async function missingCase(s: Session, reference: string): Promise<CliError> {
  try {
    const d = await handleOf(s, reference).describe();
    const phase = d.typedSearchAttributes.get(FoiPhase) ?? d.status.name.toLowerCase();
    return new CliError(`case ${reference} has ended (${phase}): nothing more can be recorded`);
  } catch (err) {
    // Only a workflow the server does not know is "no case"; anything else (the server
    // gone, a timeout) is passed on as it is.
    if (err instanceof sdk().WorkflowNotFoundError) return new CaseNotFoundError(reference);
    throw err;
  }
}

/** A case on a queue nobody polls is said to be so at once, beside the call (which would
 * wait out its deadline, and is cancelled); a timed-out call names the case's task queue. */
async function onCase<T>(s: Session, reference: string, fn: () => Promise<T>): Promise<T> {
  const cancel = new AbortController();
  const refused = orphanedCase(s, reference).then((err): Promise<never> => {
    if (!err) return new Promise(() => undefined);
    cancel.abort();
    throw err;
  });
  try {
    return await Promise.race([s.client.withAbortSignal(cancel.signal, () => withDeadline(s, fn)), refused]);
  } catch (err) {
    if (!(err instanceof NoAnswerError)) throw err;
    const queue = await s.client
      .withDeadline(Date.now() + 5000, () => handleOf(s, reference).describe())
      .then((d) => d.taskQueue)
      .catch(() => s.config.taskQueue);
    throw new NoAnswerError(err.seconds, queue, s.config.namespace);
  }
}

/** Runs a query, waiting briefly while a just-started case sets up its handlers. */
async function query<T>(s: Session, reference: string, run: (h: WorkflowHandle) => Promise<T>): Promise<T> {
  return onCase(s, reference, async () => {
    const giveUpAt = Date.now() + SETTLING_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        return await run(handleOf(s, reference));
      } catch (err) {
        if (err instanceof sdk().WorkflowNotFoundError) throw new CaseNotFoundError(reference);
        const settling = err instanceof sdk().QueryNotRegisteredError && mayAnswerLater(err.message);
        if (settling && Date.now() < giveUpAt) {
          await sleep(settlingWait(attempt));
          continue;
        }
        throw err;
      }
    }
  });
}

export const fetchStatus = (s: Session, reference: string): Promise<CaseStatus> =>
  query(s, reference, (h) => h.query(statusQuery, londonToday()));

export const fetchTimeline = (s: Session, reference: string): Promise<TimelineEntry[]> =>
  query(s, reference, (h) => h.query(timelineQuery));

/** Sends a validated command; the case answers with its new status or the rule's reason. */
export async function sendCommand<T extends CommandType>(
  s: Session,
  reference: string,
  type: T,
  payload: CommandPayload<T>,
): Promise<CaseStatus> {
  try {
    return await onCase(s, reference, () =>
      handleOf(s, reference).executeUpdate(commandUpdates[type], { args: [payload] }),
    );
  } catch (err) {
    if (err instanceof CliError) throw err;
    if (err instanceof sdk().WorkflowNotFoundError) throw await missingCase(s, reference);
    throw err;
  }
}

/** Starts the case's workflow; false when a case with that reference already exists. */
export async function startCase(s: Session, input: OpenCase): Promise<boolean> {
  try {
    await withDeadline(s, () =>
      s.client.workflow.start(WORKFLOW_TYPE, {
        workflowId: workflowIdFor(input.reference),
        taskQueue: s.config.taskQueue,
        args: [input],
        // A reference names one case for ever, even once its workflow has finished.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    );
    return true;
  } catch (err) {
    if (err instanceof sdk().WorkflowExecutionAlreadyStartedError) return false;
    throw err;
  }
}
