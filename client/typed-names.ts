// What `foi status` prints, typed back as an option: `--phase "in progress"` and
// `--regime "Freedom of Information Act 2000"` mean in_progress and foia (issue 9 item 11).
// Ids still work; anything else is passed on as typed, for the option's own error.
import { PHASE_LABELS, PHASES } from '../domain/lifecycle/phases';
import { REGIME_IDS, REGIMES } from '../domain/regimes';

/** Letter case, spaces, hyphens and underscores aside: 'In-Progress' is 'in progress'. */
const loosely = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** The phase id a person means by an id or by the label status prints. */
export function phaseNamed(typed: string): string {
  const t = loosely(typed);
  return PHASES.find((p) => loosely(p) === t || loosely(PHASE_LABELS[p]) === t) ?? typed;
}

/** The regime id a person means by an id or by its title (the first line of status). */
export function regimeNamed(typed: string): string {
  const t = loosely(typed);
  return REGIME_IDS.find((id) => loosely(id) === t || loosely(REGIMES[id].title) === t) ?? typed;
}
