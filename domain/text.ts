// Free text that officers type (summaries, reasons, names) is stored, listed, printed in a
// terminal and emailed. Characters that are not text are refused: control characters
// (an ANSI escape sequence starts with ESC and can rewrite a manager's terminal), C1
// controls, and the bidirectional overrides that make text display other than it reads.
// Ordinary Unicode, Welsh ŵ and ŷ and Gaelic à, ò and ù included, is text.

// C0 controls except tab, line feed and carriage return; DEL and the C1 controls; the
// bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

export const NOT_TEXT_MESSAGE = 'contains control characters (such as terminal escapes); type plain text';
export const LINE_BREAK_MESSAGE = 'must be on one line';

/** True when `s` is text that may span lines. */
export const isPlainText = (s: string): boolean => !NOT_TEXT.test(s);

/** True when `s` is text on one line. */
export const isOneLine = (s: string): boolean => !NOT_TEXT.test(s) && !LINE_BREAK.test(s);
