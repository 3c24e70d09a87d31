// How the response time of a case is counted, in a line for its status, where the regime's
// rule depends on data the authority gives: today the schools' term dates (SI 2004/3364
// reg 3). Other regimes count their plain working days and need no line.
import { describePeriod } from '../regimes';
import type { RuleContext } from './context';

export function responseTimeText(ctx: Pick<RuleContext, 'regime' | 'schoolTerms'>): string | undefined {
  const rule = ctx.regime.schoolDayRule;
  if (!rule) return undefined;
  const plain = describePeriod({ unit: 'working-days', n: ctx.regime.responseWorkingDays });
  if (!ctx.schoolTerms?.terms.length)
    return `${plain} (no term dates configured; the schools' rule may allow longer)`;
  const version =
    ctx.schoolTerms.version !== undefined ? `term dates version ${ctx.schoolTerms.version}, ` : '';
  return (
    `${rule.schoolDays} school days or ${describePeriod({ unit: 'working-days', n: rule.capWorkingDays })}, ` +
    `whichever is first (${version}SI 2004/3364 reg 3)`
  );
}
