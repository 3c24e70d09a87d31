// A case as the records store keeps it, for one whose workflow Temporal's retention has
// removed: the facts and the timeline, without live deadlines (the case has ended).
import type { StoredCase } from '../records/case-reads';

export function formatStoredCase(c: StoredCase): string {
  const r = c.row;
  const lines = [
    `${r.reference}  (${r.regime.toUpperCase()})  ${r.phase}${r.voided ? '  VOIDED' : ''}`,
    `  received      ${r.received_on}${r.channel ? ` by ${r.channel}` : ''}`,
    `  summary       ${r.summary}`,
    ...(r.officer ? [`  officer       ${r.officer}`] : []),
    ...(r.approved_by ? [`  approved by   ${r.approved_by}`] : []),
  ];
  if (r.responded_on) {
    const cited = c.exemptions.map((e) => e.section).join(', ');
    lines.push(
      `  response      ${r.responded_on}: ${r.outcome ?? ''}${cited ? `, citing ${cited}` : ''}; ${r.answered_late ? 'late' : 'in time'}, ${r.working_days_taken ?? '?'} working days`,
    );
  }
  if (r.review_requested_on)
    lines.push(
      `  review        requested ${r.review_requested_on}${r.review_result ? `: ${r.review_result}` : ''}`,
    );
  if (r.regulator_complaint_on)
    lines.push(
      `  regulator     complaint ${r.regulator_complaint_on} (${r.regulator_reference ?? ''})${r.regulator_decision ? `: ${r.regulator_decision}` : ''}`,
    );
  if (r.ended_on) lines.push(`  ended         ${r.ended_on}${r.end_reason ? `: ${r.end_reason}` : ''}`);
  lines.push('  (from the records store: the case has ended and its workflow is no longer kept)');
  return lines.join('\n');
}
