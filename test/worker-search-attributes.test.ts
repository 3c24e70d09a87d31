// The worker warns at start when its namespace lacks a search attribute the cases upsert
// (a release adding FoiMailOutage, on a server registered for the one before): one line
// naming it; none once it is registered. Against a real dev server.
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { TEST_NAMESPACE } from './support/environments';
import { temporalCli } from './support/tools';
import { missingSearchAttributes, searchAttributesWarning } from '../worker/search-attribute-check';
import { ALL_SEARCH_ATTRIBUTES, FoiMailOutage } from '../workflows/search-attributes';

let env: TestWorkflowEnvironment;

beforeAll(async () => {
  env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: temporalCli() },
      namespace: TEST_NAMESPACE,
      // As registered before this release: everything but FoiMailOutage.
      searchAttributes: ALL_SEARCH_ATTRIBUTES.filter((k) => k.name !== FoiMailOutage.name),
      log: { format: 'pretty', level: 'error' },
    },
  });
});
afterAll(async () => {
  await env?.teardown();
});

test('a missing search attribute is named in one warning line, and none once it is registered', async () => {
  expect(await missingSearchAttributes(env.nativeConnection, TEST_NAMESPACE)).toEqual(['FoiMailOutage']);
  const warning = await searchAttributesWarning(env.nativeConnection, TEST_NAMESPACE);
  expect(warning).toMatch(/^worker: warning: namespace foi lacks the search attribute FoiMailOutage; /);
  expect(warning).not.toContain('\n');

  await env.connection.operatorService.addSearchAttributes({
    namespace: TEST_NAMESPACE,
    searchAttributes: { FoiMailOutage: encodeSearchAttributeIndexedValueType(FoiMailOutage.type)! },
  });
  expect(await missingSearchAttributes(env.nativeConnection, TEST_NAMESPACE)).toEqual([]);
  expect(await searchAttributesWarning(env.nativeConnection, TEST_NAMESPACE)).toBeUndefined();
});
