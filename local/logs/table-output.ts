import type { QueryResult } from './application-db';

/** Wide enough for a UUID and a short message; `--json` has every character. */
const DEFAULT_CELL_WIDTH = 60;

function cell(value: unknown, width: number): string {
  const text =
    value === null || value === undefined ? '-' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // One row, one line: a stack's line breaks would tear the table apart.
  const line = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

/** Rows as an aligned text table with a header, and the row count under it. */
export function renderTable(result: QueryResult, cellWidth = DEFAULT_CELL_WIDTH): string {
  if (result.rows.length === 0) return '(no rows)';
  const cells = result.rows.map((row) => result.columns.map((column) => cell(row[column], cellWidth)));
  const widths = result.columns.map((column, index) => Math.max(column.length, ...cells.map((row) => row[index]?.length ?? 0)));
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => (index === values.length - 1 ? value : value.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  const count = `(${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'})`;
  return [line(result.columns), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line), count].join('\n');
}

/** Rows as JSON lines, one object a line: for `jq` and other programs. */
export function renderJsonLines(result: QueryResult): string {
  return result.rows.map((row) => JSON.stringify(row)).join('\n');
}
