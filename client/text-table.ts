// A plain-text table: columns padded to their widest cell, two spaces apart. Colour is
// applied after padding, so escape codes never upset the alignment.
export interface Cell {
  text: string;
  colour?: (s: string) => string;
}

/**
 * The table line by line, so a table of 100,000 rows is written as it is made rather than
 * held whole; `cellsOf` is called twice a row (widths first, then the line), so no row's
 * cells are kept.
 */
export function* tableLines<T>(
  headers: string[],
  rows: readonly T[],
  cellsOf: (row: T) => Cell[],
): Generator<string> {
  const widths = headers.map((h) => h.length);
  // A loop, not Math.max(...cells): spreading 100,000 arguments overflows the stack.
  for (const row of rows) {
    cellsOf(row).forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, c.text.length);
    });
  }
  const line = (cells: Cell[]) =>
    cells
      .map((c, i) => {
        const padded = i === cells.length - 1 ? c.text : c.text.padEnd(widths[i] ?? 0);
        return c.colour ? c.colour(padded) : padded;
      })
      .join('  ')
      .trimEnd();
  yield line(headers.map((text) => ({ text })));
  for (const row of rows) yield line(cellsOf(row));
}

export function renderTable(headers: string[], rows: Cell[][]): string {
  return [...tableLines(headers, rows, (r) => r)].join('\n');
}
