// GET /cases: the case list, its filters and sort order in the URL.
import type { FastifyInstance } from 'fastify';
import { PHASE_LABELS, PHASES } from '../../domain/lifecycle/phases';
import { REGIME_IDS } from '../../domain/regimes';
import { listCases, listQuerySchema, listUrl, SORTS, type ListParams } from '../case-list';
import type { RouteDeps } from './context';

export function registerCaseList(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/cases', async (req, reply) => {
    const parsed = listQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return reply.code(400).view('error.njk', {
        title: 'There is a problem with the filters',
        message: `${String(issue.path[0] ?? 'filter')}: ${issue.message}`,
        link: { href: '/cases', text: 'Clear the filters' },
      });
    }
    const p: ListParams = parsed.data;
    const result = await listCases(deps.records, p, deps.today());
    const sortLinks = Object.fromEntries(
      SORTS.map((s) => [
        s,
        {
          href: listUrl(p, { sort: s, order: p.sort === s && p.order === 'asc' ? 'desc' : 'asc', page: 1 }),
          aria: p.sort === s ? (p.order === 'asc' ? 'ascending' : 'descending') : 'none',
        },
      ]),
    );
    const pagination = {
      previous: result.page > 1 ? listUrl(p, { page: result.page - 1 }) : undefined,
      next: result.page < result.pages ? listUrl(p, { page: result.page + 1 }) : undefined,
      items: Array.from({ length: result.pages }, (_, i) => ({
        number: i + 1,
        href: listUrl(p, { page: i + 1 }),
        current: i + 1 === result.page,
      })).filter(
        (it) =>
          it.current ||
          Math.abs(it.number - result.page) <= 3 ||
          it.number === 1 ||
          it.number === result.pages,
      ),
    };
    return reply.view('cases.njk', {
      title: 'Cases',
      p,
      result,
      sortLinks,
      pagination,
      phases: PHASES.map((ph) => ({ value: ph, text: PHASE_LABELS[ph], checked: p.phase.includes(ph) })),
      regimes: REGIME_IDS,
      clearUrl: '/cases',
    });
  });
}
