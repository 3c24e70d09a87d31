// GET /calendar: bank holidays by part of the UK for a year, and the due-date calculator.
import type { FastifyInstance } from 'fastify';
import { yearOf } from '../../domain/calendar';
import { calendarQuerySchema, dueDate, holidaysByDivision, regimeOptions } from '../calendar-page';
import type { RouteDeps } from './context';

export function registerCalendar(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/calendar', async (req, reply) => {
    const parsed = calendarQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return reply.code(400).view('error.njk', {
        title: 'There is a problem with the calendar',
        message: `${String(issue.path[0])}: ${issue.message}`,
        link: { href: '/calendar', text: 'Show this year' },
      });
    }
    const q = parsed.data;
    const year = q.year ?? yearOf(deps.today());
    return reply.view('calendar.njk', {
      title: 'Calendar',
      year,
      divisions: holidaysByDivision(year),
      q,
      regimes: regimeOptions,
      result: q.received ? dueDate(q.received, q.regime, q.extended) : undefined,
    });
  });
}
