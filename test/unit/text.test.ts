// Free text is text: control characters, terminal escapes and bidirectional overrides are
// refused; Welsh, Gaelic and other ordinary Unicode is kept.
import { isOneLine, isPlainText } from '../../domain/text';
import { checkCommand, checkOpenCase, commandSchema } from '../../domain/lifecycle';

test.each([
  // text, plain (may span lines), one line
  ['Speed cameras in the county', true, true],
  ['Llanfairpwllgwyngyll: ŵ ŷ, Gàidhlig: à ò ù, Gaeilge: á é í ó ú', true, true],
  ['Zürich, Kraków, 東京, emoji 📄', true, true],
  ['tab\tseparated', true, true],
  ['first line\nsecond line', true, false],
  ['windows\r\nline', true, false],
  ['\u001b[2J\u001b[Hcleared screen', false, false], // ESC: ANSI clear screen
  ['bell\u0007', false, false],
  ['null\u0000byte', false, false],
  ['delete\u007f', false, false],
  ['c1 next line\u0085', false, false],
  ['evil\u202egnp.exe', false, false], // right-to-left override
  ['isolate\u2066x\u2069', false, false],
  ['line separator\u2028', true, false],
])('%j: plain %s, one line %s', (text, plain, oneLine) => {
  expect(isPlainText(text)).toBe(plain);
  expect(isOneLine(text)).toBe(oneLine);
});

test('a summary with a terminal escape is refused by both checks, with a reason', () => {
  const input = {
    reference: 'FOI1',
    regime: 'foia',
    receivedOn: '2018-05-29',
    summary: 'x\u001b[31m',
    openedBy: 'o',
  };
  expect(checkOpenCase(input)).toEqual({
    ok: false,
    reason: 'summary: contains control characters (such as terminal escapes); type plain text',
  });
});

test('reasons may span lines; who recorded a step may not', () => {
  expect(checkCommand('withdraw', { by: 'officer', reason: 'asked by phone.\nConfirmed by email.' }).ok).toBe(
    true,
  );
  expect(checkCommand('withdraw', { by: 'officer\nmanager', reason: 'r' })).toEqual({
    ok: false,
    reason: 'by: must be on one line',
  });
  expect(commandSchema.safeParse({ type: 'withdraw', by: 'officer\nmanager', reason: 'r' }).success).toBe(
    false,
  );
});
