// The case page says when a mail outage holds the case's email, in the words of `foi status`
// (issue 10 item 3), and says nothing of mail otherwise. Rendered from the real template.
import { mailOutageText } from '../../client/words';
import { templateEnvironment } from '../../web/views';
import { openLetterStatus } from '../cli/fixtures';

const render = (mailOutage?: string) =>
  templateEnvironment().render('case.njk', {
    reference: 'FOI2018/02892',
    view: { status: openLetterStatus('2018-06-20'), timeline: [], standings: [], mailOutage },
  });

test('a held case shows the outage line; a case whose email flows shows none', () => {
  // 09:02 UTC is 10:02 in London in June (BST).
  const line = mailOutageText({
    since: '2018-06-20T09:02:00.000Z',
    reason: 'mail server unreachable: ECONNREFUSED',
  });
  expect(line).toBe(
    'not delivered since Wed 20 Jun 2018 10:02 (mail server unreachable: ECONNREFUSED); retrying',
  );
  const html = render(line);
  expect(html).toMatch(
    /data-testid="mail-outage"[^>]*>.*Not delivered.* not delivered since Wed 20 Jun 2018 10:02 \(mail server unreachable: ECONNREFUSED\); retrying</,
  );
  expect(render(undefined)).not.toContain('mail-outage');
});
