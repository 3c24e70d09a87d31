// People told at once (issue 9 item 10), through the whole chain: the case workflow on the
// time-skipping server, the real email activity and a real Mailpit. A case with no officer
// tells the manager; an assignment tells the new officer; a submitted draft tells its
// approver; a case entered after its deadline tells its officer it is overdue; the receipt
// confirmation says when the request came and how many working days have gone.
import { addDays, buildHolidayTable, formatLongDate, WorkingDayCalendar } from '../../domain/calendar';
import { workflowIdFor, type OpenCaseInput } from '../../domain/lifecycle';
import { londonDate } from '../../domain/london-time';
import { getRegime } from '../../domain/regimes';
import { commandUpdates as u } from '../../workflows/definitions';
import { statusWhenOpen } from '../workflows/status';
import { caseMailStack } from './case-mail-stack';

const MANAGER = 'foi-manager@example.gov.uk';
const OFFICER = 'officer@example.gov.uk';
const APPROVER = 'approver@example.gov.uk';
const stack = caseMailStack('notices', MANAGER);

/** Mailpit's messages once `count` have arrived, oldest first, as (to, subject, text). */
async function arrived(count: number) {
  for (let i = 0; i < 100 && (await stack.mailpit.list()).length < count; i++)
    await new Promise((r) => setTimeout(r, 100));
  const list = (await stack.mailpit.list()).reverse();
  return Promise.all(
    list.map(async (m) => {
      const full = await stack.mailpit.get(m.ID);
      return { to: (full.To ?? []).map((a) => a.Address), subject: full.Subject, text: full.Text };
    }),
  );
}

const today = async () => londonDate(await stack.env.currentTimeMs());

const open = async (reference: string, over: Partial<OpenCaseInput>) => {
  const input: OpenCaseInput = {
    reference,
    regime: 'foia',
    receivedOn: await today(),
    summary: 'Number of speed cameras',
    openedBy: MANAGER,
    ...over,
  };
  const handle = await stack.env.client.workflow.start('foiRequest', {
    taskQueue: 'notices',
    workflowId: workflowIdFor(reference),
    args: [input],
  });
  await statusWhenOpen(handle);
  return handle;
};

test('no officer: the manager is told; assigned: the officer is told; a draft: the approver is told', async () => {
  await stack.mailpit.deleteAll();
  const handle = await open('FOI/NOTICE/1', {});
  expect(await arrived(1)).toEqual([
    expect.objectContaining({
      to: [MANAGER],
      subject: expect.stringMatching(/^FOI\/NOTICE\/1: no case officer - /),
    }),
  ]);
  await handle.executeUpdate(u.assign, { args: [{ by: MANAGER, officer: OFFICER, approver: APPROVER }] });
  await handle.executeUpdate(u.submitDraft, { args: [{ by: OFFICER }] });
  const mail = await arrived(3);
  expect(mail.map((m) => [m.to, m.subject.replace(/ - .*/, '')])).toEqual([
    [[MANAGER], 'FOI/NOTICE/1: no case officer'],
    [[OFFICER], 'FOI/NOTICE/1: assigned to you'],
    [[APPROVER], 'FOI/NOTICE/1: awaiting your approval'],
  ]);
  expect(mail[1]!.text).toContain('FOI/NOTICE/1 has been assigned to you. The response is due on');
  // Assigning the same officer again (a new approver) sends nothing more.
  await handle.executeUpdate(u.assign, {
    args: [{ by: MANAGER, officer: 'Officer@Example.gov.uk', approver: MANAGER }],
  });
  await handle.executeUpdate(u.withdraw, { args: [{ by: MANAGER, reason: 'test over' }] });
  await handle.result();
  expect(await arrived(3)).toHaveLength(3);
});

test('a case entered after its deadline tells its officer at once that it is overdue', async () => {
  await stack.mailpit.deleteAll();
  // Received 60 days ago: 20 working days have certainly run out.
  const handle = await open('FOI/NOTICE/2', { officer: OFFICER, receivedOn: addDays(await today(), -60) });
  const mail = await arrived(1);
  expect(mail).toHaveLength(1);
  expect(mail[0]!.to).toEqual([OFFICER]);
  expect(mail[0]!.subject).toMatch(/^FOI\/NOTICE\/2: response OVERDUE by \d+ working days? \(due /);
  await handle.executeUpdate(u.withdraw, { args: [{ by: MANAGER, reason: 'test over' }] });
});

test('the receipt confirmation says the date received and the working days already gone', async () => {
  await stack.mailpit.deleteAll();
  const now = await today();
  const receivedOn = addDays(now, -7);
  const year = Number(now.slice(0, 4));
  const cal = WorkingDayCalendar.fromTable(
    buildHolidayTable(year - 1, year + 1),
    getRegime('foia').divisions,
  );
  const gone = cal.workingDaysBetween(receivedOn, now);
  const handle = await open('FOI/NOTICE/3', { officer: OFFICER, receivedOn });
  const [receipt] = await arrived(1);
  expect(receipt!.subject).toMatch(/^FOI\/NOTICE\/3: new case - /);
  expect(receipt!.text).toContain(
    `A new request has been logged as FOI/NOTICE/3. It was received on ${formatLongDate(receivedOn)}; ${gone} working day${gone === 1 ? ' has' : 's have'} already gone.`,
  );
  await handle.executeUpdate(u.withdraw, { args: [{ by: MANAGER, reason: 'test over' }] });
});
