// decide(state, command) → events, or the reason the command cannot be accepted. Each
// check carries the rule it comes from. Pure: the same inputs always give the same answer.
import { addDays, compareDates, formatLongDate, type IsoDate } from '../calendar';
import { checkExemption } from '../exemptions';
import type { Command, CommandOf } from './commands';
import type { RuleContext } from './context';
import {
  maxExtendedDue,
  responseDue,
  reviewDue,
  reviewRequestWindowEnd,
  statutoryResponseDue,
} from './case-deadlines';
import type { CaseEvent } from './events';
import { EXEMPTION_OUTCOMES, REFUSAL_OUTCOMES } from './outcomes';
import { isTerminal, PHASE_LABELS, PRE_RESPONSE_PHASES, WORKING_PHASES, type Phase } from './phases';
import { regimeFamily } from './regime-family';
import type { CaseState } from './state';

export type Decision = { ok: true; events: CaseEvent[] } | { ok: false; reason: string };

const reject = (reason: string): Decision => ({ ok: false, reason });
const accept = (...events: CaseEvent[]): Decision => ({ ok: true, events });
const fmt = (d: IsoDate): string => `${formatLongDate(d)} (${d})`;
const after = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;

/** Working days from the effective start of the clock to `on`, paused days left out. */
function workingDaysTaken(s: CaseState, ctx: RuleContext, on: IsoDate): number {
  const start = s.clock.clarificationReceivedOn ?? s.receivedOn;
  let days = ctx.cal.workingDaysBetween(start, on);
  for (const p of s.clock.feePauses) {
    const to = p.to ?? on;
    days -= Math.max(0, ctx.cal.workingDaysBetween(addDays(p.from, -1), to));
  }
  return days;
}

function phaseIs(s: CaseState, allowed: readonly Phase[], action: string): string | undefined {
  if (allowed.includes(s.phase)) return undefined;
  if (isTerminal(s.phase)) return `cannot ${action}: the case is ${s.phase} (${s.endReason ?? 'ended'})`;
  return `cannot ${action} while the case is ${PHASE_LABELS[s.phase]}`;
}

type Handler<T extends Command['type']> = (
  s: CaseState,
  c: CommandOf<T>,
  on: IsoDate,
  ctx: RuleContext,
) => Decision;

const handlers: { [T in Command['type']]: Handler<T> } = {
  assign(s, c, on) {
    if (isTerminal(s.phase)) return reject(`cannot assign: the case is ${s.phase}`);
    return accept({ type: 'assigned', on, by: c.by, officer: c.officer, approver: c.approver ?? s.approver });
  },

  requestClarification(s, c, on, ctx) {
    const wrong = phaseIs(s, ['received', 'in_progress'], 'ask for clarification');
    if (wrong) return reject(wrong);
    // s1(3): the duty to answer waits for the clarification; asking late does not rescue a missed deadline.
    const due = responseDue(s, ctx);
    if (due && after(on, due))
      return reject(`cannot ask for clarification after the response deadline, ${fmt(due)}`);
    return accept({ type: 'clarificationRequested', on, by: c.by, question: c.question });
  },

  clarificationReceived(s, c, on) {
    const wrong = phaseIs(s, ['awaiting_clarification'], 'record a clarification');
    if (wrong) return reject(wrong);
    return accept({ type: 'clarificationReceived', on, by: c.by });
  },

  issueFeesNotice(s, c, on, ctx) {
    const wrong = phaseIs(s, WORKING_PHASES, 'issue a fees notice');
    if (wrong) return reject(wrong);
    if (s.feeNoticeOn) return reject(`a fees notice was already issued on ${fmt(s.feeNoticeOn)}`);
    const due = responseDue(s, ctx);
    // s9(1): the fees notice is given within the period for compliance.
    if (due && after(on, due))
      return reject(`a fees notice must be issued by the response deadline, ${fmt(due)}`);
    return accept({ type: 'feesNoticeIssued', on, by: c.by, amountPence: c.amountPence });
  },

  feePaid(s, c, on) {
    const wrong = phaseIs(s, ['awaiting_fee'], 'record a fee as paid');
    if (wrong) return reject(wrong);
    return accept({ type: 'feePaid', on, by: c.by });
  },

  extend(s, c, on, ctx) {
    const ext = ctx.regime.extension;
    if (!ext)
      return reject(
        `${ctx.regime.title} allows no extension of the ${ctx.regime.responseWorkingDays} working days`,
      );
    const wrong = phaseIs(
      s,
      ['received', 'in_progress', 'awaiting_approval', 'approved'],
      'extend the deadline',
    );
    if (wrong) return reject(wrong);
    if (s.disclosureDue) return reject('cannot extend a disclosure ordered by an internal review');
    if (s.clock.extendedUntil)
      return reject(`the deadline was already extended to ${fmt(s.clock.extendedUntil)}`);
    const statutory = statutoryResponseDue(s, ctx)!;
    const max = maxExtendedDue(s, ctx)!;
    // FOIA s17(2) / EIR reg 7(3): the requester is told within the original period.
    if (after(on, statutory)) {
      return reject(
        `an extension notice must be sent within the ${ctx.regime.responseWorkingDays} working days, by ${fmt(statutory)}`,
      );
    }
    const until = c.until ?? max;
    if (after(until, max)) {
      return reject(
        `${fmt(until)} is beyond the longest extension allowed (${ext.maxTotalWorkingDays} working days in total: ${fmt(max)})`,
      );
    }
    if (!after(until, statutory))
      return reject(`the extended date must be after the current deadline, ${fmt(statutory)}`);
    return accept({ type: 'extended', on, by: c.by, reason: c.reason, until });
  },

  submitDraft(s, c, on) {
    const wrong = phaseIs(s, WORKING_PHASES, 'submit a draft');
    if (wrong) return reject(wrong);
    if (!s.officer) return reject('cannot submit a draft: no case officer is assigned');
    return accept({ type: 'draftSubmitted', on, by: c.by, note: c.note });
  },

  approve(s, c, on) {
    if (s.phase !== 'awaiting_approval')
      return reject(`cannot approve: no draft is awaiting approval (the case is ${PHASE_LABELS[s.phase]})`);
    // Sign-off is a second pair of eyes: the author cannot approve their own draft.
    if (s.draft && s.draft.by.toLowerCase() === c.by.toLowerCase()) {
      return reject(`cannot approve: ${c.by} submitted this draft; another person must sign it off`);
    }
    return accept({ type: 'draftApproved', on, by: c.by });
  },

  returnDraft(s, c, on) {
    if (s.phase !== 'awaiting_approval')
      return reject(
        `cannot return a draft: none is awaiting approval (the case is ${PHASE_LABELS[s.phase]})`,
      );
    return accept({ type: 'draftReturned', on, by: c.by, comment: c.comment });
  },

  recordResponse(s, c, on, ctx) {
    if (!PRE_RESPONSE_PHASES.includes(s.phase)) {
      if (s.response) return reject(`a response was already recorded on ${fmt(s.response.sentOn)}`);
      return reject(phaseIs(s, PRE_RESPONSE_PHASES, 'record a response')!);
    }
    if (s.phase === 'awaiting_clarification')
      return reject('cannot record a response while awaiting clarification');
    if (s.phase === 'awaiting_fee') return reject('cannot record a response while the fees notice is unpaid');
    if (s.settings.approvalRequired && s.phase !== 'approved')
      return reject('cannot record a response: the draft has not been approved');
    const family = regimeFamily(s.regime);
    if (c.outcome === 'disclosed-in-full' && c.exemptions.length > 0)
      return reject('a disclosure in full cites no exemptions');
    if (EXEMPTION_OUTCOMES.includes(c.outcome) && c.exemptions.length === 0) {
      return reject(`a ${c.outcome} response must cite at least one exemption (FOIA s17(1)(b))`);
    }
    for (const e of c.exemptions) {
      const problem = checkExemption(family, e);
      if (problem) return reject(problem);
    }
    if (c.exemptions.some((e) => e.kind === 'qualified') && !c.publicInterestTest) {
      return reject(
        'a qualified exemption needs a public interest test: record that it was done (FOIA s2(2), s17(3))',
      );
    }
    if (REFUSAL_OUTCOMES.includes(c.outcome) && !c.refusalNoticeComplete) {
      return reject(
        'a refusal notice must state the exemption or reason, why it applies, the public interest reasons where qualified, the internal review procedure and the right to complain (FOIA s17); confirm that it does',
      );
    }
    const afterReview = Boolean(s.disclosureDue);
    const due = s.disclosureDue ?? responseDue(s, ctx)!;
    return accept({
      type: 'responseSent',
      on,
      by: c.by,
      outcome: c.outcome,
      exemptions: c.exemptions,
      publicInterestTest: c.publicInterestTest,
      due,
      late: after(on, due),
      workingDaysTaken: workingDaysTaken(s, ctx, on),
      afterReview,
    });
  },

  requestReview(s, c, on, ctx) {
    const wrong = phaseIs(s, ['review_window'], 'record a request for internal review');
    if (wrong) return reject(wrong);
    const end = reviewRequestWindowEnd(s, ctx)!;
    if (after(on, end)) return reject(`internal review window closed on ${fmt(end)}`);
    // Code of Practice (s45) para 5.10 / EIR reg 11(4) / FOISA s21(1).
    const due = ctx.cal.addWorkingDays(on, ctx.regime.reviewResponseWorkingDays);
    return accept({ type: 'reviewRequested', on, by: c.by, grounds: c.grounds, due });
  },

  extendReview(s, c, on, ctx) {
    const wrong = phaseIs(s, ['internal_review'], 'extend the internal review');
    if (wrong) return reject(wrong);
    const r = s.review!;
    if (ctx.regime.reviewMaxWorkingDays <= ctx.regime.reviewResponseWorkingDays) {
      return reject(
        `${ctx.regime.title} fixes the review at ${ctx.regime.reviewResponseWorkingDays} working days, with no extension`,
      );
    }
    if (r.extendedUntil) return reject(`the internal review was already extended to ${fmt(r.extendedUntil)}`);
    if (after(on, r.due))
      return reject(`an internal review can only be extended before its deadline, ${fmt(r.due)}`);
    const until = ctx.cal.addWorkingDays(r.requestedOn, ctx.regime.reviewMaxWorkingDays);
    return accept({ type: 'reviewExtended', on, by: c.by, reason: c.reason, until });
  },

  completeReview(s, c, on, ctx) {
    const wrong = phaseIs(s, ['internal_review'], 'complete an internal review');
    if (wrong) return reject(wrong);
    // An overturned answer re-opens a deadline to disclose (authority setting, default 20 WD).
    const disclosureDue =
      c.result === 'overturned'
        ? ctx.cal.addWorkingDays(on, s.settings.disclosureAfterOverturnWorkingDays)
        : undefined;
    return accept({
      type: 'reviewCompleted',
      on,
      by: c.by,
      result: c.result,
      late: after(on, reviewDue(s)!),
      disclosureDue,
    });
  },

  icoComplaint(s, c, on, ctx) {
    const regulator = ctx.regime.regulator.name;
    if (s.phase === 'internal_review') {
      // The regulator will take a complaint once a review has run too long (ICO: 40 WD).
      const r = s.review!;
      const limit = s.settings.reviewOverdueForComplaintWorkingDays;
      if (ctx.cal.workingDaysBetween(r.requestedOn, on) <= limit) {
        return reject(
          `the internal review is still within its time; the ${regulator} takes a complaint after ${limit} working days (from ${fmt(ctx.cal.addWorkingDays(r.requestedOn, limit + 1))})`,
        );
      }
    } else if (s.phase === 'review_window') {
      return reject(
        `the requester must first ask for an internal review (window open until ${fmt(reviewRequestWindowEnd(s, ctx)!)})`,
      );
    } else if (s.phase !== 'ico_window') {
      return reject(phaseIs(s, ['ico_window', 'internal_review'], `record a complaint to the ${regulator}`)!);
    }
    if (c.submissionDue && compareDates(c.submissionDue, on) < 0)
      return reject('the submission date cannot be before the complaint');
    return accept({
      type: 'icoComplaintReceived',
      on,
      by: c.by,
      icoReference: c.icoReference,
      submissionDue: c.submissionDue,
    });
  },

  icoSubmission(s, c, on, ctx) {
    const wrong = phaseIs(s, ['ico_complaint'], `record a submission to the ${ctx.regime.regulator.name}`);
    if (wrong) return reject(wrong);
    if (s.ico?.submittedOn) return reject(`the submission was already recorded on ${fmt(s.ico.submittedOn)}`);
    return accept({ type: 'icoSubmissionMade', on, by: c.by });
  },

  icoDecision(s, c, on, ctx) {
    const wrong = phaseIs(s, ['ico_complaint'], 'record a decision notice');
    if (wrong) return reject(wrong);
    if (s.ico?.decision) return reject(`a decision notice was already recorded on ${fmt(s.ico.decision.on)}`);
    return accept({
      type: 'icoDecisionIssued',
      on,
      by: c.by,
      noticeReference: c.noticeReference,
      result: c.result,
      steps: c.steps,
      // FOIA s50(6): at least the appeal period before steps fall due; the ICO usually gives 35 calendar days.
      complyBy: c.steps.length > 0 ? addDays(on, ctx.regime.decisionComplianceCalendarDays) : undefined,
      // Tribunal Procedure (First-tier Tribunal) (GRC) Rules 2009 r22(1)(b): 28 days.
      appealBy: addDays(on, ctx.regime.tribunalAppealCalendarDays),
    });
  },

  complied(s, c, on) {
    const d = s.ico?.decision;
    if (s.phase !== 'ico_complaint' || !d)
      return reject('cannot record compliance: there is no decision notice');
    if (d.steps.length === 0) return reject('the decision notice requires no steps');
    if (s.ico?.compliedOn) return reject(`compliance was already recorded on ${fmt(s.ico.compliedOn)}`);
    return accept({ type: 'complied', on, by: c.by });
  },

  appeal(s, c, on) {
    const d = s.ico?.decision;
    if (s.phase !== 'ico_complaint' || !d)
      return reject('cannot record an appeal: there is no decision notice');
    if (s.ico?.appeal) return reject(`an appeal was already recorded on ${fmt(s.ico.appeal.on)}`);
    if (after(on, d.appealBy))
      return reject(`the 28-day tribunal appeal window closed on ${fmt(d.appealBy)}`);
    return accept({ type: 'appealLodged', on, by: c.by, appellant: c.appellant });
  },

  withdraw(s, c, on) {
    const wrong = phaseIs(
      s,
      [...PRE_RESPONSE_PHASES, 'internal_review', 'ico_complaint'],
      'record a withdrawal',
    );
    if (wrong) return reject(wrong);
    return accept({ type: 'withdrawn', on, by: c.by, reason: c.reason });
  },

  close(s, c, on) {
    if (s.phase !== 'ico_complaint' || !s.ico?.decision) {
      return reject(
        'a case closes by itself when its windows end; closing by hand is for a case after a decision notice (e.g. once a tribunal has ruled)',
      );
    }
    return accept({ type: 'closed', on, by: c.by, reason: c.reason });
  },
};

export function decide(s: CaseState, c: Command, ctx: RuleContext): Decision {
  const on = c.on ?? ctx.today;
  // Backdated entry is normal (a case migrated from another system); future dates are not.
  if (after(on, ctx.today)) return reject(`${on} is in the future (today is ${ctx.today})`);
  if (compareDates(on, s.lastEventOn) < 0) {
    return reject(`cannot date this ${on}: the case's last recorded step was on ${s.lastEventOn}`);
  }
  const handler = handlers[c.type] as Handler<Command['type']>;
  return handler(s, c, on, ctx);
}
