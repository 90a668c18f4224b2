import { fmt } from '../../render/points.js';
import { displayCopy } from '../../render/sanitize.js';
import type { Style } from '../../render/style.js';
import { table } from '../../render/width.js';
import type { AssessWriter } from './output.js';
import { ASSESS_TEXT, type AssessText } from './text.js';
import type { ItemView } from './trainee-view.js';

/** The readable default: per trainee a heading and one row per item with its breakdown. */
export function tableWriter(style: Style, T: AssessText = ASSESS_TEXT): AssessWriter {
  return {
    streams: true,
    separator: '\n',
    begin: () => '',
    trainee(view) {
      const v = displayCopy(view);
      const verdict = v.passed ? style.green : style.yellow;
      const head = `${style.bold(v.name)}  ${verdict(T.traineeScore(v.score, v.max, v.percent, v.passed, v.pass_mark))}  ${style.dim(v.file)}`;
      const rows: string[][] = [T.header.map((h) => style.dim(h))];
      for (const item of v.items) rows.push(...itemRows(item, style, T));
      return `${head}\n${indent(table(rows))}\n`;
    },
    skipped: () => '',
    end(s) {
      const lines = [`\n${T.summary(s.scored, s.passed, s.failed, s.pass_mark, s.skipped)}`];
      if (s.invalid > 0) lines.push(style.red(T.invalidCount(s.invalid)));
      if (s.needs_review > 0) lines.push(style.yellow(T.reviewCount(s.needs_review)));
      return `${lines.join('\n')}\n`;
    },
  };
}

function itemRows(item: ItemView, style: Style, T: AssessText): string[][] {
  const result = item.invalid
    ? style.red(T.invalid)
    : item.missing
      ? style.red(T.missing)
      : item.kind === 'scale'
        ? ''
        : colour(item.verdict, style)(T.verdict[item.verdict]);
  const flags = [item.needs_review ? style.yellow(T.needsReview) : ''].filter(Boolean);
  const notes = item.problem ? [item.problem] : [...flags, ...item.feedback];
  const score = item.max > 0 ? `${fmt(item.score)}/${fmt(item.max)}` : '–';
  const rows = [[item.id, T.kind[item.kind], score, result, notes[0] ?? '']];
  for (const note of notes.slice(1)) rows.push(['', '', '', '', note]);
  return rows;
}

function colour(verdict: ItemView['verdict'], style: Style): Style {
  return verdict === 'pass' ? style.green : verdict === 'partial' ? style.yellow : style.red;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
