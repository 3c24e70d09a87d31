// At start-up the worker reads how long the namespace keeps closed cases. A case's record
// reaches the records store at every change, within seconds; but `foi records rebuild`
// can only restore what Temporal still keeps, so a short retention leaves little time to
// notice and mend a store that was down or restored from an old backup.
import type { NativeConnection } from '@temporalio/worker';

export const RECOMMENDED_RETENTION_DAYS = 7;

export async function retentionWarning(
  connection: NativeConnection,
  namespace: string,
): Promise<string | undefined> {
  const { config } = await connection.workflowService.describeNamespace({ namespace });
  const seconds = Number(config?.workflowExecutionRetentionTtl?.seconds ?? 0);
  const days = seconds / 86_400;
  if (days >= RECOMMENDED_RETENTION_DAYS) return undefined;
  const kept = days >= 1 ? `${Math.round(days * 10) / 10} days` : `${Math.round(seconds / 3600)} hours`;
  return `worker: warning: namespace ${namespace} keeps closed cases for ${kept}; records reach the store as cases change, but foi records rebuild can only restore what Temporal keeps: set a retention of at least ${RECOMMENDED_RETENTION_DAYS} days (FOI_RETENTION_DAYS, 30 by default)`;
}
