// The worker checks its namespace exists before it polls: otherwise the SDK's error is a
// debug dump of the server's reply, protobuf bytes and all (issue 10 item 7).
import type { NativeConnection } from '@temporalio/worker';
import type { TemporalConfig } from '../config/temporal';

const NOT_FOUND = 5; // gRPC status code

/** One line when the namespace does not exist; undefined when it does (or the check could
 * not tell: the worker's own start then reports what is wrong). */
export async function namespaceProblem(
  connection: NativeConnection,
  t: Pick<TemporalConfig, 'namespace' | 'address'>,
): Promise<string | undefined> {
  try {
    await connection.workflowService.describeNamespace({ namespace: t.namespace });
    return undefined;
  } catch (err) {
    if ((err as { code?: unknown }).code !== NOT_FOUND) return undefined;
    return `Temporal namespace '${t.namespace}' does not exist at ${t.address}: check TEMPORAL_NAMESPACE (or create it: temporal operator namespace create ${t.namespace})`;
  }
}
