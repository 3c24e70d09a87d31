// What the server refuses: no session, a forged or expired session cookie, a form post
// without its CSRF token, and any attempt to raise a role or name another actor from the
// request. Real provider, real sessions; the cookies forged here use the sodium secretbox
// format @fastify/secure-session reads.
import sodium from 'sodium-native';
import { casePath } from './pages';
import { SESSION_KEY, startWebHarness, USERS, type WebHarness } from './harness';

const REF = 'FOI2019/00001';
let h: WebHarness;

beforeAll(async () => {
  h = await startWebHarness('web-security');
  const opened = await h.cli.foi([
    'open',
    REF,
    '--received',
    '2019-03-01',
    '--summary',
    'Police drones',
    '--approver',
    USERS.approver.email,
  ]);
  expect(opened.code).toBe(0);
}, 180_000);
afterAll(async () => h?.stop());

function sealed(session: Record<string, unknown>, keyHex: string): string {
  const msg = Buffer.from(JSON.stringify(session));
  const nonce = Buffer.alloc(sodium.crypto_secretbox_NONCEBYTES);
  sodium.randombytes_buf(nonce);
  const cipher = Buffer.alloc(msg.length + sodium.crypto_secretbox_MACBYTES);
  sodium.crypto_secretbox_easy(cipher, msg, nonce, Buffer.from(keyHex, 'hex'));
  return `foi_session=${encodeURIComponent(`${cipher.toString('base64')};${nonce.toString('base64')}`)}`;
}
const admin = { email: 'intruder@example.com', name: 'Intruder', roles: ['admin', 'manager'] };
const now = () => Math.round(Date.now() / 1000);

const get = (path: string, cookie?: string) =>
  fetch(`${h.baseUrl}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

test('no page or API answers without a session', async () => {
  for (const path of [
    '/',
    '/dashboard',
    '/cases',
    casePath(REF),
    '/open',
    '/statistics',
    '/statistics.csv',
    '/calendar',
  ]) {
    const res = await get(path);
    expect([path, res.status, res.headers.get('location')?.startsWith('/sign-in')]).toEqual([
      path,
      302,
      true,
    ]);
  }
  const post = await fetch(`${h.baseUrl}${casePath(REF)}/assign`, {
    method: 'POST',
    body: new URLSearchParams({ officer: USERS.officer.email }),
    redirect: 'manual',
  });
  expect(post.status).toBe(401);
});

test('a forged or expired session cookie is refused', async () => {
  const wrongKey = 'b2'.repeat(32);
  expect((await get('/statistics', sealed({ user: admin, __ts: now() }, wrongKey))).status).toBe(302);
  const eightHoursAndAMinuteAgo = now() - 8 * 3600 - 60;
  expect(
    (await get('/statistics', sealed({ user: admin, __ts: eightHoursAndAMinuteAgo }, SESSION_KEY))).status,
  ).toBe(302);
  // The right key and a fresh stamp are accepted: the refusals above are the cookie's fault.
  expect((await get('/statistics', sealed({ user: admin, __ts: now() }, SESSION_KEY))).status).toBe(200);
  // A real session cookie with one character changed.
  const { context } = await h.signIn('manager');
  const real = (await context.cookies()).find((c) => c.name === 'foi_session')!;
  const tampered = `foi_session=${real.value.slice(0, 10)}${real.value[10] === 'A' ? 'B' : 'A'}${real.value.slice(11)}`;
  expect((await get('/dashboard', `foi_session=${real.value}`)).status).toBe(200);
  expect((await get('/dashboard', tampered)).status).toBe(302);
  await context.close();
});

test('a form post without the CSRF token is refused and changes nothing', async () => {
  const { page, context } = await h.signIn('manager');
  const res = await page.request.post(`${casePath(REF)}/assign`, {
    form: { officer: USERS.officer.email, on: '2019-03-02' },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  const wrong = await page.request.post(`${casePath(REF)}/assign`, {
    form: { _csrf: 'not-the-token', officer: USERS.officer.email, on: '2019-03-02' },
    maxRedirects: 0,
  });
  expect(wrong.status()).toBe(403);
  expect((await h.cli.timeline(REF)).map((t) => t.type)).toEqual(['opened']);
  await context.close();
});

test('nothing in the request raises a role or names another actor', async () => {
  const { page, context } = await h.signIn('officer');
  for (const path of ['/statistics?roles=manager', '/dashboard?role=admin']) {
    const res = await page.request.get(path, {
      headers: { 'x-roles': 'manager', roles: 'admin' },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(403);
  }
  // Taking the unassigned case: the officer and the actor are the signed-in user, whatever the form says.
  await page.goto(casePath(REF));
  const csrf = await page.locator('input[name=_csrf]').first().inputValue();
  const res = await page.request.post(`${casePath(REF)}/assign`, {
    form: {
      _csrf: csrf,
      officer: USERS.manager.email,
      by: USERS.manager.email,
      roles: 'manager',
      on: '2019-03-04',
    },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  const last = (await h.cli.timeline(REF)).at(-1)!;
  expect(last).toMatchObject({ type: 'assigned', by: USERS.officer.email });
  expect(last.text).toContain(`assigned to ${USERS.officer.email}`);
  // The named approver signs off: another officer cannot, even by posting the form.
  const other = await h.signIn('officer2');
  await other.page.goto(casePath(REF));
  const token = await other.page.locator('input[name=_csrf]').first().inputValue();
  const approve = await other.page.request.post(`${casePath(REF)}/approve`, {
    form: { _csrf: token },
    maxRedirects: 0,
  });
  expect(approve.status()).toBe(403);
  await other.context.close();
  await context.close();
});
