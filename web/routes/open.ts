// GET/POST /open: open a case, with the fields and checks of `foi open` (openCaseSchema,
// the receipt-date rule). A reference that exists links to that case.
import type { FastifyInstance } from 'fastify';
import { receiptDateProblem } from '../../domain/lifecycle/future-date';
import { openCaseSchema } from '../../domain/lifecycle/open-case';
import { REGIME_IDS, REGIMES } from '../../domain/regimes';
import { startCase } from '../../client/case-calls';
import { prepareOpening } from '../../client/opening';
import { requireRole, userOf } from '../auth/user';
import { caseUrl } from './case';
import type { RouteDeps } from './context';

const CHANNELS = openCaseSchema.shape.channel.unwrap().options;
/** The schema's path for each requester field → the form's field name. */
const REQUESTER_FIELDS: Record<string, string> = {
  'requester.name': 'requesterName',
  'requester.email': 'requesterEmail',
  'requester.address': 'requesterAddress',
};

/** The requester's details, when any is given: they go to the records store only. */
function requesterOf(form: Record<string, unknown>): {
  requester?: { name?: string; email?: string; address?: string };
} {
  const requester = {
    name: text(form.requesterName),
    email: text(form.requesterEmail),
    address: text(form.requesterAddress),
  };
  return Object.values(requester).some((v) => v !== undefined) ? { requester } : {};
}
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

export function registerOpenCase(app: FastifyInstance, deps: RouteDeps): void {
  const page = (
    values: Record<string, unknown>,
    problem?: { field: string; message: string; existing?: string },
  ) => ({
    title: 'Open a case',
    values,
    problem,
    regimes: REGIME_IDS.map((id) => ({ value: id, text: `${REGIMES[id].title} (${id})` })),
    channels: CHANNELS,
    today: deps.today(),
  });
  const canOpen = requireRole('officer', 'manager', 'admin');

  app.get('/open', { preHandler: canOpen }, async (_req, reply) =>
    reply.view('open.njk', page({ regime: 'foia', channel: 'email', receivedOn: deps.today() })),
  );

  app.post('/open', { preHandler: [canOpen, app.csrfProtection] }, async (req, reply) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const input = {
      reference: text(form.reference) ?? '',
      regime: text(form.regime) ?? 'foia',
      receivedOn: text(form.receivedOn) ?? deps.today(),
      receivedAt: text(form.receivedAt),
      channel: text(form.channel) ?? 'email',
      summary: text(form.summary) ?? '',
      questions: (text(form.questions) ?? '')
        .split(/\r?\n/)
        .map((q) => q.trim())
        .filter(Boolean),
      officer: text(form.officer),
      approver: text(form.approver),
      openedBy: userOf(req).email,
      ...requesterOf(form),
    };
    const fail = (field: string, message: string, existing?: string) =>
      reply.code(400).view('open.njk', page(form, { field, message, existing }));
    if (!(REGIME_IDS as readonly string[]).includes(input.regime))
      return fail('regime', `choose one of ${REGIME_IDS.join(', ')}`);
    const parsed = openCaseSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.');
      return fail(REQUESTER_FIELDS[field] ?? String(issue.path[0] ?? 'reference'), issue.message);
    }
    const late = receiptDateProblem(parsed.data.receivedOn, deps.today());
    if (late) return fail('receivedOn', late);
    // As `foi open` does it: the reference new to the records store too, nothing half-written.
    const exists = () =>
      fail('reference', `case ${parsed.data.reference} already exists`, caseUrl(parsed.data.reference));
    const opening = await prepareOpening(deps.records, parsed.data);
    if (opening === 'exists') return exists();
    const started = await startCase(deps.temporal, opening.input).catch(async (err: unknown) => {
      await opening.abandon();
      throw err;
    });
    if (!started) {
      await opening.abandon();
      return exists();
    }
    // The same requester's recent requests, for aggregation (Fees Regulations reg 5) and
    // repeated requests (s14(2)): shown to the officer who entered the requester.
    if (opening.earlier.length > 0)
      return reply.view('opened.njk', {
        title: `Case ${parsed.data.reference} opened`,
        reference: parsed.data.reference,
        caseLink: caseUrl(parsed.data.reference),
        earlier: opening.earlier.map((e) => ({ ...e, link: caseUrl(e.reference) })),
      });
    return reply.redirect(`${caseUrl(parsed.data.reference)}?done=open`, 303);
  });
}
