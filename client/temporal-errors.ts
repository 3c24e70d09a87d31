// What went wrong talking to Temporal, in words for the person at the terminal.
import type { WorkflowUpdateFailedError } from '@temporalio/client';
import { sdk } from './temporal-sdk';
import { CliError } from './errors';
import { unreachable } from './connect';
import type { TemporalConfig } from '../config/temporal';

// gRPC status codes (https://grpc.github.io/grpc/core/md_doc_statuscodes.html).
const NOT_FOUND = 5;
const DEADLINE_EXCEEDED = 4;
const PERMISSION_DENIED = 7;
const UNAVAILABLE = 14;
const UNAUTHENTICATED = 16;

function grpcCode(err: unknown): number | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if (sdk().isGrpcServiceError(e)) return e.code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A call that timed out: usually no worker polls the case's task queue. */
export class NoAnswerError extends CliError {
  constructor(
    readonly seconds: number,
    taskQueue: string,
    namespace: string,
  ) {
    super(
      `no answer within ${seconds}s: is a worker running on task queue "${taskQueue}" of namespace "${namespace}"? (npm start)`,
    );
    this.name = 'NoAnswerError';
  }
}

export const noAnswer = (config: TemporalConfig, seconds: number): NoAnswerError =>
  new NoAnswerError(seconds, config.taskQueue, config.namespace);

/** The reason a rule gave for refusing a command (the Update's failure message). */
export function rejectionReason(err: WorkflowUpdateFailedError): string {
  return err.cause?.message ?? err.message;
}

/** A CliError for anything the server said; unknown errors are returned as they are. */
export function explainTemporalError(err: unknown, config: TemporalConfig, seconds: number): unknown {
  if (err instanceof CliError) return err;
  if (err instanceof sdk().WorkflowUpdateFailedError)
    return new CliError(`rejected: ${rejectionReason(err)}`);
  if (
    err instanceof sdk().NamespaceNotFoundError ||
    (grpcCode(err) === NOT_FOUND && /namespace/i.test(String(err)))
  ) {
    return new CliError(
      `Temporal namespace '${config.namespace}' does not exist at ${config.address}: check TEMPORAL_NAMESPACE`,
    );
  }
  if (err instanceof sdk().WorkflowUpdateRPCTimeoutOrCancelledError || sdk().isGrpcDeadlineError(err))
    return noAnswer(config, seconds);
  const code = grpcCode(err);
  if (code === DEADLINE_EXCEEDED) return noAnswer(config, seconds);
  if (code === UNAVAILABLE) return unreachable(config);
  if (code === UNAUTHENTICATED || code === PERMISSION_DENIED) {
    return new CliError(
      `Temporal at ${config.address} refused the credentials: check TEMPORAL_API_KEY or the TLS settings`,
    );
  }
  if (err instanceof sdk().ServiceError) return new CliError(`Temporal at ${config.address}: ${err.message}`);
  return err;
}
