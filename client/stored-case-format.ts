// A case as the records store keeps it, for one whose workflow Temporal's retention has
// removed: laid out as `foi status` lays out a live case, without live deadlines (the case
// has ended) and saying where it comes from.
import { RECEIVED_BY } from '../domain/lifecycle/channels';
import { isPhase, PHASE_LABELS } from '../domain/lifecycle/phases';
import { getRegime, isRegimeId } from '../domain/regimes';
import type { StoredCase } from '../records/case-reads';
import { longDate } from './words';

export function formatStoredCase(c: StoredCase): string {
  const r = c.row;
  const rows: [string, string | null | undefined][] = [
    ['phase', `${isPhase(r.phase) ? PHASE_LABELS[r.phase] : r.phase}${r.voided ? ' (voided)' : ''}`],
    ['received', longDate(r.received_on)],
    [
      'arrived',
      [
        r.channel && RECEIVED_BY[r.channel as keyof typeof RECEIVED_BY],
        r.received_at && `at ${r.received_at}`,
      ]
        .filter(Boolean)
        .join(' '),
    ],
    ['summary', r.summary],
    ['case officer', r.officer ?? 'none assigned'],
    ['approved by', r.approved_by],
  ];
  if (r.responded_on) {
    const cited = c.exemptions.map((e) => `${e.section} (${e.kind})`).join(', ');
    rows.push([
      'response',
      `sent ${longDate(r.responded_on)}: ${r.outcome ?? ''}${cited ? `, citing ${cited}` : ''}; ${r.answered_late ? 'LATE' : 'on time'}, ${r.working_days_taken ?? '?'} working days`,
    ]);
  }
  if (r.review_requested_on)
    rows.push([
      'internal review',
      `requested ${longDate(r.review_requested_on)}${r.review_result ? `: ${r.review_result}${r.review_late ? ' (late)' : ''}` : ''}`,
    ]);
  if (r.regulator_complaint_on)
    rows.push([
      'regulator',
      `complaint ${r.regulator_reference ?? ''} on ${longDate(r.regulator_complaint_on)}${r.regulator_decision ? `: ${r.regulator_decision}` : ''}`,
    ]);
  if (r.ended_on) rows.push(['ended', `${longDate(r.ended_on)}${r.end_reason ? `: ${r.end_reason}` : ''}`]);
  const shown = rows.filter((row): row is [string, string] => Boolean(row[1]));
  const width = Math.max(...shown.map(([k]) => k.length)) + 1;
  const title = isRegimeId(r.regime) ? getRegime(r.regime).title : r.regime;
  return [
    `${r.reference}  ${title}`,
    ...shown.map(([k, v]) => `${`${k}:`.padEnd(width)}  ${v}`),
    'from the records store: the case has ended and Temporal no longer keeps its workflow',
  ].join('\n');
}
