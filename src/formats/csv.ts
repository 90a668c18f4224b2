import { sanitize } from '../render/sanitize.js';

/** A value of one column of a table written to a file. */
export type Cell = string | number | boolean | null;

/** Excel reads UTF-8 (and so Chinese text) correctly only with a byte-order mark. */
export const BOM = '\uFEFF';

/**
 * One RFC 4180 record, CRLF-terminated. Text that a spreadsheet would take for a formula
 * (starting with = + - @ tab CR or LF) gets a leading apostrophe first (OWASP CSV
 * injection). Numbers and booleans are written as they are: they are ours, never negative.
 */
export function csvLine(values: readonly Cell[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  // Cells come from histories and sheets: no escape sequence reaches a terminal that shows the file.
  const clean = sanitize(value);
  const text = /^[=+\-@\t\r\n]/.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
