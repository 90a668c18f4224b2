import { charWidth, TOKEN } from './width.js';

/** Text being typed, laid out in lines, and where its cursor is (row, and display column). */
export interface TypedLayout {
  lines: string[];
  row: number;
  col: number;
}

/**
 * Lays out the text being typed in lines of at most `width` columns as the final echo is:
 * between words, between characters in CJK text, inside a word only when it is longer than a
 * line. `cursor` (a UTF-16 index, as readline keeps it) is placed on the character it stands
 * before. A space that would pass the edge becomes the line break itself, so typing a space at
 * the end of a line moves the cursor to the next one.
 */
export function layoutTyped(text: string, cursor: number, width: number): TypedLayout {
  const shown = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
  const lines = [''];
  let used = 0;
  let at: { row: number; col: number } | undefined;
  const mark = (index: number) => {
    if (at === undefined && index >= cursor) at = { row: lines.length - 1, col: used };
  };
  const breakLine = () => {
    lines.push('');
    used = 0;
  };
  for (const m of shown.matchAll(TOKEN)) {
    const token = m[0];
    const space = /^\s/.test(token);
    const tokenWidth = [...token].reduce((w, ch) => w + charWidth(ch.codePointAt(0)!), 0);
    if (!space && used > 0 && used + tokenWidth > width) breakLine();
    let index = m.index;
    for (const ch of token) {
      const w = space ? 1 : charWidth(ch.codePointAt(0)!);
      const broke = used + w > width;
      if (broke) breakLine();
      mark(index);
      if (!(broke && space)) {
        lines[lines.length - 1] += space ? ' ' : ch;
        used += w;
      }
      index += ch.length;
    }
  }
  mark(shown.length);
  const end = at ?? { row: lines.length - 1, col: used };
  return { lines, row: end.row, col: end.col };
}
