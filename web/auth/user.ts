// The signed-in user as the session holds it: identity and roles from the identity
// provider's token at sign-in, nothing from the request.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from './roles';

export interface SessionUser {
  /** The identity recorded on every step (`by`): the email claim. */
  email: string;
  name: string;
  roles: Role[];
  /** For sign-out at the provider. */
  idToken?: string;
}

export const hasRole = (u: SessionUser, ...roles: Role[]): boolean => roles.some((r) => u.roles.includes(r));
export const isManager = (u: SessionUser): boolean => hasRole(u, 'manager', 'admin');

export function currentUser(req: FastifyRequest): SessionUser | undefined {
  return req.session.get('user');
}

/** The signed-in user; routes run only after the guard (app.ts), so one is always there. */
export function userOf(req: FastifyRequest): SessionUser {
  const u = currentUser(req);
  if (!u) throw new Error('no signed-in user: the route ran without the sign-in guard');
  return u;
}

export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/** Refuses (403 page) anyone without one of the roles. */
export function requireRole(...roles: Role[]) {
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!hasRole(userOf(req), ...roles)) throw new ForbiddenError(`this page is for: ${roles.join(', ')}`);
  };
}

declare module '@fastify/secure-session' {
  interface SessionData {
    user: SessionUser;
    /** While signing in: the PKCE verifier, state and nonce, and where to go afterwards. */
    signIn: { verifier: string; state: string; nonce: string; returnTo: string };
  }
}
