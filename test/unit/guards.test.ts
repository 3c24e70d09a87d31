// The workflow checks commands and new cases with small zod-free guards (the sandbox keeps a
// copy of its modules per cached case); the CLI checks them with zod. Both must accept
// exactly the same input and produce the same value: checked here on generated input built
// from valid and invalid values for every field.
import fc from 'fast-check';
import { z } from 'zod';
import { EMAIL_PATTERN } from '../../domain/guards';
import {
  checkCommand,
  checkOpenCase,
  commandSchema,
  commandSchemas,
  COMMAND_TYPES,
  openCaseSchema,
  caseSettingsSchema,
} from '../../domain/lifecycle';

const EXEMPTION = { section: 's24(2)', kind: 'qualified' };
const VALUES: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  'x',
  '  padded text  ',
  'red \u001b[31malert\u001b[0m',
  'bell\u0007',
  'two\nlines',
  'trailing line\n',
  'tab\there',
  'Llanfair\u0175 a Gàidhlig ò ù ŷ',
  'right-to-left \u202e override',
  'c1 \u0085 control',
  'a'.repeat(41),
  'a'.repeat(61),
  'a'.repeat(201),
  'a'.repeat(2001),
  'a'.repeat(4001),
  'officer@example.gov.uk',
  ' officer@example.gov.uk',
  'o.brien+foi@council.example.gov.uk',
  'not-an-email',
  'a@b',
  '2018-06-26',
  '2018-02-30',
  '26/06/2018',
  'FOI2018/02892',
  '/bad-ref',
  'foia',
  'eir',
  '09:00',
  '24:00',
  '9:00',
  'email',
  'fax',
  'refused',
  'neither-confirm-nor-deny',
  'upheld',
  'complaint-not-upheld',
  'authority',
  'receipt-day',
  'next-working-day',
  'months',
  0,
  1,
  -1,
  1.5,
  2,
  20,
  60,
  61,
  240,
  241,
  2500,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  [EXEMPTION],
  [EXEMPTION, { section: ' s31(3) ', kind: 'qualified' }],
  [{ section: 's', kind: 'absolute' }],
  [{ section: 's24(2)', kind: 'maybe' }],
  Array.from({ length: 31 }, () => EXEMPTION),
  ['step one', '  '],
  [10, 5, 2],
  [0],
  [61],
  {},
  { unit: 'months', n: 2 },
  { unit: 'weeks', n: 0 },
  { unit: 'fortnights', n: 1 },
  { name: 'Ada', email: 'ada@example.org' },
  { email: 'nope' },
];
const value = fc.constantFrom(...VALUES);

const long = (n: number) => 'a'.repeat(n);
const PERIODS = [
  { unit: 'working-days', n: 40 },
  { unit: 'months', n: 2 },
];
/** Valid values of each field, limits included, so that generated input is often valid. */
const VALID: Record<string, unknown[]> = {
  by: ['officer', long(200)],
  on: ['2018-06-26'],
  officer: ['officer@example.gov.uk'],
  approver: ['approver@example.gov.uk'],
  question: ['Which year?', long(4000)],
  amountPence: [1, 2550],
  reason: ['more time'],
  until: ['2018-07-24'],
  exemptions: [
    [EXEMPTION],
    Array.from({ length: 30 }, () => EXEMPTION),
    [{ section: long(40), kind: 'absolute' }],
  ],
  note: ['', long(4000)],
  comment: ['fix para 2'],
  outcome: ['refused', 'not-held'],
  publicInterestTest: [true],
  refusalNoticeComplete: [true],
  grounds: ['wrong'],
  late: [true],
  result: ['upheld', 'overturned', 'complaint-upheld'],
  disclose: [true],
  icoReference: ['IC-1234', long(60)],
  submissionDue: ['2018-09-01'],
  noticeReference: ['FS50'],
  steps: [['disclose'], Array.from({ length: 20 }, () => 'step')],
  complyBy: ['2018-10-01'],
  appellant: ['authority', 'requester'],
  reference: ['FOI2018/02892', ' FOI-1 '],
  regime: ['foia', 'eir'],
  receivedOn: ['2018-05-29'],
  receivedAt: ['14:05', '23:59'],
  channel: ['post', 'other'],
  summary: ['Speed cameras', long(2000)],
  questions: [['How many?'], Array.from({ length: 100 }, () => 'q')],
  openedBy: ['officer'],
  requester: [{ name: 'Ada' }, { email: 'ada@example.org', address: long(1000) }],
  requesterId: ['rq-0b5e8a52-3f0c-4c1e-9a57-2d1f6a7b8c9d'],
  receiptRule: ['next-working-day'],
  reviewRequestWindow: PERIODS,
  complaintWindow: PERIODS,
  clarificationLapse: PERIODS,
  lateRequestGrace: PERIODS,
  disclosureAfterOverturnWorkingDays: [1, 60],
  reviewOverdueForComplaintWorkingDays: [40],
  staffEmailShowsRequester: [true],
  approvalRequired: [false],
  beforeDue: [[3], [60, 1]],
  dueDay: [false],
  escalateEveryWorkingDays: [1, 60],
  approvalEveryWorkingDays: [60],
  timeOfDay: ['07:30', '00:00'],
  spreadMinutes: [0, 240],
};
/** Just outside the limits. */
const EDGE: Record<string, unknown[]> = {
  // One-line fields given a line break; free text given a terminal escape.
  openedBy: ['a\nb'],
  regime: ['fo\nia'],
  noticeReference: ['FS\n50'],
  note: ['\u001b[2J'],
  grounds: ['\u202eevil'],
  by: [long(201), '  ', 'officer\nmanager'],
  question: [long(4001)],
  exemptions: [
    Array.from({ length: 31 }, () => EXEMPTION),
    [{ section: long(41), kind: 'absolute' }],
    [{ section: 's2\n4', kind: 'absolute' }],
  ],
  icoReference: [long(61), 'IC\n1'],
  steps: [Array.from({ length: 21 }, () => 'step')],
  summary: [long(2001), 'two\nlines'],
  questions: [Array.from({ length: 101 }, () => 'q')],
  requesterId: [
    'rq-0B5E8A52-3F0C-4C1E-9A57-2D1F6A7B8C9D',
    'rq-1',
    ' rq-0b5e8a52-3f0c-4c1e-9a57-2d1f6a7b8c9d',
  ],
  requester: [
    { name: long(201) },
    { address: long(1001) },
    { name: 'Ada\nLovelace' },
    { address: 'x\u0007' },
  ],
  disclosureAfterOverturnWorkingDays: [0, 61],
  beforeDue: [[0], [61]],
  escalateEveryWorkingDays: [0, 61],
  spreadMinutes: [-1, 241],
  timeOfDay: ['24:00'],
  receivedAt: ['9:00'],
};

/** Valid values for the fields of `schema` (every required one, some optional ones), then
 * (often) one key set to something at or past its limits or anything from the pool: each
 * input tests one thing at a time. */
const objectOf = (schema: z.ZodObject, nested: Record<string, fc.Arbitrary<unknown>> = {}) => {
  const shape = schema.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape).filter((k) => k !== 'type');
  const validFor = (k: string) =>
    nested[k] ?? fc.constantFrom(...(VALID[k] ?? VALUES).filter((v) => shape[k]!.safeParse(v).success));
  const valid = fc.record(Object.fromEntries(keys.map((k) => [k, validFor(k)])), {
    requiredKeys: keys.filter((k) => !shape[k]!.safeParse(undefined).success),
  });
  const spoilt = fc
    .constantFrom(...keys, 'stray')
    .chain((k) => fc.tuple(fc.constant(k), EDGE[k] ? fc.oneof(fc.constantFrom(...EDGE[k]), value) : value));
  return fc
    .tuple(valid, fc.option(spoilt, { freq: 2 }))
    .map(([v, spoil]) => (spoil ? { ...v, [spoil[0]]: spoil[1] } : v) as Record<string, unknown>);
};

function agree(zodResult: { success: boolean; data?: unknown }, guarded: { ok: boolean; value?: unknown }) {
  expect(guarded.ok).toBe(zodResult.success);
  if (guarded.ok) expect(guarded.value).toStrictEqual(zodResult.data);
}

test.each(COMMAND_TYPES)('%s: the guard and the zod schema agree', (type) => {
  fc.assert(
    fc.property(objectOf(commandSchemas[type]), (payload) => {
      agree(commandSchema.safeParse({ ...payload, type }), checkCommand(type, payload));
    }),
    { numRuns: 400 },
  );
});

test('valid commands come through with their defaults, trimmed', () => {
  const checked = checkCommand('recordResponse', { by: ' officer ', outcome: 'refused', stray: 1 });
  expect(checked).toEqual({
    ok: true,
    value: {
      type: 'recordResponse',
      by: 'officer',
      outcome: 'refused',
      exemptions: [],
      publicInterestTest: false,
      refusalNoticeComplete: false,
    },
  });
  expect(checkCommand('assign', { by: 'me', officer: 'nope' })).toEqual({
    ok: false,
    reason: 'officer: expected an email address',
  });
});

test('a new case: the guard and the zod schema agree, settings included', () => {
  const reminders = objectOf(z.object(caseSettingsSchema.shape.reminders.unwrap().shape));
  const settings = objectOf(caseSettingsSchema, { reminders });
  fc.assert(
    fc.property(objectOf(openCaseSchema, { settings }), (input) => {
      agree(openCaseSchema.safeParse(input), checkOpenCase(input));
    }),
    { numRuns: 2000 },
  );
});

test('a minimal new case gets every default setting, as zod gives them', () => {
  const input = { reference: 'X1', regime: 'foia', receivedOn: '2018-05-29', summary: 's', openedBy: 'o' };
  const checked = checkOpenCase(input);
  expect(checked.ok && checked.value.settings.reminders).toEqual({
    beforeDue: [10, 5, 2],
    dueDay: true,
    escalateEveryWorkingDays: 5,
    approvalEveryWorkingDays: 2,
    timeOfDay: '09:00',
    spreadMinutes: 60,
  });
  agree(openCaseSchema.safeParse(input), checked);
});

test('any input at all gives an answer, never an exception', () => {
  fc.assert(
    fc.property(fc.constantFrom(...COMMAND_TYPES), fc.anything(), (type, payload) => {
      expect(typeof checkCommand(type, payload).ok).toBe('boolean');
      expect(typeof checkOpenCase(payload).ok).toBe('boolean');
    }),
  );
});

test("the email pattern is zod's own", () => {
  expect(EMAIL_PATTERN.source).toBe(z.regexes.email.source);
});
