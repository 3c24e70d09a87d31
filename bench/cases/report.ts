// Formatting for the bench's figures: numbers, ratios, progress lines and the final table.
import { percentile, type Latencies } from './measure';
import type { OpenResult, TouchResult } from './phases';

export const fmt = (v: number | undefined, digits = 1): string =>
  v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits);

export const ratio = (a: number | undefined, b: number | undefined, digits = 2): string =>
  a === undefined || b === undefined || b === 0 || !Number.isFinite(a / b)
    ? 'n/a'
    : `${(a / b).toFixed(digits)}x`;

export const p50p99 = (p50: number | undefined, p99: number | undefined): string =>
  `${fmt(p50, 0)} / ${fmt(p99, 0)}`;

/** label, foi case, trivial, foi/trivial, target; a heading row has the label alone. */
export type Row = [label: string, ...cells: string[]];

/** A plain-text table; a row whose label starts with '#' is a section heading. */
export function table(rows: Row[], yardstick = 'trivial'): string {
  const header: Row = ['', 'foi case', yardstick, 'foi/trivial', 'target (issue 15)'];
  const all = [header, ...rows.filter((r) => !r[0].startsWith('#'))];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c]?.length ?? 0)));
  const line = (r: Row) =>
    header
      .map((_, c) => r[c] ?? '')
      .map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(header), '-'.repeat(line(header).length)];
  for (const r of rows) out.push(r[0].startsWith('#') ? r[0].slice(1).trim() : line(r));
  return out.join('\n');
}

export function log(message: string): void {
  const t = new Date().toISOString().slice(11, 19);
  console.log(`[${t}] ${message}`);
}

export interface Results {
  n: number;
  yardstick: 'waits' | 'sends';
  concurrency: number;
  signalConcurrency: number;
  queries: number;
  settleTimeoutMs: number;
  touchCache: number;
  firstPollMs: { foi: number; trivial: number };
  open: { foi: OpenResult; trivial: OpenResult };
  cached: { foi: Latencies; trivial: Latencies };
  uncached: { foi: Latencies; trivial: Latencies };
  cli: { median?: number; runs: number[]; problem?: string };
  touch: TouchResult;
}

const perCached = (o: OpenResult): number | undefined =>
  o.rssAfterMiB === undefined || o.rssBeforeMiB === undefined
    ? undefined
    : (o.rssAfterMiB - o.rssBeforeMiB) / o.n;

/** A figure taken while not every workflow had settled (or the worker crashed) is marked '*'. */
const partial = (o: OpenResult): boolean => o.settled < o.n || o.crashes > 0;

export function resultRows(r: Results): Row[] {
  const { foi: f, trivial: t } = r.open;
  const star = (o: OpenResult, s: string) => (partial(o) ? `*${s}` : s);
  const lat = (l: Latencies) => p50p99(percentile(l.ms, 0.5), percentile(l.ms, 0.99));
  const p99 = (l: Latencies) => percentile(l.ms, 0.99);
  const notAnswered = (l: Latencies) => `${l.failures} / ${l.skipped}`;
  const settledRate = (o: OpenResult) => o.settled / o.settleSecs;
  const at10k = r.n >= 10_000 ? '' : ' at 10,000';
  const { touch } = r;
  return [
    ['# Worker start'],
    [
      'first poll after spawn (s)',
      fmt(r.firstPollMs.foi / 1000, 2),
      fmt(r.firstPollMs.trivial / 1000, 2),
      `${r.firstPollMs.foi >= r.firstPollMs.trivial ? '+' : ''}${fmt((r.firstPollMs.foi - r.firstPollMs.trivial) / 1000, 2)} s`,
      'within 1 s of trivial',
    ],
    [`# Opening ${r.n} workflows (start calls at concurrency ${r.concurrency})`],
    ['worker RSS before (MiB)', fmt(f.rssBeforeMiB, 0), fmt(t.rssBeforeMiB, 0)],
    [
      'worker RSS after, all cached (MiB)',
      star(f, fmt(f.rssAfterMiB, 0)),
      star(t, fmt(t.rssAfterMiB, 0)),
      ratio(f.rssAfterMiB, t.rssAfterMiB),
      `< 1024 MiB${at10k}`,
    ],
    [
      'RSS per cached workflow (MiB)',
      star(f, fmt(perCached(f), 3)),
      star(t, fmt(perCached(t), 3)),
      ratio(perCached(f), perCached(t), 1),
      '<= 4x',
    ],
    [
      'worker CPU per start (ms)',
      star(f, fmt(f.cpuPerStartMs)),
      star(t, fmt(t.cpuPerStartMs)),
      ratio(f.cpuPerStartMs, t.cpuPerStartMs),
      '<= 2x',
    ],
    [
      'start calls accepted (/s)',
      fmt(r.n / f.startRpcSecs),
      fmt(r.n / t.startRpcSecs),
      ratio(r.n / f.startRpcSecs, r.n / t.startRpcSecs),
    ],
    [
      'settled starts (/s)',
      star(f, fmt(settledRate(f))),
      star(t, fmt(settledRate(t))),
      ratio(settledRate(f), settledRate(t)),
      '>= 0.5x',
    ],
    [
      'settled / started',
      `${f.settled}/${r.n - f.startErrors}`,
      `${t.settled}/${r.n - t.startErrors}`,
      '',
      `all (within ${r.settleTimeoutMs / 1000} s)`,
    ],
    ['worker crashes while opening', String(f.crashes), String(t.crashes), '', '0'],
    [`# Status query, ${r.queries} random cases one at a time (ms)`],
    [
      'cached p50 / p99',
      lat(r.cached.foi),
      lat(r.cached.trivial),
      ratio(p99(r.cached.foi), p99(r.cached.trivial)),
    ],
    [
      'uncached p50 / p99 (after a restart)',
      lat(r.uncached.foi),
      lat(r.uncached.trivial),
      ratio(p99(r.uncached.foi), p99(r.uncached.trivial)),
      `p99 < 200 ms${at10k}`,
    ],
    ['cached failed / not asked', notAnswered(r.cached.foi), notAnswered(r.cached.trivial), '', '0 / 0'],
    [
      'uncached failed / not asked',
      notAnswered(r.uncached.foi),
      notAnswered(r.uncached.trivial),
      '',
      '0 / 0',
    ],
    ['# CLI'],
    ['`foi due` wall time, median of 5 (ms)', fmt(r.cli.median, 0), '', '', '< 400 ms'],
    [
      `# Touch every open case: holidaysChanged x ${r.n}, concurrency ${r.signalConcurrency}, real worker's cache ${r.touchCache}`,
    ],
    ['signals sent in (s)', fmt(touch.signalSecs)],
    ['all recomputed in (s)', fmt(touch.settleSecs), '', '', `all (within ${r.settleTimeoutMs / 1000} s)`],
    ['recomputed / signalled', `${touch.settled}/${r.n - touch.signalErrors}`],
    ['worker peak RSS while recomputing (MiB)', fmt(touch.peakRssMiB, 0), '', '', `< 1024 MiB${at10k}`],
    ['worker peak RSS, incl. status of all (MiB)', fmt(touch.peakRssWithQueriesMiB, 0)],
    ['worker restarts (crashes)', String(touch.crashes), '', '', 'must be 0'],
    ['answered status afterwards', `${touch.answered}/${r.n}`, '', '', 'all'],
    ['that status p50 / p99 (ms, concurrency 20)', p50p99(touch.statusP50, touch.statusP99)],
  ];
}

/** Footnote for the '*' marks, if any figure needs it. */
export function partialNote(r: Results): string | undefined {
  return partial(r.open.foi) || partial(r.open.trivial)
    ? '* taken while not every workflow had settled within the timeout or after a worker crash: a partial, unstable state (per-workflow figures divide by all N)'
    : undefined;
}
