// Column widths for tables that mix Latin and CJK text: a wide character takes two columns.
const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];
const ANSI = /\u001b\[[0-9;]*m/g;

export function charWidth(cp: number): number {
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b)
    return 0;
  for (const [lo, hi] of WIDE) {
    if (cp < lo) return 1;
    if (cp <= hi) return 2;
  }
  return 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ANSI, '')) w += charWidth(ch.codePointAt(0)!);
  return w;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Cut to at most `width` columns, never splitting a wide character, marking the cut with "…". */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** A plain table: columns padded by display width; the last column is not padded. */
export function table(rows: string[][], gap = '  '): string {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]!)))
        .join(gap)
        .trimEnd(),
    )
    .join('\n');
}

/**
 * Wraps text to `width` columns: between words in Latin text, between characters in CJK
 * text, never inside a word or a wide character. Existing line breaks are kept, and
 * continuation lines keep the first line's indentation.
 */
export function wrap(text: string, width: number): string {
  if (width < 10) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

// A wide character (with an opening mark before it and closing marks after it) is a token of
// its own, so CJK text breaks between characters; a run of other non-space characters is a word.
export const TOKEN =
  /[“‘《「『（(]?[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef][”’》」』）)、。，！？：；,.!?:;]*|[^\s\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]+|\s+/g;

function wrapLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const tokens = line.slice(indent.length).match(TOKEN) ?? [];
  const out: string[] = [];
  let current = indent;
  let used = displayWidth(indent);
  for (const token of tokens) {
    const w = displayWidth(token);
    if (/^\s+$/.test(token)) {
      if (used > displayWidth(indent)) {
        current += ' ';
        used += 1;
      }
      continue;
    }
    if (used + w > width && used > displayWidth(indent)) {
      out.push(current.trimEnd());
      current = indent;
      used = displayWidth(indent);
    }
    current += token;
    used += w;
  }
  out.push(current.trimEnd());
  return out.join('\n');
}

/**
 * A table when it fits in `width` columns; otherwise each row stacked as "header: value"
 * lines under its first cell, so a narrow terminal never wraps a row into the next.
 * `rows[0]` is the header row.
 */
export function fitTable(rows: string[][], width: number, gap = '  '): string {
  const flat = table(rows, gap);
  if (flat.split('\n').every((line) => displayWidth(line) <= width)) return flat;
  const [header = [], ...body] = rows;
  return body
    .map((row) =>
      [
        row[0] ?? '',
        ...row
          .slice(1)
          .map((cell, i) => wrap(`  ${header[i + 1] ?? ''}: ${cell}`, width))
          .filter((line) => line.trim() !== ':'),
      ].join('\n'),
    )
    .join('\n');
}
