// `foi school-terms`: a school's term dates, for the schools' time for compliance
// (foia-schools, SI 2004/3364 reg 3: 20 school days or 60 working days, whichever is
// first). Kept in the records store as numbered versions, like the bank-holiday table, so
// the worker, the CLI and the web read the same dates wherever each runs; schools' cases
// fetch them through an activity when they open and at each `foi holidays refresh`.
//   foi school-terms import terms.json      { "terms": [{ "from": "2026-09-03", "to": "2026-10-23", "name": "autumn 1" }, ...] }
//   foi school-terms status
import path from 'node:path';
import type { Command } from 'commander';
import { formatLongDate } from '../../domain/calendar/dates';
import {
  MAX_SCHOOL_TERMS_BYTES,
  parseSchoolTerms,
  SchoolTermsError,
  type SchoolTerm,
} from '../../domain/calendar/school-terms';
import { currentSchoolTerms, saveSchoolTerms } from '../../records/school-terms';
import { UsageError } from '../errors';
import { readJsonFile } from '../json-file';
import { withRecords } from '../records-session';
import { whoIsActing } from '../who';

/** The checked terms of a file, or a one-line UsageError (exit 2) before anything is saved. */
export function readSchoolTermsFile(file: string): SchoolTerm[] {
  const doc = readJsonFile(file, 'term dates', {
    maxBytes: MAX_SCHOOL_TERMS_BYTES,
    shown: `${MAX_SCHOOL_TERMS_BYTES / 1000} kB`,
    notA: 'a term list',
  });
  try {
    return parseSchoolTerms(doc);
  } catch (err) {
    if (err instanceof SchoolTermsError)
      throw new UsageError(`term dates ${file} refused, nothing saved: ${err.message}`);
    throw err;
  }
}

const span = (terms: readonly SchoolTerm[]) =>
  `${terms.length} term${terms.length === 1 ? '' : 's'}, ${formatLongDate(terms[0]!.from)} to ${formatLongDate(terms.at(-1)!.to)}`;

async function runImport(file: string, opts: { by?: string }): Promise<void> {
  const terms = readSchoolTermsFile(file);
  const by = whoIsActing(opts.by);
  const version = await withRecords((db) => saveSchoolTerms(db, terms, { by, source: path.basename(file) }));
  process.stdout.write(
    `saved term dates version ${version}: ${span(terms)}; ` +
      'run `foi holidays refresh` to recompute open schools\u2019 cases\n',
  );
}

async function runStatus(): Promise<void> {
  const current = await withRecords((db) => currentSchoolTerms(db));
  if (!current) {
    process.stdout.write(
      "no term dates: schools' cases count 20 working days (the schools' rule may allow longer); " +
        'add them with `foi school-terms import FILE`\n',
    );
    return;
  }
  const lines = [
    `term dates in force: version ${current.version}, ${span(current.terms)}`,
    `  imported ${current.importedAt.slice(0, 16).replace('T', ' ')} UTC by ${current.importedBy} from ${current.source}`,
    ...current.terms.map(
      (t) => `  ${formatLongDate(t.from)} to ${formatLongDate(t.to)}${t.name ? `  ${t.name}` : ''}`,
    ),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

export function registerSchoolTerms(program: Command): void {
  const terms = program
    .command('school-terms')
    .description("a school's term dates, for the schools' 20 school days (SI 2004/3364 reg 3)");
  terms
    .command('import')
    .description('save term dates from a JSON file as the version in force')
    .argument('<file>', 'JSON: { "terms": [ { "from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "name": "..." } ] }')
    .option('--by <name>', 'who is importing (default: $FOI_USER, else your user name)')
    .action((file: string, opts: { by?: string }) => runImport(file, opts));
  terms
    .command('status')
    .description('the term dates in force')
    .action(() => runStatus());
}
