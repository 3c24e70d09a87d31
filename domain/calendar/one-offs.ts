// One-off bank holidays, each appointed by royal proclamation under the Banking and
// Financial Dealings Act 1971 s1(3) (extra days) or s1(2) (a day moved in place of the
// usual one). From 2012 they are checked against the GOV.UK feed; the earlier ones are
// from the proclamations as published in the London Gazette and are not in the feed.
// A holiday proclaimed after this list was written goes in data/proclamations.json
// (see README.md), not here.
import type { HolidayChange } from './changes';
import type { Division } from './divisions';

const ALL: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const GB: readonly Division[] = ['england-and-wales', 'scotland'];

export const ONE_OFF_CHANGES: readonly HolidayChange[] = [
  { date: '1981-07-29', title: 'Royal wedding', notes: 'Extra bank holiday', divisions: ALL },
  // 50th anniversary of VE Day: the early May holiday moved from Mon 1 May.
  { date: '1995-05-08', title: 'Early May bank holiday (VE day)', divisions: ALL, replaces: '1995-05-01' },
  { date: '1999-12-31', title: 'Millennium celebrations', notes: 'Extra bank holiday', divisions: ALL },
  // Golden Jubilee: an extra Monday, and the spring holiday moved from 27 May to Tuesday.
  { date: '2002-06-03', title: "Queen's Golden Jubilee", notes: 'Extra bank holiday', divisions: ALL },
  {
    date: '2002-06-04',
    title: 'Spring bank holiday',
    notes: 'Substitute day',
    divisions: ALL,
    replaces: '2002-05-27',
  },
  { date: '2011-04-29', title: 'Royal wedding', notes: 'Extra bank holiday', divisions: ALL },
  // Diamond Jubilee: the spring holiday moved from Mon 28 May to Mon 4 June, and Tue 5 June added.
  // GOV.UK notes it as a substitute day in England and Wales and Scotland only.
  {
    date: '2012-06-04',
    title: 'Spring bank holiday',
    notes: 'Substitute day',
    divisions: GB,
    replaces: '2012-05-28',
  },
  {
    date: '2012-06-04',
    title: 'Spring bank holiday',
    divisions: ['northern-ireland'],
    replaces: '2012-05-28',
  },
  { date: '2012-06-05', title: "Queen's Diamond Jubilee", notes: 'Extra bank holiday', divisions: ALL },
  // 75th anniversary of VE Day: the early May holiday moved from Mon 4 May to Fri 8 May.
  { date: '2020-05-08', title: 'Early May bank holiday (VE day)', divisions: ALL, replaces: '2020-05-04' },
  // Platinum Jubilee: the spring holiday moved from Mon 30 May to Thu 2 June, and Fri 3 June added.
  { date: '2022-06-02', title: 'Spring bank holiday', divisions: ALL, replaces: '2022-05-30' },
  { date: '2022-06-03', title: 'Platinum Jubilee bank holiday', divisions: ALL },
  { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II', divisions: ALL },
  { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III', divisions: ALL },
  // Scotland only; under FOIA's "any part of the UK" (s10(6)) a non-working day everywhere.
  { date: '2026-06-15', title: 'World Cup bank holiday', divisions: ['scotland'] },
];
