// A search attribute a case has no value for is absent, not a typed null (issue 9 item 13):
// SDKs that decode by the attribute's type (Python's describe()) fail on a null Datetime.
// Read with the `temporal` CLI's JSON, as another SDK or an operator would see the case.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fetchStatus, sendCommand, startCase } from '../../client/case-calls';
import { commandSchemas } from '../../domain/lifecycle/commands';
import { openCaseSchema, workflowIdFor } from '../../domain/lifecycle';
import { TEST_NAMESPACE } from '../support/environments';
import { temporalCli } from '../support/tools';
import { startCliHarness, type CliHarness } from './harness';

const OFFICER = 'officer@police.example.gov.uk';

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness('cli-search-attribute-clears');
});
afterAll(async () => {
  await h?.stop();
});

interface Payload {
  metadata?: Record<string, string>;
  data?: string;
}

/** The case's search attributes as `temporal workflow describe -o json` prints them. */
async function describedAttributes(reference: string): Promise<Record<string, Payload>> {
  const { stdout } = await promisify(execFile)(temporalCli(), [
    'workflow',
    'describe',
    '--workflow-id',
    workflowIdFor(reference),
    '--address',
    h.env.address,
    '--namespace',
    TEST_NAMESPACE,
    '--output',
    'json',
  ]);
  const described = JSON.parse(stdout) as {
    workflowExecutionInfo: { searchAttributes?: { indexedFields?: Record<string, Payload> } };
  };
  return described.workflowExecutionInfo.searchAttributes?.indexedFields ?? {};
}

/** A payload's JSON value (a one-element list, as every SDK writes and reads a single value, is unwrapped). */
function valueOf(p: Payload): unknown {
  const value: unknown = JSON.parse(Buffer.from(p.data ?? '', 'base64').toString('utf8'));
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

async function open(reference: string, officer?: string): Promise<void> {
  const input = openCaseSchema.parse({
    reference,
    regime: 'foia',
    receivedOn: '2026-11-02',
    summary: 'Speed cameras',
    ...(officer ? { officer } : {}),
    openedBy: OFFICER,
  });
  expect(await startCase(h.session(), input)).toBe(true);
}

test('a case with no officer, outcome or lateness carries none of those attributes, not nulls', async () => {
  await open('FOI-SA/0001');
  // The status query answers once the case has opened (and published its first attributes).
  expect((await fetchStatus(h.session(), 'FOI-SA/0001')).officer).toBeUndefined();
  const attributes = await describedAttributes('FOI-SA/0001');
  // TemporalChangeVersion is Temporal's own (the patches the case runs with).
  expect(
    Object.keys(attributes)
      .filter((k) => k.startsWith('Foi'))
      .sort(),
  ).toEqual(['FoiDueDate', 'FoiPhase', 'FoiReceivedDate', 'FoiReference', 'FoiRegime'].sort());
  expect(valueOf(attributes.FoiReference!)).toEqual('FOI-SA/0001');
});

test('an attribute that loses its value (the due date of a withdrawn case) is removed, not set to null', async () => {
  await open('FOI-SA/0002', OFFICER);
  const withdraw = commandSchemas.withdraw.parse({
    type: 'withdraw',
    by: OFFICER,
    reason: 'no longer wanted',
  });
  await sendCommand(h.session(), 'FOI-SA/0002', 'withdraw', withdraw as never);
  const attributes = await describedAttributes('FOI-SA/0002');
  expect(attributes).not.toHaveProperty('FoiDueDate');
  expect(attributes).not.toHaveProperty('FoiOutcome');
  expect(attributes).not.toHaveProperty('FoiAnsweredLate');
  expect(valueOf(attributes.FoiPhase!)).toEqual('withdrawn');
  for (const [key, payload] of Object.entries(attributes)) {
    expect([key, valueOf(payload)]).not.toEqual([key, null]);
  }
});
