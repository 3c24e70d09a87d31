// GET /dashboard: the caseload at a glance (managers).
import type { FastifyInstance } from 'fastify';
import { requireRole } from '../auth/user';
import { caseload } from '../caseload';
import type { RouteDeps } from './context';

export function registerDashboard(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/dashboard', { preHandler: requireRole('manager', 'admin') }, async (_req, reply) => {
    const load = await caseload(deps.temporal, deps.records, deps.today());
    return reply.view('dashboard.njk', { title: 'Caseload', load });
  });
}
