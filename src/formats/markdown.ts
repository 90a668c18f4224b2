import { sanitizeLine } from '../render/sanitize.js';
import type { Cell } from './csv.js';

/** A GitHub-flavoured Markdown table row; cell text is kept on one line and cannot break the table. */
export function markdownRow(values: readonly Cell[]): string {
  return `| ${values.map(markdownCell).join(' | ')} |\n`;
}

export function markdownHeader(columns: readonly string[]): string {
  return `${markdownRow(columns)}|${columns.map(() => ' --- ').join('|')}|\n`;
}

function markdownCell(value: Cell): string {
  if (value === null) return '';
  return sanitizeLine(String(value))
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .trim();
}
