import type { Problem } from '../errors.js';

/** `key: value` where the value is plain text (no quote, list, block or anchor) holding ": ". */
const PLAIN_WITH_COLON = /^(\s*[^\s#'"[{-][^:#]*:\s+)([^\s'"[{|>&*!#].*:(?:\s.*)?)$/;

/**
 * A free-text answer written without quotes that holds ": " ("Hello: how can I help?") is not
 * YAML. Trainees write that all the time; the line is read as the text it plainly is (quoted
 * here) and a warning says so. Only lines a syntax problem points at are touched, and only when
 * the whole sheet then reads. Pure; the text keeps its lines, so positions stay true.
 */
export function quoteColonAnswers(
  text: string,
  problems: readonly Problem[],
  file: string,
): { text: string; warnings: Problem[] } | undefined {
  const lines = text.split('\n');
  const warnings: Problem[] = [];
  for (const line of new Set(problems.map((p) => p.line ?? 0))) {
    const m = PLAIN_WITH_COLON.exec((lines[line - 1] ?? '').replace(/\r$/, ''));
    if (!m) continue;
    const [, head, value] = m as unknown as [string, string, string];
    lines[line - 1] = `${head}${JSON.stringify(value.trimEnd())}`;
    warnings.push({
      code: 'colon-in-answer',
      file,
      line,
      col: head.length + 1,
      message: 'this answer holds ": " and was read as text',
      hint: 'put the answer in quotes: "…"',
    });
  }
  return warnings.length > 0 ? { text: lines.join('\n'), warnings } : undefined;
}
