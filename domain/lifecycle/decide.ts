// decide(state, command) → events, or the reason the command cannot be accepted. Each
// check carries the rule it comes from. Pure: the same inputs always give the same answer.
import { addDays, compareDates, formatLongDate, type IsoDate } from '../calendar/dates';
import { checkExemption } from '../exemptions';
import type { Command, CommandOf } from './commands';
import type { RuleContext } from './context';
import { lastReversibleStep } from './reversal';
import {
  clarificationLapsesOn,
  clockWorkingDaysTo,
  countsSchoolDays,
  feeLapsesOn,
  maxExtendedDue,
  nonResponseReviewWindow,
  responseDue,
  reviewDueIfAnsweredOn,
  reviewOutstanding,
  reviewRequestWindowEnd,
  statutoryResponseDue,
} from './case-deadlines';
import type { CaseEvent } from './events';
import { futureDateProblem } from './future-date';
import { citationNeeded, mustCiteExemption, needsRefusalNotice, NOTICE_SECTION } from './outcomes-rules';
import { isTerminal, PHASE_LABELS, PRE_RESPONSE_PHASES, WORKING_PHASES, type Phase } from './phases';
import { regimeFamily, type RegimeFamily } from './regime-family';
import type { CaseState } from './state';
import { describeEvent } from './view';

export type Decision = { ok: true; events: CaseEvent[] } | { ok: false; reason: string };

const reject = (reason: string): Decision => ({ ok: false, reason });
const accept = (...events: CaseEvent[]): Decision => ({ ok: true, events });
const fmt = (d: IsoDate): string => `${formatLongDate(d)} (${d})`;
const after = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;
const onOrAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) >= 0;

/** Sign-off belongs to the approver the case names; with none named, anyone may (the web
 * app checks the approver role). Cases started before this rule keep the old behaviour. */
function notTheNamedApprover(s: CaseState, by: string, ctx: RuleContext, action: string): string | undefined {
  if (!s.approver || ctx.legacy?.approveByAnyone) return undefined;
  if (s.approver.toLowerCase() === by.toLowerCase()) return undefined;
  return `cannot ${action}: ${s.approver} is the named approver of this case, not ${by}`;
}

function phaseIs(s: CaseState, allowed: readonly Phase[], action: string): string | undefined {
  if (allowed.includes(s.phase)) return undefined;
  if (isTerminal(s.phase)) return `cannot ${action}: the case is ${s.phase} (${s.endReason ?? 'ended'})`;
  return `cannot ${action} while the case is ${PHASE_LABELS[s.phase]}`;
}

/** The regulator takes a complaint once a review has run too long (ICO: 40 WD; FOISA
 * s47(1)(b): 20, the s21(1) time): the reason it is too early, if it is. */
function reviewStillInTime(
  s: CaseState,
  requestedOn: IsoDate,
  on: IsoDate,
  ctx: RuleContext,
): string | undefined {
  const limit = s.settings.reviewOverdueForComplaintWorkingDays ?? ctx.regime.complaintAfterReviewWorkingDays;
  if (ctx.cal.workingDaysBetween(requestedOn, on) > limit) return undefined;
  return `the internal review is still within its time; the ${ctx.regime.regulator.name} takes a complaint after ${limit} working days (from ${fmt(ctx.cal.addWorkingDays(requestedOn, limit + 1))})`;
}

/** Where each family says a review may be asked for when no answer came. */
const NON_RESPONSE_REVIEW_RULE: Record<RegimeFamily, string> = {
  foia: 's45 Code of Practice part 5',
  eir: 'EIR reg 11(2)',
  foisa: 'FOISA s20(5)(a), s21(4)(c)',
  eirs: 'EIR(S) reg 16(1)-(2)',
};

/** A review asked for because no response came by the deadline. The answer is still owed and
 * may still be sent (late); the review runs the regime's time from the request. */
function reviewOfNonResponse(
  s: CaseState,
  c: CommandOf<'requestReview'>,
  on: IsoDate,
  ctx: RuleContext,
): Decision {
  const rule = NON_RESPONSE_REVIEW_RULE[regimeFamily(s.regime)];
  if (s.review) return reject(`an internal review was already requested on ${fmt(s.review.requestedOn)}`);
  const window = nonResponseReviewWindow(s, ctx);
  if (!window) {
    return reject(
      `cannot record a request for internal review while the case is ${PHASE_LABELS[s.phase]}: the response clock is not running`,
    );
  }
  if (!after(on, window.responseDue)) {
    return reject(
      `cannot record a request for internal review: no response has been sent, and none is overdue yet (due ${fmt(window.responseDue)}); a review before any response is of a failure to respond (${rule})`,
    );
  }
  if (after(on, window.closes) && !c.late)
    return reject(`the window to ask for a review of the failure to respond closed on ${fmt(window.closes)}`);
  // Answered in the regime's review time (s45 Code part 5 / EIR reg 11(4) / FOISA s21(1)).
  const due = ctx.cal.addWorkingDays(on, ctx.regime.reviewResponseWorkingDays);
  return accept({ type: 'reviewRequested', on, by: c.by, grounds: c.grounds, due, aboutNonResponse: true });
}

/** A complaint is open with the regulator (about a response, or about no response). */
const complaintOpen = (s: CaseState): boolean => Boolean(s.ico) && !isTerminal(s.phase);

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
    // s1(3): the duty waits for the clarification; asking late does not rescue a missed deadline.
    const due = responseDue(s, ctx);
    if (due && after(on, due))
      return reject(`cannot ask for clarification after the response deadline, ${fmt(due)}`);
    return accept({ type: 'clarificationRequested', on, by: c.by, question: c.question });
  },

  clarificationReceived(s, c, on, ctx) {
    const wrong = phaseIs(s, ['awaiting_clarification'], 'record a clarification');
    if (wrong) return reject(wrong);
    const lapse = clarificationLapsesOn(s, ctx);
    if (lapse && onOrAfter(on, lapse))
      return reject(`the request lapsed on ${fmt(lapse)} without clarification`);
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

  feePaid(s, c, on, ctx) {
    const wrong = phaseIs(s, ['awaiting_fee'], 'record a fee as paid');
    if (wrong) return reject(wrong);
    // s10(2) disregards the days only for a fee paid in accordance with s9(2): in time.
    const lapse = feeLapsesOn(s, ctx);
    if (lapse && onOrAfter(on, lapse))
      return reject(`the fee was not paid in time: the request lapsed on ${fmt(lapse)}`);
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
    if (s.clock.extendedWorkingDays)
      return reject(`the deadline was already extended to ${fmt(responseDue(s, ctx)!)}`);
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
        `${fmt(until)} is beyond the longest extension allowed (${
          countsSchoolDays(ctx)
            ? `${ext.maxTotalWorkingDays - ctx.regime.responseWorkingDays} working days after the time for compliance`
            : `${ext.maxTotalWorkingDays} working days in total`
        }: ${fmt(max)})`,
      );
    }
    if (!after(until, statutory))
      return reject(`the extended date must be after the current deadline, ${fmt(statutory)}`);
    if (ext.kind === 'public-interest') {
      // s10(3) gives time only to weigh the public interest under a qualified exemption, and
      // the s17(2) notice names it (s17(1)(b)).
      const family = regimeFamily(s.regime);
      if (!c.exemptions.some((e) => e.kind === 'qualified')) {
        const absolute = c.exemptions.filter((e) => e.kind === 'absolute').map((e) => e.section);
        return reject(
          absolute.length > 0
            ? `${absolute.join(', ')} ${absolute.length === 1 ? 'is an absolute exemption' : 'are absolute exemptions'}: there is no public interest test to extend for; an extension needs a qualified exemption under consideration (s2(3), s10(3))`
            : 'a public interest extension is for a qualified exemption under consideration: name it (s10(3), s17(2))',
        );
      }
      for (const e of c.exemptions) {
        const problem = checkExemption(family, e);
        if (problem) return reject(problem);
      }
    }
    if (!ctx.cal.isWorkingDay(until))
      return reject(`${fmt(until)} is not a working day (${ctx.cal.nonWorkingReason(until)})`);
    // Kept as a count of working days, so a later fee pause moves it too (EIR reg 8(6)). A
    // schools' statutory date is not the 20th working day: count to `until` from day 0.
    const workingDays = countsSchoolDays(ctx)
      ? clockWorkingDaysTo(s, ctx, until)
      : ctx.regime.responseWorkingDays + ctx.cal.workingDaysBetween(statutory, until);
    return accept({ type: 'extended', on, by: c.by, reason: c.reason, until, workingDays });
  },

  submitDraft(s, c, on) {
    const wrong = phaseIs(
      s,
      s.disclosureDue ? [...WORKING_PHASES, 'ico_complaint'] : WORKING_PHASES,
      'submit a draft',
    );
    if (wrong) return reject(wrong);
    if (!s.officer) return reject('cannot submit a draft: no case officer is assigned');
    if (s.draft)
      return reject(`a draft is already with the approver (submitted ${fmt(s.draft.submittedOn)})`);
    return accept({ type: 'draftSubmitted', on, by: c.by, note: c.note });
  },

  approve(s, c, on, ctx) {
    if (!s.draft || s.draft.approvedOn)
      return reject(`cannot approve: no draft is awaiting approval (the case is ${PHASE_LABELS[s.phase]})`);
    // Sign-off is a second pair of eyes: the author cannot approve their own draft.
    if (s.draft.by.toLowerCase() === c.by.toLowerCase()) {
      return reject(`cannot approve: ${c.by} submitted this draft; another person must sign it off`);
    }
    const notApprover = notTheNamedApprover(s, c.by, ctx, 'approve');
    if (notApprover) return reject(notApprover);
    return accept({ type: 'draftApproved', on, by: c.by });
  },

  returnDraft(s, c, on, ctx) {
    if (!s.draft || s.draft.approvedOn)
      return reject(
        `cannot return a draft: none is awaiting approval (the case is ${PHASE_LABELS[s.phase]})`,
      );
    const notApprover = notTheNamedApprover(s, c.by, ctx, 'return the draft');
    if (notApprover) return reject(notApprover);
    return accept({ type: 'draftReturned', on, by: c.by, comment: c.comment });
  },

  recordResponse(s, c, on, ctx) {
    const disclosing = Boolean(s.disclosureDue);
    if (!disclosing && !PRE_RESPONSE_PHASES.includes(s.phase)) {
      if (s.response) return reject(`a response was already recorded on ${fmt(s.response.sentOn)}`);
      return reject(phaseIs(s, PRE_RESPONSE_PHASES, 'record a response')!);
    }
    if (isTerminal(s.phase)) return reject(phaseIs(s, [], 'record a response')!);
    if (s.phase === 'awaiting_clarification')
      return reject('cannot record a response while awaiting clarification');
    if (s.phase === 'awaiting_fee') return reject('cannot record a response while the fees notice is unpaid');
    if (s.settings.approvalRequired && !s.draft?.approvedOn)
      return reject('cannot record a response: the draft has not been approved');
    const family = regimeFamily(s.regime);
    if (c.outcome === 'disclosed-in-full' && c.exemptions.length > 0)
      return reject('a disclosure in full cites no exemptions');
    if (mustCiteExemption(family, c.outcome) && c.exemptions.length === 0)
      return reject(citationNeeded(family, c.outcome));
    for (const e of c.exemptions) {
      const problem = checkExemption(family, e);
      if (problem) return reject(problem);
    }
    if (c.exemptions.some((e) => e.kind === 'qualified') && !c.publicInterestTest) {
      return reject(
        'a qualified exemption needs a public interest test: record that it was done (FOIA s2(2), s17(3); EIR reg 12(1)(b))',
      );
    }
    if (needsRefusalNotice(family, c.outcome) && !c.refusalNoticeComplete) {
      return reject(
        `a refusal notice must state the exemption or reason, why it applies, the public interest reasons where qualified, the internal review procedure and the right to complain (${NOTICE_SECTION[family]}); confirm that it does`,
      );
    }
    // Judged by the law in force on the day of the answer (regime-variations.ts).
    const due = s.disclosureDue ?? responseDue(s, ctx, on)!;
    return accept({
      type: 'responseSent',
      on,
      by: c.by,
      outcome: c.outcome,
      exemptions: c.exemptions,
      publicInterestTest: c.publicInterestTest,
      due,
      late: after(on, due),
      workingDaysTaken: disclosing
        ? ctx.cal.workingDaysBetween(s.review!.completedOn!, on)
        : clockWorkingDaysTo(s, ctx, on),
      afterReview: disclosing,
    });
  },

  requestReview(s, c, on, ctx) {
    if (!s.response && PRE_RESPONSE_PHASES.includes(s.phase)) return reviewOfNonResponse(s, c, on, ctx);
    const reopening = s.phase === 'closed' && s.closedWindow === 'review';
    const wrong = reopening
      ? undefined
      : phaseIs(s, ['review_window'], 'record a request for internal review');
    if (wrong) return reject(wrong);
    const end = reviewRequestWindowEnd(s, ctx)!;
    // The Code of Practice lets an authority take a late request at its discretion: it says so.
    if (after(on, end) && !c.late) return reject(`internal review window closed on ${fmt(end)}`);
    // s45 Code of Practice (2018) part 5 / EIR reg 11(4) / FOISA s21(1).
    const due = ctx.cal.addWorkingDays(on, ctx.regime.reviewResponseWorkingDays);
    return accept({ type: 'reviewRequested', on, by: c.by, grounds: c.grounds, due });
  },

  extendReview(s, c, on, ctx) {
    if (!reviewOutstanding(s))
      return reject(phaseIs(s, [], 'extend the internal review') ?? 'no internal review is in progress');
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
    if (!reviewOutstanding(s) || isTerminal(s.phase)) {
      return reject(phaseIs(s, ['internal_review'], 'complete an internal review')!);
    }
    // A review of a failure to respond is answered by giving the missing answer (FOISA s21(4)(c)
    // "reach a decision"; EIR reg 11(5) the action taken to comply): recorded first, as the late
    // response, so the case keeps one response and its lateness.
    if (s.review?.aboutNonResponse && !s.response)
      return reject(
        'the review is of a failure to respond: record the response first (it is recorded as late), then complete the review',
      );
    // An overturned answer, or a partly upheld one that releases something, re-opens a
    // deadline to disclose (authority setting, default 20 WD).
    if (c.disclose && c.result === 'upheld')
      return reject('an upheld review releases nothing: leave out disclose');
    const discloses = c.result === 'overturned' || (c.result === 'partly-upheld' && c.disclose);
    const disclosureDue = discloses
      ? ctx.cal.addWorkingDays(on, s.settings.disclosureAfterOverturnWorkingDays)
      : undefined;
    return accept({
      type: 'reviewCompleted',
      on,
      by: c.by,
      result: c.result,
      late: after(on, reviewDueIfAnsweredOn(s, ctx, on)!),
      disclosureDue,
    });
  },

  icoComplaint(s, c, on, ctx) {
    const regulator = ctx.regime.regulator.name;
    if (s.ico) return reject(`a complaint to the ${regulator} is already recorded (${s.ico.icoReference})`);
    let aboutNonResponse = false;
    if (s.phase === 'internal_review') {
      const tooEarly = reviewStillInTime(s, s.review!.requestedOn, on, ctx);
      if (tooEarly) return reject(tooEarly);
    } else if (s.phase === 'review_window') {
      return reject(
        `the requester must first ask for an internal review (window open until ${fmt(reviewRequestWindowEnd(s, ctx)!)})`,
      );
    } else if (PRE_RESPONSE_PHASES.includes(s.phase)) {
      // FOIA s50 / EIR reg 18: a complaint that no answer came (a breach of s10) needs no review first.
      const due = responseDue(s, ctx);
      if (!due || !after(on, due)) {
        return reject(
          `a complaint before any response is only about a missed deadline, and the response is not overdue${due ? ` (due ${fmt(due)})` : ''}`,
        );
      }
      // FOISA s47(1) (and for the EIR(S), reg 17): only after a requirement for review,
      // answered or not answered in time.
      const family = regimeFamily(s.regime);
      if ((family === 'foisa' || family === 'eirs') && !ctx.legacy?.foisaComplaintWithoutReview) {
        const r = s.review;
        if (!r) {
          return reject(
            `an application to the ${regulator} needs a requirement for review first (FOISA s47(1)): the requester may require a review of the failure to respond (s20(1), s21(4)(c))`,
          );
        }
        const tooEarly = reviewStillInTime(s, r.requestedOn, on, ctx);
        if (tooEarly) return reject(tooEarly);
      }
      aboutNonResponse = true;
    } else if (s.phase === 'closed' && s.closedWindow === 'review') {
      return reject(
        `the requester must first ask for an internal review (the window closed on ${fmt(reviewRequestWindowEnd(s, ctx)!)}; a late one can still be accepted)`,
      );
    } else if (s.phase !== 'ico_window' && !(s.phase === 'closed' && s.closedWindow === 'complaint')) {
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
      aboutNonResponse,
    });
  },

  icoSubmission(s, c, on, ctx) {
    if (!complaintOpen(s))
      return reject(`cannot record a submission to the ${ctx.regime.regulator.name}: no complaint is open`);
    if (s.ico?.submittedOn) return reject(`the submission was already recorded on ${fmt(s.ico.submittedOn)}`);
    return accept({ type: 'icoSubmissionMade', on, by: c.by });
  },

  icoDecision(s, c, on, ctx) {
    if (!complaintOpen(s)) return reject('cannot record a decision notice: no complaint is open');
    if (s.ico?.decision) return reject(`a decision notice was already recorded on ${fmt(s.ico.decision.on)}`);
    if (c.complyBy && compareDates(c.complyBy, on) < 0)
      return reject('the compliance date cannot be before the decision notice');
    return accept({
      type: 'icoDecisionIssued',
      on,
      by: c.by,
      noticeReference: c.noticeReference,
      result: c.result,
      steps: c.steps,
      // FOIA s50(6) / FOISA s49(3)(b): the notice states the time for the steps; without it the usual period applies.
      complyBy:
        c.steps.length > 0
          ? (c.complyBy ?? addDays(on, ctx.regime.decisionComplianceCalendarDays))
          : undefined,
      // FOIA s57 with the GRC Rules r22(1)(b): 28 days; FOISA s56: 42 days to the Court of Session.
      appealBy: addDays(on, ctx.regime.tribunalAppealCalendarDays),
    });
  },

  complied(s, c, on) {
    const d = s.ico?.decision;
    if (!complaintOpen(s) || !d) return reject('cannot record compliance: there is no decision notice');
    if (d.steps.length === 0) return reject('the decision notice requires no steps');
    if (s.ico?.compliedOn) return reject(`compliance was already recorded on ${fmt(s.ico.compliedOn)}`);
    return accept({ type: 'complied', on, by: c.by });
  },

  appeal(s, c, on, ctx) {
    const d = s.ico?.decision;
    if (!complaintOpen(s) || !d) return reject('cannot record an appeal: there is no decision notice');
    if (s.ico?.appeal) return reject(`an appeal was already recorded on ${fmt(s.ico.appeal.on)}`);
    if (after(on, d.appealBy)) {
      return reject(
        `the ${ctx.regime.tribunalAppealCalendarDays}-day appeal window closed on ${fmt(d.appealBy)}`,
      );
    }
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
    // A complaint can end without a decision notice (resolved informally) or after one
    // (e.g. once a tribunal has ruled); every other stage closes by itself.
    if (s.phase !== 'ico_complaint') {
      return reject(
        'a case closes by itself when its windows end; closing by hand is for a complaint to the regulator that has ended',
      );
    }
    if (s.disclosureDue)
      return reject(`a disclosure is still owed (due ${fmt(s.disclosureDue)}): record it first`);
    return accept({ type: 'closed', on, by: c.by, reason: c.reason });
  },

  reverseLastStep(s, c, on) {
    if (s.phase === 'voided') return reject('cannot reverse a step: the case is voided');
    const step = lastReversibleStep(s);
    if (!step.ok) return reject(`cannot reverse a step: ${step.reason}`);
    const e = step.event;
    return accept({
      type: 'stepReversed',
      on,
      by: c.by,
      reason: c.reason,
      step: step.index,
      stepType: e.type,
      stepOn: e.on,
      stepText: describeEvent(e),
    });
  },

  void(s, c, on) {
    if (s.phase === 'voided') return reject(`the case was already voided on ${fmt(s.endedOn!)}`);
    return accept({ type: 'voided', on, by: c.by, reason: c.reason });
  },
};

export function decide(s: CaseState, c: Command, ctx: RuleContext): Decision {
  const on = c.on ?? ctx.today;
  // Backdated entry is normal (a case migrated from another system); future dates are not.
  const future = futureDateProblem(on, ctx.today);
  if (future) return reject(future);
  if (compareDates(on, s.lastEventOn) < 0) {
    return reject(`cannot date this ${on}: the case's last recorded step was on ${s.lastEventOn}`);
  }
  const handler = handlers[c.type] as Handler<Command['type']>;
  // A step is judged by the law in force on its own day (regime-variations.ts).
  return handler(s, c, on, { ...ctx, stepOn: on });
}
