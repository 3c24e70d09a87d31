// `npm run bench:calendar`: how fast the working-day index answers "20 working days
// after this receipt", against a plain day-by-day loop over the same holidays, in the
// same run. A script that prints figures, not a timed test.
import {
  buildHolidayTable,
  dayNumberOf,
  DIVISIONS,
  fromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
  WorkingDayCalendar,
} from '../domain/calendar';

const N = 1_000_000;
const WORKING_DAYS = 20;
const ROUNDS = 5;

const table = buildHolidayTable(2000, 2041);
const cal = WorkingDayCalendar.fromTable(table, DIVISIONS);
const holidays = new Set(table.holidays.map((h) => toDayNumber(h.date)));

// Receipts spread over 2000-01-01..2040-12-31 by a fixed linear congruential sequence,
// so every run times the same inputs.
const first = dayNumberOf(2000, 1, 1);
const span = dayNumberOf(2040, 12, 31) - first + 1;
const receipts = new Int32Array(N);
let seed = 12345;
for (let i = 0; i < N; i++) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  receipts[i] = first + (seed % span);
}
const receiptStrings = Array.from(receipts, (d) => fromDayNumber(d));

function naiveDue(start: number, n: number): number {
  let day = start;
  for (let counted = 0; counted < n;) {
    day++;
    const w = weekdayOfDayNumber(day);
    if (w !== 0 && w !== 6 && !holidays.has(day)) counted++;
  }
  return day;
}

const out = new Int32Array(N);
function time(run: () => void): number {
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const indexedMs = time(() => {
  for (let i = 0; i < N; i++) out[i] = cal.addWorkingDaysToDay(receipts[i] as number, WORKING_DAYS);
});
const indexed = out.slice();
let isoSink = 0;
const isoMs = time(() => {
  for (let i = 0; i < N; i++) isoSink += cal.addWorkingDays(receiptStrings[i] as string, WORKING_DAYS).length;
});
const naiveMs = time(() => {
  for (let i = 0; i < N; i++) out[i] = naiveDue(receipts[i] as number, WORKING_DAYS);
});
let mismatches = 0;
for (let i = 0; i < N; i++) if (out[i] !== indexed[i]) mismatches++;

const perSecond = (ms: number) => Math.round((N / ms) * 1000);
const fmt = (n: number) => n.toLocaleString('en-GB');
const ratio = naiveMs / indexedMs;
const indexedRate = perSecond(indexedMs);
const lines = [
  `calendar bench: ${fmt(N)} FOIA due dates (${WORKING_DAYS} working days, holidays of all three divisions),`,
  `receipts spread over 2000-01-01..2040-12-31; best of ${ROUNDS} rounds; node ${process.version}`,
  `  indexed, day numbers     ${fmt(indexedRate).padStart(13)} ops/s   ${indexedMs.toFixed(1)} ms`,
  `  indexed, ISO strings     ${fmt(perSecond(isoMs)).padStart(13)} ops/s   ${isoMs.toFixed(1)} ms (parse + format included)`,
  `  naive day-by-day loop    ${fmt(perSecond(naiveMs)).padStart(13)} ops/s   ${naiveMs.toFixed(1)} ms`,
  `  speed-up, indexed vs naive (same inputs, same holidays): ${ratio.toFixed(1)}x` +
    ` (ISO-string API vs naive day numbers: ${(naiveMs / isoMs).toFixed(1)}x)`,
  `  answers differing between the two: ${mismatches}`,
  `  targets: >= 10,000,000 ops/s ${indexedRate >= 10_000_000 ? 'met' : 'NOT met'}; >= 20x ${ratio >= 20 ? 'met' : 'NOT met'}`,
];
process.stdout.write(lines.join('\n') + '\n');
if (mismatches > 0 || isoSink === 0) process.exitCode = 1;
