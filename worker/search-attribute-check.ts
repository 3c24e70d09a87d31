// At start-up the worker checks that its namespace knows every search attribute the cases
// upsert (workflows/search-attributes.ts). An unknown one fails the case's workflow task
// over and over, so a release that adds one (FoiMailOutage, upserted only during a mail
// outage) would stall cases just when they need to show it. A warning, not a refusal: the
// attributes can be registered while the worker runs, and stalled cases then carry on.
import type { NativeConnection } from '@temporalio/worker';
import { ALL_SEARCH_ATTRIBUTES } from '../workflows/search-attributes';

export async function missingSearchAttributes(
  connection: NativeConnection,
  namespace: string,
): Promise<string[]> {
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  const known = new Set(Object.keys(customAttributes ?? {}));
  return ALL_SEARCH_ATTRIBUTES.map((k) => k.name).filter((name) => !known.has(name));
}

export async function searchAttributesWarning(
  connection: NativeConnection,
  namespace: string,
): Promise<string | undefined> {
  const missing = await missingSearchAttributes(connection, namespace);
  if (missing.length === 0) return undefined;
  return (
    `worker: warning: namespace ${namespace} lacks the search attribute${missing.length === 1 ? '' : 's'} ${missing.join(', ')}; ` +
    'cases that set them will stall until they are registered (npm start and docker compose register them; ' +
    `or: temporal operator search-attribute create --namespace ${namespace} --name ${missing[0]} --type ...)`
  );
}
