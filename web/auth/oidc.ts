// Sign-in with OpenID Connect (openid-client): authorization code flow with PKCE, the
// roles read from the configured claim, the user kept in the encrypted session cookie.
import type { FastifyInstance } from 'fastify';
import * as oidc from 'openid-client';
import { z } from 'zod';
import type { WebConfig } from '../config';
import { rolesFromClaims } from './roles';
import { currentUser, type SessionUser } from './user';

const SCOPE = 'openid email profile roles';

export interface OidcClient {
  config: oidc.Configuration;
  endSessionUrl(idToken: string | undefined): string | undefined;
}

export async function discoverProvider(cfg: WebConfig): Promise<OidcClient> {
  const { issuer, clientId, clientSecret } = cfg.oidc;
  const plainHttp = new URL(issuer).protocol === 'http:';
  let config: oidc.Configuration;
  try {
    config = await oidc.discovery(
      new URL(issuer),
      clientId,
      clientSecret,
      clientSecret ? undefined : oidc.None(),
      // The local provider (and only a provider on localhost) speaks plain HTTP.
      plainHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
  } catch (err) {
    throw new Error(`cannot reach the OpenID provider at ${issuer}: ${(err as Error).message}`);
  }
  return {
    config,
    endSessionUrl: (idToken) =>
      config.serverMetadata().end_session_endpoint
        ? oidc
            .buildEndSessionUrl(config, {
              post_logout_redirect_uri: `${cfg.baseUrl}/signed-out`,
              ...(idToken ? { id_token_hint: idToken } : {}),
            })
            .toString()
        : undefined,
  };
}

/** Only a path on this site, so sign-in can never send anyone elsewhere. */
const localPath = z
  .string()
  .regex(/^\/(?![/\\])[^\s]*$/)
  .catch('/');

export function registerAuthRoutes(app: FastifyInstance, cfg: WebConfig, client: OidcClient): void {
  const redirectUri = `${cfg.baseUrl}/auth/callback`;

  app.get(
    '/sign-in',
    { schema: { querystring: z.object({ returnTo: z.string().optional() }) } },
    async (req, reply) => {
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const returnTo = localPath.parse((req.query as { returnTo?: string }).returnTo ?? '/');
      req.session.set('signIn', { verifier, state, nonce, returnTo });
      const url = oidc.buildAuthorizationUrl(client.config, {
        redirect_uri: redirectUri,
        scope: SCOPE,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return reply.redirect(url.toString());
    },
  );

  app.get('/auth/callback', async (req, reply) => {
    const pending = req.session.get('signIn');
    if (!pending) return reply.redirect('/sign-in');
    req.session.set('signIn', undefined);
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(client.config, new URL(req.url, cfg.baseUrl), {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      req.log.warn({ err: (err as Error).message }, 'sign-in refused');
      return reply.code(401).view('error.njk', {
        title: 'Sign-in failed',
        message: 'The identity provider did not confirm who you are. Try signing in again.',
      });
    }
    const idClaims = (tokens.claims() ?? {}) as Record<string, unknown>;
    // Some providers put roles and email only at userinfo.
    const info = await oidc
      .fetchUserInfo(client.config, tokens.access_token, String(idClaims.sub))
      .catch(() => ({}) as Record<string, unknown>);
    const claims: Record<string, unknown> = { ...idClaims, ...info };
    const email = typeof claims.email === 'string' ? claims.email : String(claims.sub);
    const user: SessionUser = {
      email,
      name: typeof claims.name === 'string' ? claims.name : email,
      roles: rolesFromClaims(claims, cfg.oidc.rolesClaim, cfg.roleMap),
      idToken: tokens.id_token,
    };
    // A fresh session for the signed-in user: nothing from before sign-in is carried over.
    req.session.regenerate();
    req.session.set('user', user);
    return reply.redirect(pending.returnTo);
  });

  app.post('/sign-out', { preHandler: app.csrfProtection }, async (req, reply) => {
    const idToken = currentUser(req)?.idToken;
    req.session.delete();
    return reply.redirect(client.endSessionUrl(idToken) ?? '/signed-out');
  });

  app.get('/signed-out', async (_req, reply) =>
    reply.view('signed-out.njk', { title: 'You have signed out' }),
  );
}
