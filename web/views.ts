// Nunjucks with the GOV.UK Frontend and MoJ Frontend templates, straight from the
// packages. Autoescaping is on: anything a user typed renders as text.
import type { FastifyInstance, FastifyReply } from 'fastify';
import nunjucks from 'nunjucks';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file with no types
const mojFilters = require('@ministryofjustice/frontend/moj/filters/all') as () => Record<
  string,
  (...args: never[]) => unknown
>;
import { formatLongDate, isIsoDate } from '../domain/calendar';
import { currentUser, isManager, type SessionUser } from './auth/user';
import { pkgDir, VIEWS_DIR } from './paths';

export function templateEnvironment(): nunjucks.Environment {
  const env = nunjucks.configure(
    [VIEWS_DIR, `${pkgDir('govuk-frontend')}/dist`, pkgDir('@ministryofjustice/frontend')],
    { autoescape: true, throwOnUndefined: false, noCache: process.env.NODE_ENV !== 'production' },
  );
  env.addFilter('longDate', (d: unknown) => (typeof d === 'string' && isIsoDate(d) ? formatLongDate(d) : d));
  env.addFilter('percent', (n: unknown) => (typeof n === 'number' ? `${(n * 100).toFixed(1)}%` : '–'));
  // The MoJ components' own filters (the timeline dates its entries with mojDate).
  for (const [name, fn] of Object.entries(mojFilters())) env.addFilter(name, fn);
  env.addFilter('json', (v: unknown) => JSON.stringify(v));
  return env;
}

function navigation(user: SessionUser, path: string) {
  const items = [
    { href: '/dashboard', text: 'Caseload', managers: true },
    { href: '/cases', text: 'Cases', managers: false },
    { href: '/open', text: 'Open a case', managers: false },
    { href: '/statistics', text: 'Statistics', managers: true },
    { href: '/calendar', text: 'Calendar', managers: false },
  ];
  return items
    .filter((i) => !i.managers || isManager(user))
    .map((i) => ({ href: i.href, text: i.text, active: path === i.href || path.startsWith(`${i.href}/`) }));
}

declare module 'fastify' {
  interface FastifyReply {
    /** Renders a page inside the layout, with the user, navigation and a CSRF token. */
    view(template: string, context?: Record<string, unknown>): FastifyReply;
  }
}

export function registerViews(app: FastifyInstance): void {
  const env = templateEnvironment();
  app.decorateReply(
    'view',
    function (this: FastifyReply, template: string, context: Record<string, unknown> = {}) {
      const req = this.request;
      const user = currentUser(req);
      const nonce = (this as FastifyReply & { cspNonce?: { script: string } }).cspNonce?.script;
      const html = env.render(template, {
        ...context,
        user,
        isManager: user ? isManager(user) : false,
        hasRole: user ? user.roles.length > 0 : false,
        csrfToken: user ? this.generateCsrf() : undefined,
        cspNonce: nonce,
        currentPath: req.url.split('?')[0],
        nav: user && user.roles.length > 0 ? navigation(user, req.url.split('?')[0] ?? '/') : [],
      });
      return this.type('text/html; charset=utf-8').send(html);
    },
  );
}
