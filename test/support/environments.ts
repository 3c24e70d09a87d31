// Real Temporal servers for tests: the CLI dev server (visibility lists, search
// attributes) and the Java time-skipping test server (timers of weeks in seconds).
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { dataConverterFromEnv } from '../../codec/data-converter';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { temporalCli, testServerLauncher } from './tools';

export const TEST_NAMESPACE = 'foi';

/** `dbFilename` keeps the server's state in a file (the embedded default's data/temporal.db);
 * `dynamicConfig` sets the server's dynamic config values (`frontend.historyMaxPageSize`...). */
export function startDevServer(
  opts: { dbFilename?: string; dynamicConfig?: Record<string, number> } = {},
): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    client: { dataConverter: dataConverterFromEnv() },
    server: {
      executable: { type: 'existing-path', path: temporalCli() },
      namespace: TEST_NAMESPACE,
      searchAttributes: [...ALL_SEARCH_ATTRIBUTES],
      log: { format: 'pretty', level: 'error' },
      dbFilename: opts.dbFilename,
      extraArgs: Object.entries(opts.dynamicConfig ?? {}).flatMap(([k, v]) => [
        '--dynamic-config-value',
        `${k}=${v}`,
      ]),
    },
  });
}

/** The time-skipping server, with the project's search attributes registered (it has
 * no list API, but workflows upsert them and would fail if they were unknown). */
export async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    client: { dataConverter: dataConverterFromEnv() },
    server: { executable: { type: 'existing-path', path: testServerLauncher() } },
  });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      ALL_SEARCH_ATTRIBUTES.map((k) => [k.name, encodeSearchAttributeIndexedValueType(k.type)!]),
    ),
  });
  return env;
}
