/**
 * GFM pads every row of a table to its header's width, so a few kilobytes can ask for millions of cells (a header of
 * 1,000 columns over 2,500 one-character rows). This counts the cells the Markdown tables of one text would make,
 * in one pass over its lines, so a policy can be refused before anything parses it.
 */

/** Cells all the Markdown tables of one text may make together: 250 rows of 20 columns. */
export const MAX_TABLE_CELLS = 5_000;

/** A GFM delimiter row (`| --- | :-: |`): its column count, or 0 when the line is not one. */
function delimiterColumns(line: string): number {
  if (!line.includes('-')) return 0;
  let cells = line.trim().split('|');
  if (cells[0]!.trim() === '') cells = cells.slice(1);
  if (cells.length && cells[cells.length - 1]!.trim() === '') cells = cells.slice(0, -1);
  if (cells.length === 0) return 0;
  return cells.every((cell) => /^\s*:?-+:?\s*$/.test(cell)) ? cells.length : 0;
}

/** How many cells the tables of a Markdown text make: columns (from the delimiter row) times rows, summed. */
export function tableCells(text: string): number {
  if (!text.includes('|') || !text.includes('-')) return 0;
  const lines = text.split('\n');
  let total = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i - 1]!.includes('|')) continue;
    const columns = delimiterColumns(lines[i]!);
    if (columns === 0) continue;
    let rows = 1; // the header
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== '') {
      rows++;
      i++;
    }
    total += columns * rows;
  }
  return total;
}
