import type { Problem } from '../errors.js';

/** yaml's own error codes, worded for a person who edits a drill file or answer sheet. */
const PLAIN: Record<string, { message: string; hint: string }> = {
  COLON_IN_TEXT: {
    message: 'this text holds ": " and needs quotes',
    hint: 'put the whole value in quotes: "…"',
  },
  BAD_INDENT: {
    message: 'this line is not lined up with the lines at its level',
    hint: 'indent it with as many spaces as the other keys at its level',
  },
  TAB_AS_INDENT: { message: 'a tab is used to indent this line', hint: 'indent with spaces' },
  BAD_SCALAR_START: {
    message: 'a value cannot start with this character unless it is in quotes',
    hint: 'put the value in quotes',
  },
  BAD_DQ_ESCAPE: {
    message: 'a backslash in double quotes starts an unknown escape',
    hint: 'write \\\\ for a backslash, or use single quotes',
  },
  MULTIPLE_DOCS: {
    message: 'a line "---" starts a second document in the file',
    hint: 'remove the "---" line',
  },
  UNEXPECTED_TOKEN: {
    message: 'something here is out of place',
    hint: 'compare the line with the ones around it',
  },
};

const MISSING: Record<string, { message: string; hint: string }> = {
  ']': { message: 'a list opened with "[" is not closed', hint: 'end the list with "]"' },
  '}': { message: 'a mapping opened with "{" is not closed', hint: 'end it with "}"' },
  '"': {
    message: 'a text opened with a quote is not closed',
    hint: 'end the text with the same quote',
  },
};

/**
 * A yaml parse error in plain words, at the line a person would fix: an over-indented line is
 * reported by yaml at the end of the line above, an unclosed bracket where the parser gave up.
 * The yaml code stays in `params.yamlCode`, so the message can be worded in other languages.
 */
export function plainYamlProblem(
  text: string,
  yamlCode: string,
  yamlMessage: string,
  offset: number,
): Omit<Problem, 'file' | 'line' | 'col'> & { offset: number } {
  const missing = isUnclosed(yamlCode, yamlMessage) ? missingChar(yamlMessage) : undefined;
  if (missing) {
    return {
      code: 'yaml-syntax',
      ...MISSING[missing]!,
      params: { yamlCode: 'MISSING_CHAR', missing },
      offset: openerBefore(text, offset, missing) ?? offset,
    };
  }
  let plainCode = yamlCode;
  let at = offset;
  // yaml reads "key: a: b" and a line indented too far alike, as a key that spans lines.
  if (yamlCode === 'BLOCK_AS_IMPLICIT_KEY' || yamlCode === 'MULTILINE_IMPLICIT_KEY') {
    const eol = text.indexOf('\n', offset);
    const rest = text.slice(offset, eol === -1 ? text.length : eol);
    if (/:(\s|$)/.test(rest)) plainCode = 'COLON_IN_TEXT';
    else {
      plainCode = 'BAD_INDENT';
      at = nextLine(text, offset);
    }
  }
  if (yamlCode === 'DUPLICATE_KEY') {
    const key = /^\s*["']?([^"':\n]*)/.exec(text.slice(offset))?.[1]?.trim() ?? '';
    return {
      code: 'duplicate-key',
      message: `the key "${key}" is given twice at the same level`,
      hint: 'keep one of them',
      params: { yamlCode, key },
      offset,
    };
  }
  const plain = PLAIN[plainCode];
  const code = 'yaml-syntax';
  if (!plain) return { code, message: yamlMessage, params: { yamlCode }, offset };
  return { code, ...plain, params: { yamlCode: plainCode }, offset: at };
}

/** yaml's words for a bracket or quote that is never closed (its code varies). */
export function isUnclosed(yamlCode: string, message: string): boolean {
  return yamlCode === 'MISSING_CHAR' || /end with a [\]}]/.test(message);
}

function missingChar(message: string): string | undefined {
  if (/end with a \]/.test(message)) return ']';
  if (/end with a \}/.test(message)) return '}';
  if (/quote/i.test(message)) return '"';
  return undefined;
}

/** The start of the next line with text after `offset` (or `offset` when there is none). */
function nextLine(text: string, offset: number): number {
  const eol = text.indexOf('\n', offset);
  if (eol === -1) return offset;
  const next = text.slice(eol + 1).search(/\S/);
  return next === -1 ? offset : eol + 1 + next;
}

/** Where the last bracket (or quote) still open before `offset` was opened. */
function openerBefore(text: string, offset: number, closer: string): number | undefined {
  const open = closer === ']' ? '[' : closer === '}' ? '{' : undefined;
  const stack: number[] = [];
  let quote: { char: string; at: number } | undefined;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote.char === '"') i++;
      else if (c === quote.char) quote = undefined;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (c === '"' || (c === "'" && !/\w/.test(text[i - 1] ?? '')))
      quote = { char: c, at: i };
    else if (c === open) stack.push(i);
    else if (c === closer) stack.pop();
  }
  return closer === '"' ? quote?.at : stack.at(-1);
}
