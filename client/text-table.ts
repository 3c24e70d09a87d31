// A plain-text table: columns padded to their widest cell, two spaces apart. Colour is
// applied after padding, so escape codes never upset the alignment.
export interface Cell {
  text: string;
  colour?: (s: string) => string;
}

export function renderTable(headers: string[], rows: Cell[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.text.length ?? 0)));
  const line = (cells: Cell[]) =>
    cells
      .map((c, i) => {
        const padded = i === cells.length - 1 ? c.text : c.text.padEnd(widths[i] ?? 0);
        return c.colour ? c.colour(padded) : padded;
      })
      .join('  ')
      .trimEnd();
  return [line(headers.map((text) => ({ text }))), ...rows.map(line)].join('\n');
}
