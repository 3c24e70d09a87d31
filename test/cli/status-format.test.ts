// What `foi status`, `--timeline` and every accepted command print, from real statuses
// of the example letter's case (received Tue 29 May 2018, due Tue 26 Jun 2018).
import { formatAccepted, formatStatus, formatTimeline } from '../../client/status-format';
import { londonDateTime, percent } from '../../client/words';
import { caseStatus, timeline } from '../../domain/lifecycle';
import { ctxFor, openCase } from '../support/case-builder';
import { answeredLetter, openLetterStatus } from './fixtures';

describe('foi status', () => {
  test('an open case: phase, officer, clock and the response deadline with working days left', () => {
    const text = formatStatus(openLetterStatus('2018-06-20'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('FOI2018/02892  Freedom of Information Act 2000');
    expect(text).toMatch(/^phase: +in progress$/m);
    expect(text).toMatch(/^received: +Tue 29 May 2018$/m);
    expect(text).toMatch(/^case officer: +officer@police\.example\.gov\.uk$/m);
    expect(text).toMatch(/^approver: +approver@police\.example\.gov\.uk$/m);
    expect(text).toMatch(/^clock: +running$/m);
    // 21, 22, 25, 26 June are the working days left after Wed 20 June.
    expect(lines[lines.indexOf('deadlines:') + 1]).toBe('  response  Tue 26 Jun 2018  4 working days left');
    expect(text).toMatch(/^as of: +Wed 20 Jun 2018$/m);
  });

  test('a deadline that has passed says by how many working days', () => {
    expect(formatStatus(openLetterStatus('2018-06-28'))).toContain(
      'response  Tue 26 Jun 2018  2 working days overdue',
    );
  });

  test('the next reminder is shown in London time (BST in June)', () => {
    const status = {
      ...openLetterStatus('2018-06-20'),
      nextReminder: {
        at: '2018-06-22T08:00:00.000Z',
        kind: 'deadline-approaching',
        what: 'response',
        due: '2018-06-26',
      },
    };
    expect(formatStatus(status)).toMatch(
      /^next reminder: +Fri 22 Jun 2018 09:00: deadline-approaching, response \(due Tue 26 Jun 2018\)$/m,
    );
  });

  test("the letter's response: NCND citing s24(2) and s31(3), on time on the 20th working day", () => {
    const text = formatStatus(answeredLetter('2018-06-27').status);
    expect(text).toMatch(/^phase: +responded; internal review window open$/m);
    expect(text).toMatch(/^clock: +not running$/m);
    expect(text).toMatch(
      /^response: +sent Tue 26 Jun 2018: neither-confirm-nor-deny, citing s24\(2\) \(qualified\), s31\(3\) \(qualified\); answered on time, day 20 of 20 \(due Tue 26 Jun 2018\)$/m,
    );
    // 40 working days after 26 June, skipping 12 July (Northern Ireland) and 6 August (Scotland).
    expect(text).toContain(
      'requester may ask for an internal review until  Thu 23 Aug 2018  39 working days left',
    );
  });

  test("a requester's window that has ended reads as ended, not overdue", () => {
    // After 23 Aug: 24, 28, 29, 30, 31 Aug, 3 Sep (27 Aug is the England and Wales holiday).
    const text = formatStatus(answeredLetter('2018-09-03').status);
    expect(text).toContain('Thu 23 Aug 2018  ended 6 working days ago');
    expect(text).not.toContain('overdue');
  });

  test('the timeline: one line per event with its date and who recorded it', () => {
    const lines = formatTimeline(answeredLetter('2018-06-27').timeline).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^Tue 29 May 2018 {2}officer@police\.example\.gov\.uk {3}request received \(FOIA\)/,
    );
    expect(lines[2]).toBe('Thu 21 Jun 2018  approver@police.example.gov.uk  draft approved');
    expect(lines[3]).toContain('response sent: neither-confirm-nor-deny');
  });
});

describe('how the request arrived', () => {
  test('status and timeline show the channel, the time of receipt and the number of questions', () => {
    const opened = openCase({
      receivedAt: '14:05',
      channel: 'post',
      questions: ['How many?', 'Since when?'],
    });
    const text = formatStatus(caseStatus(opened, ctxFor('foia', '2018-06-20')));
    expect(text).toMatch(/^arrived: +by post at 14:05$/m);
    expect(text).toMatch(/^questions: +2$/m);
    expect(timeline(opened)[0]?.text).toBe(
      'request received (FOIA) by post at 14:05, 2 questions, case officer officer@police.example.gov.uk',
    );
  });

  test('a case opened with the defaults says email and no questions', () => {
    const text = formatStatus(openLetterStatus('2018-06-20'));
    expect(text).toMatch(/^arrived: +by email$/m);
    expect(text).not.toMatch(/^questions:/m);
  });
});

describe('an accepted command', () => {
  test('prints the new phase and the live deadlines', () => {
    expect(formatAccepted(openLetterStatus('2018-06-28'))).toBe(
      'FOI2018/02892: in progress\n  response  Tue 26 Jun 2018  2 working days overdue',
    );
  });

  test('says so when no deadline is live', () => {
    const status = { ...openLetterStatus('2018-06-28'), phaseLabel: 'withdrawn', deadlines: [] };
    expect(formatAccepted(status)).toBe('FOI2018/02892: withdrawn\n  no live deadlines');
  });
});

describe('words', () => {
  test('London time in winter is GMT', () => {
    expect(londonDateTime('2018-12-03T09:00:00.000Z')).toBe('Mon 3 Dec 2018 09:00');
  });

  test('percent with one decimal, n/a of nothing', () => {
    expect(percent(1, 3)).toBe('33.3%');
    expect(percent(0, 0)).toBe('n/a');
  });
});
