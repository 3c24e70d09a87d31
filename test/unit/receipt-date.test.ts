// A receipt date is refused when it is in the future or before the rights of access existed
// (1 January 2005); an authority may set a later floor, never an earlier one.
import { receiptDateProblem } from '../../domain/lifecycle/future-date';

const TODAY = '2026-11-27';
test.each([
  // received on, authority floor, refused?
  ['2026-11-27', undefined, undefined],
  ['2026-11-28', undefined, '2026-11-28 is in the future (today is 2026-11-27)'],
  ['2099-01-01', undefined, '2099-01-01 is in the future (today is 2026-11-27)'],
  ['2005-01-01', undefined, undefined],
  ['2004-12-31', undefined, '2004-12-31 is before 2005-01-01, when the rights of access came into force'],
  ['1900-01-01', undefined, '1900-01-01 is before 2005-01-01, when the rights of access came into force'],
  [
    '2019-12-31',
    '2020-01-01',
    expect.stringMatching(/^2019-12-31 is before 2020-01-01, the earliest receipt date/),
  ],
  ['2020-01-01', '2020-01-01', undefined],
  // An earlier floor than the law's is ignored.
  ['2004-06-01', '2000-01-01', '2004-06-01 is before 2005-01-01, when the rights of access came into force'],
])('received %s, floor %s', (receivedOn, floor, problem) => {
  expect(receiptDateProblem(receivedOn, TODAY, floor)).toEqual(problem);
});
