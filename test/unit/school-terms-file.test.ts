// A term-dates document is checked whole before anything is saved: each fault refused in
// one line naming the term (numbered as given) and what is wrong.
import { MAX_SCHOOL_TERMS, nonSchoolRanges, parseSchoolTerms } from '../../domain/calendar/school-terms';

const term = (from: unknown, to: unknown, name?: unknown) => ({
  from,
  to,
  ...(name === undefined ? {} : { name }),
});

test.each([
  ['not an object', [], 'expected { "terms": [ { "from": ..., "to": ... } ] }'],
  ['no terms', { terms: [] }, 'no terms given'],
  [
    'a term that is not an object',
    { terms: ['2026-09-03'] },
    'term 1: expected an object with "from" and "to"',
  ],
  [
    'not a date',
    { terms: [term('2026-09-03', '2026-10-23'), term('2026-11-02', '18/12/2026')] },
    'term 2: "to" is "18/12/2026", not a date (YYYY-MM-DD)',
  ],
  [
    'an impossible date',
    { terms: [term('2026-02-30', '2026-03-10')] },
    'term 1: "from" is "2026-02-30", not a date (YYYY-MM-DD)',
  ],
  [
    'a missing date',
    { terms: [term(undefined, '2026-03-10')] },
    'term 1: "from" is undefined, not a date (YYYY-MM-DD)',
  ],
  [
    'end before start',
    { terms: [term('2026-10-23', '2026-09-03')] },
    'term 1: ends 2026-09-03, before it starts (2026-10-23)',
  ],
  [
    'overlapping terms (given out of order)',
    { terms: [term('2026-11-02', '2026-12-18'), term('2026-09-03', '2026-11-02')] },
    'terms overlap: 2026-09-03 to 2026-11-02 and 2026-11-02 to 2026-12-18',
  ],
  [
    'a name over two lines',
    { terms: [term('2026-09-03', '2026-10-23', 'a\nb')] },
    'term 1: "name" should be one line of text, at most 80 characters',
  ],
  [
    'too many terms',
    { terms: Array.from({ length: MAX_SCHOOL_TERMS + 1 }, () => term('2026-09-03', '2026-09-04')) },
    `${MAX_SCHOOL_TERMS + 1} terms: at most ${MAX_SCHOOL_TERMS} are taken`,
  ],
])('%s is refused', (_what, doc, message) => {
  expect(() => parseSchoolTerms(doc)).toThrow(message);
});

test('good terms come back sorted; the gaps between them are the non-school days', () => {
  const terms = parseSchoolTerms({
    terms: [term('2026-11-02', '2026-12-18', 'autumn 2'), term('2026-09-03', '2026-10-23', 'autumn 1')],
  });
  expect(terms.map((t) => t.name)).toEqual(['autumn 1', 'autumn 2']);
  // Sat 24 Oct to Sun 1 Nov 2026: the half-term week and its weekends.
  expect(nonSchoolRanges(terms, '2026-09-01')).toEqual([
    { from: '2026-10-24', to: '2026-11-01', reason: 'not a school day (between terms)' },
  ]);
  // A count starting after the gap needs none of it.
  expect(nonSchoolRanges(terms, '2026-11-02')).toEqual([]);
});
