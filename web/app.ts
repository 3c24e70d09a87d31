// The web app: Fastify with zod-checked routes, security headers, an encrypted session
// cookie, CSRF tokens on every form, sign-in required on every page, and errors shown
// as pages (never a stack trace).
import { useHolidaysInForce } from '../client/calendars';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifySecureSession from '@fastify/secure-session';
import fastifyStatic from '@fastify/static';
import type { PayloadCodec } from '@temporalio/common';
import { sql } from 'kysely';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { CliError } from '../client/errors';
import { registerAuthRoutes, type OidcClient } from './auth/oidc';
import { currentUser, ForbiddenError, isManager } from './auth/user';
import { pkgDir, PUBLIC_DIR } from './paths';
import { registerCalendar } from './routes/calendar';
import { registerCasePage } from './routes/case';
import { registerCaseList } from './routes/cases';
import { CODEC_PREFIX, codecCors, registerCodec } from './routes/codec';
import type { RouteDeps } from './routes/context';
import { registerDashboard } from './routes/dashboard';
import { registerOpenCase } from './routes/open';
import { registerStatistics } from './routes/statistics';
import { registerViews } from './views';

export interface AppDeps extends RouteDeps {
  oidc: OidcClient;
  sessionKey: Buffer;
  /** Decrypts and encrypts payloads for the Temporal UI (codec/). */
  codec: PayloadCodec;
}

/** A signed-in session lasts a working day; after that, sign in again. */
export const SESSION_SECONDS = 8 * 60 * 60;

const STATIC: [prefix: string, root: string][] = [
  ['/assets/', `${pkgDir('govuk-frontend')}/dist/govuk/assets`],
  ['/govuk/', `${pkgDir('govuk-frontend')}/dist/govuk`],
  ['/moj/', `${pkgDir('@ministryofjustice/frontend')}/moj`],
  ['/chart/', `${pkgDir('chart.js')}/dist`],
  ['/public/', PUBLIC_DIR],
];
const OPEN_PATHS = ['/sign-in', '/auth/callback', '/signed-out', '/favicon.ico', '/healthz'];
const isOpen = (path: string): boolean =>
  OPEN_PATHS.includes(path) || STATIC.some(([prefix]) => path.startsWith(prefix));

function errorPage(reply: FastifyReply, code: number, title: string, message: string) {
  return reply.code(code).view('error.njk', { title, message });
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const https = config.baseUrl.startsWith('https:');
  const app = Fastify({
    logger: { level: process.env.FOI_WEB_LOG_LEVEL ?? 'warn' },
    trustProxy: config.production,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyHelmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        // Sign-out posts a form here and is redirected to the provider's end-session page.
        formAction: ["'self'", new URL(config.oidc.issuer).origin],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    hsts: https ? undefined : false,
  });
  await app.register(fastifyFormbody);
  await app.register(fastifySecureSession, {
    key: deps.sessionKey,
    cookieName: 'foi_session',
    expiry: SESSION_SECONDS,
    cookie: { path: '/', httpOnly: true, sameSite: 'lax', secure: https },
  });
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/secure-session' });
  STATIC.forEach(([prefix, root], i) =>
    app.register(fastifyStatic, { root, prefix, decorateReply: i === 0, index: false, list: false }),
  );
  registerViews(app);

  app.addHook('onRequest', codecCors(config.temporalUiOrigins));
  // Pages count working days with the holiday table in force (a small query to see
  // whether it changed; static files skip it).
  app.addHook('preHandler', async (req) => {
    if (!isOpen(req.url.split('?')[0]!)) await useHolidaysInForce(deps.records);
  });
  // Every page and action needs a signed-in user with a role.
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0]!;
    if (isOpen(path)) return;
    const user = currentUser(req);
    if (!user) {
      if (path.startsWith(CODEC_PREFIX))
        return reply.code(401).send({ message: 'sign in to the FOI web app first' });
      if (req.method === 'GET') return reply.redirect(`/sign-in?returnTo=${encodeURIComponent(req.url)}`);
      return reply.code(401).type('text/plain; charset=utf-8').send('sign in first');
    }
    if (user.roles.length === 0 && path !== '/sign-out') {
      return errorPage(
        reply,
        403,
        'You do not have access',
        `You are signed in as ${user.email}, but you have no role in this service. Ask your manager to give you one.`,
      );
    }
  });

  app.setErrorHandler(
    async (err: Error & { code?: string; statusCode?: number; validation?: unknown }, req, reply) => {
      if (err instanceof ForbiddenError) return errorPage(reply, 403, 'You cannot do that', err.message);
      if (err.code?.startsWith('FST_CSRF'))
        return errorPage(reply, 403, 'The form has expired', 'Go back, reload the page and try again.');
      if (err.validation) return errorPage(reply, 400, 'There is a problem with the address', err.message);
      if (err instanceof CliError) {
        const missing = /^no case /.test(err.message);
        return errorPage(
          reply,
          missing ? 404 : 502,
          missing ? 'Case not found' : 'The case service did not answer',
          err.message,
        );
      }
      req.log.error({ err }, 'unexpected error');
      return errorPage(reply, 500, 'Sorry, there is a problem with the service', 'Try again later.');
    },
  );
  app.setNotFoundHandler(async (_req, reply) =>
    errorPage(reply, 404, 'Page not found', 'If you typed the web address, check it is correct.'),
  );

  registerAuthRoutes(app, config, deps.oidc);
  // For the container's health check: the process answers and the records store does too.
  app.get('/healthz', async (_req, reply) => {
    await sql`select 1`.execute(deps.records);
    return reply.type('text/plain; charset=utf-8').send('ok');
  });
  app.get('/', async (req, reply) => reply.redirect(isManager(currentUser(req)!) ? '/dashboard' : '/cases'));
  registerDashboard(app, deps);
  registerCaseList(app, deps);
  registerCasePage(app, deps);
  registerOpenCase(app, deps);
  registerStatistics(app, deps);
  registerCalendar(app, deps);
  registerCodec(app, deps.codec);
  return app;
}
