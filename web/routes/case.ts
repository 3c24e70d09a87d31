// GET /cases/:reference (the case page) and POST /cases/:reference/:action (a step).
// Each step: the user may take it (permissions.ts), the form is the command's input
// (its zod schema), `by` is the signed-in user, and the case's rules have the last word.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { COMMAND_TYPES, type CommandType } from '../../domain/lifecycle/commands';
import { referenceSchema } from '../../domain/lifecycle/open-case';
import { sendCommand } from '../../client/case-calls';
import { CliError } from '../../client/errors';
import type { CommandPayload } from '../../workflows/definitions';
import { allowed, refusal } from '../auth/permissions';
import { ForbiddenError, hasRole, isManager, userOf, type SessionUser } from '../auth/user';
import { ACTIONS, actionsFor, checkInput, FormError, formToInput } from '../case-actions';
import { loadCase } from '../case-page';
import type { RouteDeps } from './context';

const params = z.object({ reference: referenceSchema });
const actionParams = params.extend({ action: z.enum(COMMAND_TYPES) });

export const caseUrl = (reference: string): string => `/cases/${encodeURIComponent(reference)}`;

interface FormProblem {
  action: CommandType;
  field: string;
  message: string;
  values: Record<string, unknown>;
}

async function renderCase(
  reply: FastifyReply,
  deps: RouteDeps,
  user: SessionUser,
  reference: string,
  problem?: FormProblem,
  done?: string,
) {
  const view = await loadCase(deps.temporal, deps.records, reference);
  const forms = actionsFor(view.status.phase)
    .filter((a) => allowed(user, a.type, view.status))
    .map((a) => ({ ...a, officerTakes: a.type === 'assign' && !isManager(user) }));
  return reply.code(problem ? 400 : 200).view('case.njk', {
    title: `Case ${reference}`,
    reference,
    caseUrl: caseUrl(reference),
    view,
    timelineItems: [...view.timeline].reverse().map((t) => ({
      // What happened, in words (the event's type is for machines), then who and when.
      label: { text: t.text },
      datetime: { timestamp: t.on, type: 'date' },
      byline: { text: t.by },
    })),
    forms,
    problem,
    done,
  });
}

export function registerCasePage(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/cases/:reference', { schema: { params } }, async (req, reply) => {
    const { reference } = req.params as z.infer<typeof params>;
    const { done } = req.query as { done?: string };
    const doneText =
      typeof done === 'string' && done in ACTIONS ? ACTIONS[done as CommandType].title : undefined;
    return renderCase(reply, deps, userOf(req), reference, undefined, doneText);
  });

  app.post(
    '/cases/:reference/:action',
    { schema: { params: actionParams }, preHandler: app.csrfProtection },
    async (req, reply) => {
      const { reference, action } = req.params as z.infer<typeof actionParams>;
      const user = userOf(req);
      const form = (req.body ?? {}) as Record<string, unknown>;
      const view = await loadCase(deps.temporal, deps.records, reference);
      const denied = refusal(user, action, view.status);
      if (denied) throw new ForbiddenError(denied);
      const spec = ACTIONS[action];
      const problem = (field: string, message: string) =>
        renderCase(reply, deps, user, reference, { action, field, message, values: form });
      let input: Record<string, unknown>;
      try {
        input = formToInput(spec, form, user.email);
      } catch (err) {
        if (err instanceof FormError) return problem(err.field, err.message);
        throw err;
      }
      // An officer who takes an unassigned case assigns it to themselves, whatever the form says.
      if (action === 'assign' && !isManager(user)) {
        if (!hasRole(user, 'officer')) throw new ForbiddenError('only officers take cases');
        input.officer = user.email;
        delete input.approver;
      }
      const checked = checkInput(action, input);
      if (!checked.ok) return problem(checked.field, checked.message);
      try {
        await sendCommand(deps.temporal, reference, action, checked.payload as CommandPayload<typeof action>);
      } catch (err) {
        if (err instanceof CliError) return problem('', err.message.replace(/^rejected: /, ''));
        throw err;
      }
      return reply.redirect(`${caseUrl(reference)}?done=${action}`, 303);
    },
  );
}
