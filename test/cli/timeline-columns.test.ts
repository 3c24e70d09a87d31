// The timeline reads as a table and counts in words (issue 9 item 14): the dates of days
// 1-9 ('Tue 3 Jul 2018') are a character shorter than the others, and "1 step(s)" is
// what a program says, not a person.
import { formatStatus, formatTimeline } from '../../client/status-format';
import { describeEvent, type CaseEvent, type TimelineEntry } from '../../domain/lifecycle';
import { openLetterStatus } from './fixtures';

const entries: TimelineEntry[] = [
  { on: '2018-05-29', by: 'officer@police.example.gov.uk', type: 'opened', text: 'request received' },
  { on: '2018-06-04', by: 'approver@police.example.gov.uk', type: 'draftApproved', text: 'draft approved' },
  { on: '2018-06-26', by: 'jo', type: 'responseSent', text: 'response sent' },
];

test('every column of the timeline starts at the same place on every line', () => {
  const lines = formatTimeline(entries).split('\n');
  expect(lines).toEqual([
    'Tue 29 May 2018  officer@police.example.gov.uk   request received',
    'Mon 4 Jun 2018   approver@police.example.gov.uk  draft approved',
    'Tue 26 Jun 2018  jo                              response sent',
  ]);
  expect(new Set(lines.map((l, i) => l.indexOf(entries[i]!.text))).size).toBe(1);
});

const notice = (steps: string[]): CaseEvent =>
  ({
    type: 'icoDecisionIssued',
    on: '2019-03-01',
    by: 'officer@police.example.gov.uk',
    noticeReference: 'IC-1234',
    result: 'complaint-upheld',
    steps,
    complyBy: '2019-04-12',
    appealBy: '2019-03-29',
  }) as CaseEvent;

test.each([
  [['disclose the list'], '1 step by Fri 12 Apr 2019'],
  [['disclose the list', 'issue a new response'], '2 steps by Fri 12 Apr 2019'],
])('a decision notice with %j says "%s" in the timeline and the status', (steps, words) => {
  expect(describeEvent(notice(steps))).toContain(`; ${words};`);
  const status = {
    ...openLetterStatus('2019-03-04'),
    ico: {
      complaintOn: '2018-09-03',
      icoReference: 'IC-1234',
      aboutNonResponse: false,
      decision: {
        on: '2019-03-01',
        noticeReference: 'N-1',
        result: 'complaint-upheld',
        steps,
        complyBy: '2019-04-12',
        appealBy: '2019-03-29',
      },
    },
  } as Parameters<typeof formatStatus>[0];
  const text = formatStatus(status);
  expect(text).toContain(`; ${words}`);
  expect(text).not.toContain('(s)');
});
