// The example letter's case (FOI2018/02892: received 29 May 2018, answered 26 June 2018
// with NCND under s24(2) and s31(3)) walked in a real browser from opening to the internal
// review, signed in as each role through the local OpenID provider; the lists, counts and
// statistics checked against `foi list` and `foi stats`; axe on every page.
import { AesGcmCodec } from '../../codec/aes-gcm-codec';
import { loadPayloadKeys } from '../../codec/payload-keys';
import { workflowIdFor } from '../../domain/lifecycle/open-case';
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { SCREENSHOTS, startWebHarness, USERS, type WebHarness } from './harness';
import { act, casePath, errorSummary, phaseOf } from './pages';

const REF = 'FOI2018/02892';
let h: WebHarness;
const axeFindings: string[] = [];
const checkA11y = async (page: Page) => axeFindings.push(...(await seriousViolations(page)));

beforeAll(async () => {
  h = await startWebHarness('web-casework');
}, 180_000);
afterAll(async () => h?.stop());

async function openLetterCase(page: Page) {
  await page.goto('/open');
  await checkA11y(page);
  await page.fill('#reference', REF);
  await page.fill('#summary', 'Use of a named surveillance technique');
  await page.fill('#receivedOn', '2018-05-29');
  await page.fill('#approver', USERS.approver.email);
  await Promise.all([
    page.waitForURL(/\/cases\/FOI2018%2F02892/),
    page.click('button:has-text("Open the case")'),
  ]);
}

test('the example letter from opening to the internal review, each role in turn', async () => {
  const officer = await h.signIn('officer');
  const page = officer.page;
  await checkA11y(page);
  await openLetterCase(page);
  expect(await phaseOf(page)).toBe('received (no officer yet)');
  await checkA11y(page);

  // The officer takes the unassigned case: the officer recorded is the signed-in user.
  await act(page, 'assign', { on: '2018-05-30' });
  expect(await page.locator('[data-testid=officer]').innerText()).toBe(USERS.officer.email);
  await expect(page.locator('[data-testid=deadlines]').innerText()).resolves.toContain('26 Jun 2018');
  // Entered years after the fact: the deadline had passed before the case was entered, and
  // the page says so rather than counting thousands of working days overdue (issue 9 item 12).
  await expect(page.locator('[data-testid=deadlines]').innerText()).resolves.toMatch(
    /passed before the case was entered \(.*\): record what happened/,
  );
  expect(await page.locator('[data-testid=explained-due]').textContent()).toContain('26 Jun 2018');

  await act(page, 'submitDraft', { note: 'NCND under s24(2) and s31(3)', on: '2018-06-20' });
  expect(await phaseOf(page)).toBe('draft awaiting approval');
  // No approve form for the author, and a hand-made post is refused on the server.
  expect(await page.locator('#form-approve').count()).toBe(0);
  const csrf = await page.locator('input[name=_csrf]').first().inputValue();
  const forged = await page.request.post(`${casePath(REF)}/approve`, {
    form: { _csrf: csrf, on: '2018-06-21', by: USERS.approver.email },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  // Nor a manager's page.
  const stats = await page.goto('/statistics');
  expect(stats?.status()).toBe(403);
  await checkA11y(page);
  await officer.context.close();

  // The approver: a refused action shows the rule's reason and changes nothing.
  const approver = await h.signIn('approver');
  await approver.page.goto(casePath(REF));
  await act(approver.page, 'approve', { on: '2018-06-01' });
  expect(await errorSummary(approver.page)).toContain("the case's last recorded step was on 2018-06-20");
  await checkA11y(approver.page);
  expect(await phaseOf(approver.page)).toBe('draft awaiting approval');
  expect((await h.cli.timeline(REF)).map((t) => t.type)).toEqual(['opened', 'assigned', 'draftSubmitted']);
  await act(approver.page, 'approve', { on: '2018-06-22' });
  expect(await phaseOf(approver.page)).toBe('draft approved, ready to send');
  await approver.context.close();

  // The officer sends the letter's answer on 26 June, then the requester asks for a review.
  const back = await h.signIn('officer');
  await back.page.goto(casePath(REF));
  await act(back.page, 'recordResponse', {
    outcome: 'neither-confirm-nor-deny',
    exemptions: 's24(2) qualified\ns31(3) qualified',
    publicInterestTest: true,
    refusalNoticeComplete: true,
    on: '2018-06-26',
  });
  expect(await phaseOf(back.page)).toBe('responded; internal review window open');
  // What happened, as `foi status` says it: sent on the 20th working day of 20.
  expect(await back.page.locator('[data-testid=response]').innerText()).toBe(
    'neither-confirm-nor-deny, sent Tue 26 Jun 2018: answered on time, day 20 of 20',
  );
  await act(back.page, 'requestReview', { on: '2018-07-10' });
  expect(await phaseOf(back.page)).toBe('internal review');
  await back.page.screenshot({ path: path.join(SCREENSHOTS, 'case.png'), fullPage: true });

  const timeline = await h.cli.timeline(REF);
  expect(timeline.map((t) => [t.type, t.by])).toEqual([
    ['opened', USERS.officer.email],
    ['assigned', USERS.officer.email],
    ['draftSubmitted', USERS.officer.email],
    ['draftApproved', USERS.approver.email],
    ['responseSent', USERS.officer.email],
    ['reviewRequested', USERS.officer.email],
  ]);
  expect(timeline[4]!.text).toContain('on time (due Tue 26 Jun 2018), 20 working days');
  await back.context.close();
});

test("the manager's pages agree with foi list and foi stats; the CSV parses", async () => {
  const { page, context } = await h.signIn('manager');
  // A second case, unassigned, so the counts are not all ones.
  await page.goto('/open');
  await page.fill('#reference', 'FOI2018/03000');
  await page.fill('#summary', 'Speed cameras in the county');
  await page.fill('#receivedOn', '2018-06-04');
  await Promise.all([page.waitForURL(/FOI2018%2F03000/), page.click('button:has-text("Open the case")')]);

  await page.goto('/dashboard');
  await checkA11y(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
  const count = async (id: string) => Number(await page.locator(`[data-testid=${id}]`).innerText());
  const listed = async (args: string[]) => {
    const run = await h.cli.foi(['list', '--json', ...args]);
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as { reference: string }[];
  };
  expect(await count('open')).toBe((await listed([])).length);
  expect(await count('red')).toBe((await listed(['--overdue'])).length);
  expect(await count('reviews')).toBe((await listed(['--phase', 'internal_review'])).length);
  expect(await count('unassigned')).toBe((await listed(['--phase', 'received'])).length);
  expect(await count('open')).toBe(2);

  await page.goto('/cases?phase=internal_review&phase=received');
  await checkA11y(page);
  const webRefs = await page
    .locator('[data-testid=cases] tbody tr[data-reference]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-reference')));
  const cliRefs = (await listed(['--phase', 'internal_review', '--phase', 'received'])).map(
    (r) => r.reference,
  );
  expect(webRefs).toEqual(cliRefs);
  expect(page.url()).toContain('phase=internal_review');

  await page.goto('/statistics?from=2018-04-01&to=2018-06-30');
  await checkA11y(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'statistics.png'), fullPage: true });
  const stats = await h.cli.foi(['stats', '--from', '2018-04-01', '--to', '2018-06-30', '--json']);
  expect({ code: stats.code, stderr: stats.stderr }).toEqual({ code: 0, stderr: '' });
  const figures = JSON.parse(stats.stdout) as { received: number; answered: number; answeredInTime: number };
  expect(Number(await page.locator('[data-testid=received]').innerText())).toBe(figures.received);
  expect(Number(await page.locator('[data-testid=answered]').innerText())).toBe(figures.answered);
  expect(Number(await page.locator('[data-testid=in-time]').innerText())).toBe(figures.answeredInTime);
  expect(figures.received).toBe(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=csv]')]);
  const rows = parse(fs.readFileSync((await download.path())!, 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  expect(rows.map((r) => r.reference)).toEqual([REF, 'FOI2018/03000']);
  expect(rows[0]).toMatchObject({
    receivedOn: '2018-05-29',
    outcome: 'neither-confirm-nor-deny',
    late: 'no',
  });
  expect(Object.keys(rows[0]!).some((k) => /requester/i.test(k))).toBe(false);

  await page.goto('/calendar?year=2018&received=2018-05-29&regime=foia');
  await checkA11y(page);
  expect(await page.locator('[data-testid=due-result]').innerText()).toContain('26 Jun 2018');
  await context.close();
});

test('a reference that exists links to its case; a summary with markup renders as text', async () => {
  const { page, context } = await h.signIn('officer');
  await page.goto('/open');
  await page.fill('#reference', REF);
  await page.fill('#summary', 'Another request');
  await page.fill('#receivedOn', '2018-06-01');
  await page.click('button:has-text("Open the case")');
  expect(await errorSummary(page)).toContain(`case ${REF} already exists`);
  expect(await page.locator('[data-testid=existing] a').getAttribute('href')).toBe(casePath(REF));
  await checkA11y(page);

  const markup = '<script>window.pwned = 1</script><b>bold</b>';
  await page.fill('#reference', 'FOI2018/03001');
  await page.fill('#summary', markup);
  await page.fill('#receivedOn', '2018-06-05');
  await Promise.all([page.waitForURL(/FOI2018%2F03001/), page.click('button:has-text("Open the case")')]);
  expect(await page.locator('[data-testid=summary]').innerText()).toBe(markup);
  expect(await page.locator('[data-testid=summary] script, [data-testid=summary] b').count()).toBe(0);
  expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await page.goto('/cases');
  expect(await page.locator('tr[data-reference="FOI2018/03001"]').innerText()).toContain(markup);
  await context.close();
});

test("the requester's details go to the records store; a second request from them lists the first", async () => {
  const { page, context } = await h.signIn('officer');
  const openWith = async (reference: string, receivedOn: string, email: string) => {
    await page.goto('/open');
    await page.fill('#reference', reference);
    await page.fill('#summary', 'Stop and search figures');
    await page.fill('#receivedOn', receivedOn);
    await page.fill('#requesterName', 'Rowan Requester');
    await page.fill('#requesterEmail', email);
    await page.fill('#requesterAddress', '3 Mill Street, Anytown');
    await page.click('button:has-text("Open the case")');
  };
  await openWith('FOI2018/04000', '2018-07-02', 'not an address');
  expect(await errorSummary(page)).toMatch(/email/i);
  expect(await page.locator('#requesterEmail-error').count()).toBe(1);
  await checkA11y(page);

  await openWith('FOI2018/04000', '2018-07-02', 'rowan@example.org');
  await page.waitForURL(/FOI2018%2F04000/);
  await openWith('FOI2018/04001', '2018-07-09', 'Rowan@Example.org');
  expect(await page.locator('h1').innerText()).toBe('Case FOI2018/04001 opened');
  expect(await page.locator('[data-testid=earlier]').innerText()).toContain('FOI2018/04000');
  await checkA11y(page);
  // In the store, not in the case: the workflow's input carries an opaque id.
  const found = await h.cli.records
    .db()
    .then((db) =>
      db
        .selectFrom('requesters')
        .select(['name', 'email'])
        .where('email_key', '=', 'rowan@example.org')
        .execute(),
    );
  expect(found).toHaveLength(2);
  const input = await h.cli.env.client.workflow.getHandle(workflowIdFor('FOI2018/04001')).fetchHistory();
  const [decoded] = await new AesGcmCodec(loadPayloadKeys()).decode([
    input.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads![0]!,
  ]);
  const started = Buffer.from(decoded!.data!).toString();
  expect(started).toMatch(/"requesterId":"rq-/);
  expect(started).not.toContain('Rowan');
  await context.close();
});

test('someone with no role sees a 403 page, not a stack trace', async () => {
  const { page, context } = await h.signIn('visitor');
  for (const p of ['/', '/cases', casePath(REF), '/dashboard']) {
    const res = await page.goto(p);
    expect(res?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('You do not have access');
    expect(await page.content()).not.toMatch(/at .*\.ts:\d+/);
  }
  await checkA11y(page);
  await context.close();
});

test('axe finds no serious or critical violation on any page visited above', () => {
  expect(axeFindings).toEqual([]);
});
