// Small formatting helpers shared by the subject, text and HTML bodies.

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// 'YYYY-MM-DD' -> calendar parts, or undefined when it is not a real date.
export function parseIsoDate(
  iso: string,
): { year: number; month: number; day: number; weekday: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Pure calendar arithmetic in UTC: a due date is a date, not an instant, so no time zone applies.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day, weekday: date.getUTCDay() };
}

// '2018-06-26' -> 'Tue 26 Jun 2018', the style of UK correspondence.
export function formatLongDate(iso: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`expected a date YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return `${WEEKDAYS[parts.weekday] ?? ''} ${parts.day} ${MONTHS[parts.month - 1] ?? ''} ${parts.year}`;
}

export function workingDays(n: number): string {
  return `${n} working day${n === 1 ? '' : 's'}`;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}
