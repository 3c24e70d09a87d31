// `foi stats` as a short report a manager can paste into a quarterly return.
import { longDate, percent } from './words';
import type { PeriodStats } from '../domain/lifecycle/period-stats';

const counts = (c: Record<string, number>): string =>
  Object.entries(c)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || 'none';

export function formatStats(s: PeriodStats, today: string): string {
  const rows: [string, string][] = [
    ['received', String(s.received)],
    ['answered', String(s.answered)],
    [
      '  in time',
      `${s.answeredInTime} (${percent(s.answeredInTime, s.answered)} of answered)` +
        (s.answeredInTimeAfterExtension
          ? `, ${s.answeredInTimeAfterExtension} of them after a lawful extension`
          : ''),
    ],
    ['  late', String(s.answeredLate)],
    ['not yet answered', String(s.notYetAnswered)],
    ['ended unanswered', counts(s.endedWithoutResponse)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const sorted = (c: Record<string, number>) =>
    Object.entries(c).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const r = s.internalReviews;
  const c = s.regulatorComplaints;
  return [
    `Requests received ${longDate(s.from)} to ${longDate(s.to)} (as of ${longDate(today)})`,
    ...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`),
    `outcomes: ${counts(Object.fromEntries(Object.entries(s.outcomes).filter(([, n]) => n > 0)))}`,
    `exemptions cited: ${counts(Object.fromEntries(sorted(s.exemptionsCited)))}`,
    `internal reviews: ${r.requested} requested, ${r.completed} completed (${counts(r.results)}), ${r.late} late, ${r.pending} pending`,
    `regulator complaints: ${c.received} received, ${c.decided} decided (${counts(c.decisions)}), ${c.pending} pending`,
  ].join('\n');
}
