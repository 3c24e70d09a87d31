// A real OpenID provider for local use and the tests (oidc-provider), with the users in
// users.json: the web app signs in against it exactly as it would against an authority's
// own provider (authorization code flow with PKCE). Never for production.
import crypto from 'node:crypto';
import http from 'node:http';
import { URLSearchParams } from 'node:url';
import Provider from 'oidc-provider';
import { z } from 'zod';
import { describeZodIssue } from '../../config/config-error';
import { LOCAL_CLIENT } from './client';
import { loginPage } from './login-page';
import { loadUsers, usersFile, type LocalUser } from './users';

const envSchema = z.object({
  FOI_LOCAL_OIDC_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  FOI_WEB_BASE_URL: z.url().default('http://localhost:3000'),
});

export function createProvider(issuer: string, webBaseUrl: string, users: LocalUser[]): Provider {
  const byName = new Map(users.map((u) => [u.username, u]));
  return new Provider(issuer, {
    clients: [
      {
        client_id: LOCAL_CLIENT.clientId,
        client_secret: LOCAL_CLIENT.clientSecret,
        redirect_uris: [`${webBaseUrl}/auth/callback`],
        post_logout_redirect_uris: [`${webBaseUrl}/signed-out`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], roles: ['roles'] },
    // The claims in the ID token as well as at userinfo, as many authorities' providers do.
    conformIdTokenClaims: false,
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const u = byName.get(id);
      if (!u) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: u.email, email_verified: true, name: u.name, roles: u.roles }),
      };
    },
  });
}

function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
      if (body.length > 10_000) req.destroy();
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

/** Sign-in (username and password from users.json), then consent given on the user's behalf:
 * the web app is the authority's own. */
async function interaction(
  provider: Provider,
  users: Map<string, LocalUser>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const action = `/interaction/${details.uid}`;
  if (details.prompt.name === 'login') {
    if (req.method !== 'POST') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(action));
      return;
    }
    const form = await readForm(req);
    const username = form.get('username')?.trim() ?? '';
    const user = users.get(username);
    const given = Buffer.from(form.get('password') ?? '');
    const known = Buffer.from(user?.password ?? '');
    if (!user || given.length !== known.length || !crypto.timingSafeEqual(given, known)) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(loginPage(action, 'The username or password is not right', username));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: user.username } });
    return;
  }
  const { params, session, prompt } = details;
  const grant = new provider.Grant({ accountId: session!.accountId, clientId: String(params.client_id) });
  const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

export function startLocalProvider(port: number, webBaseUrl: string, users: LocalUser[]): http.Server {
  const issuer = `http://localhost:${port}`;
  const provider = createProvider(issuer, webBaseUrl, users);
  const byName = new Map(users.map((u) => [u.username, u]));
  const callback = provider.callback();
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interaction(provider, byName, req, res).catch((err: unknown) => {
        if (!res.headersSent) {
          res
            .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
            .end(`sign-in failed: ${(err as Error).message}`);
        }
      });
      return;
    }
    void callback(req, res);
  });
  server.listen(port);
  return server;
}

function main(): void {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v.trim() !== '')),
  );
  if (!parsed.success) {
    process.stderr.write(`local-oidc: ${describeZodIssue(parsed.error.issues[0]!, process.env)}\n`);
    process.exit(2);
  }
  let users: LocalUser[];
  try {
    users = loadUsers(usersFile());
  } catch (err) {
    process.stderr.write(`local-oidc: ${(err as Error).message}\n`);
    process.exit(2);
  }
  const { FOI_LOCAL_OIDC_PORT: port, FOI_WEB_BASE_URL: web } = parsed.data;
  const server = startLocalProvider(port, web.replace(/\/+$/, ''), users);
  server.on('listening', () => process.stdout.write(`local OpenID provider on http://localhost:${port}\n`));
  server.on('error', (err) => {
    process.stderr.write(`local-oidc: cannot listen on port ${port}: ${err.message}\n`);
    process.exit(1);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) main();
