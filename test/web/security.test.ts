// What the server refuses: no session, a forged or expired session cookie, a form post
// without its CSRF token, and any attempt to raise a role or name another actor from the
// request. Real provider, real sessions; the cookies forged here use the sodium secretbox
// format @fastify/secure-session reads.
import sodium from 'sodium-native';
import { workflowIdFor } from '../../domain/lifecycle/open-case';
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

describe('the codec endpoint for the Temporal UI', () => {
  const UI_ORIGIN = 'http://localhost:8233';
  /** The case's opening input as Temporal stores it: one encrypted payload. */
  async function storedInput(): Promise<{ metadata: Record<string, string>; data: string }> {
    const history = await h.cli.env.client.workflow.getHandle(workflowIdFor(REF)).fetchHistory();
    const p = history.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads![0]!;
    const b64 = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('base64');
    return {
      metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, b64(v)])),
      data: b64(p.data),
    };
  }
  const anonymousDecode = (body: unknown) =>
    fetch(`${h.baseUrl}/codec/decode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: UI_ORIGIN },
      body: JSON.stringify(body),
    });
  /** Signed in through the local provider, as the Temporal UI's fetch would be with its cookie. */
  const decodeAs = async (user: 'admin' | 'manager', body: unknown) => {
    const { context } = await h.signIn(user);
    try {
      const res = await context.request.post('/codec/decode', { data: body, headers: { origin: UI_ORIGIN } });
      return { status: res.status(), headers: res.headers(), json: await res.json() };
    } finally {
      await context.close();
    }
  };

  test('refuses a request without a session, and anyone but an administrator', async () => {
    const payload = await storedInput();
    expect(Buffer.from(payload.metadata.encoding!, 'base64').toString()).toBe('binary/encrypted');
    const anonymous = await anonymousDecode({ payloads: [payload] });
    expect(anonymous.status).toBe(401);
    // Refusals carry the CORS headers too, so the Temporal UI can say why.
    expect(anonymous.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    const manager = await decodeAs('manager', { payloads: [payload] });
    expect(manager.status).toBe(403);
    expect(JSON.stringify(manager.json)).not.toContain('Police drones');
  });

  test("decodes the case's payloads for a signed-in administrator, and says what is wrong with a bad body", async () => {
    const res = await decodeAs('admin', { payloads: [await storedInput()] });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    const [plain] = res.json.payloads as { metadata: Record<string, string>; data: string }[];
    expect(Buffer.from(plain!.metadata.encoding!, 'base64').toString()).toBe('json/plain');
    expect(JSON.parse(Buffer.from(plain!.data, 'base64').toString())).toMatchObject({
      reference: REF,
      summary: 'Police drones',
    });
    const bad = await decodeAs('admin', { payload: 'nope' });
    expect([bad.status, bad.json.message]).toEqual([400, expect.stringMatching(/expected \{"payloads"/)]);
  });

  test("answers the browser's preflight for the Temporal UI's origin only", async () => {
    const preflight = (origin: string) =>
      fetch(`${h.baseUrl}/codec/decode`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-namespace',
        },
      });
    const ui = await preflight(UI_ORIGIN);
    expect(ui.status).toBe(204);
    expect(ui.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(ui.headers.get('access-control-allow-headers')).toMatch(/X-Namespace/i);
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
