// A mail outage as `foi status` and `foi list` show it (issue 10 item 3): the status says
// since when and why email is held; the list marks the case and counts the held ones.
import type { WorkflowExecutionInfo } from '@temporalio/client';
import { TypedSearchAttributes, type SearchAttributePair } from '@temporalio/common';
import { toCaseRow } from '../../client/case-row';
import { formatCaseList } from '../../client/list-format';
import { formatStatus } from '../../client/status-format';
import * as SA from '../../workflows/search-attributes';
import { openLetterStatus } from './fixtures';

test('foi status: one line saying since when (London time) and why, and that it is retrying', () => {
  const status = {
    ...openLetterStatus('2018-06-20'),
    // 09:02 UTC is 10:02 in London in June (BST).
    mailOutage: { since: '2018-06-20T09:02:00.000Z', reason: 'mail server unreachable: ECONNREFUSED' },
  };
  expect(formatStatus(status)).toMatch(
    /^email: +not delivered since Wed 20 Jun 2018 10:02 \(mail server unreachable: ECONNREFUSED\); retrying$/m,
  );
  expect(formatStatus(openLetterStatus('2018-06-20'))).not.toMatch(/^email:/m);
});

function info(reference: string, held: boolean | undefined): WorkflowExecutionInfo {
  const pairs: SearchAttributePair[] = [
    { key: SA.FoiReference, value: reference },
    { key: SA.FoiRegime, value: 'foia' },
    { key: SA.FoiPhase, value: 'in_progress' },
  ];
  if (held !== undefined) pairs.push({ key: SA.FoiMailOutage, value: held });
  return {
    workflowId: `foi-${reference}`,
    status: { name: 'RUNNING' },
    typedSearchAttributes: new TypedSearchAttributes(pairs),
  } as unknown as WorkflowExecutionInfo;
}

test('foi list: the held case is marked and counted; a cleared or never-held one is not', () => {
  const rows = [info('FOI1', true), info('FOI2', false), info('FOI3', undefined)].map((i) =>
    toCaseRow(i, '2026-11-26'),
  );
  expect(rows.map((r) => r.mailOutage)).toEqual([true, false, false]);
  const lines = formatCaseList(rows, false).split('\n');
  expect(lines.filter((l) => l.includes('[mail held]'))).toEqual([
    expect.stringMatching(/ FOI1 \[mail held\] /),
  ]);
  expect(lines.at(-1)).toBe('3 cases: 0 red, 0 amber, 0 green; 1 with email held by a mail outage');
});
