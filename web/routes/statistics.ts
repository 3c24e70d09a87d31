// GET /statistics (figures, chart and table) and GET /statistics.csv (one row per case):
// managers only.
import type { FastifyInstance } from 'fastify';
import { requireRole } from '../auth/user';
import { currentQuarter, periodCsv, periodReport, periodSchema } from '../statistics';
import type { RouteDeps } from './context';

export function registerStatistics(app: FastifyInstance, deps: RouteDeps): void {
  const managers = requireRole('manager', 'admin');
  const period = (query: unknown) => {
    const parsed = periodSchema.safeParse(query);
    const q = currentQuarter(deps.today());
    if (!parsed.success)
      return {
        error: `${String(parsed.error.issues[0]!.path[0])}: ${parsed.error.issues[0]!.message}`,
        ...q,
      };
    const from = parsed.data.from ?? q.from;
    const to = parsed.data.to ?? (parsed.data.from ? deps.today() : q.to);
    if (from > to) return { error: `from ${from} is after to ${to}`, ...q };
    return { from, to };
  };

  app.get('/statistics', { preHandler: managers }, async (req, reply) => {
    const p = period(req.query);
    if ('error' in p) {
      return reply.code(400).view('error.njk', {
        title: 'There is a problem with the period',
        message: p.error,
        link: { href: '/statistics', text: 'Show the current quarter' },
      });
    }
    const report = await periodReport(deps.records, p.from, p.to);
    return reply.view('statistics.njk', {
      title: 'Statistics',
      from: p.from,
      to: p.to,
      report,
      csvUrl: `/statistics.csv?from=${p.from}&to=${p.to}`,
      chartData: {
        labels: report.months.map((m) => m.month),
        received: report.months.map((m) => m.received),
        share: report.months.map((m) =>
          m.shareInTime === null ? null : Math.round(m.shareInTime * 1000) / 10,
        ),
      },
    });
  });

  app.get('/statistics.csv', { preHandler: managers }, async (req, reply) => {
    const p = period(req.query);
    if ('error' in p) return reply.code(400).type('text/plain; charset=utf-8').send(p.error);
    const csv = await periodCsv(deps.records, p.from, p.to);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="foi-cases-${p.from}-to-${p.to}.csv"`)
      .send(csv);
  });
}
