// Small formatting helpers shared by the subject, text and HTML bodies. Dates are the
// domain's (domain/calendar/dates.ts formatLongDate), so every date reads alike.

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
