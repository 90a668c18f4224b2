import { formatProblem } from '../../errors.js';
import { sanitize } from '../../render/sanitize.js';
import type { AssessWriter } from './output.js';
import type { ItemView, TraineeView } from './trainee-view.js';

/**
 * JUnit XML for CI dashboards: each trainee a <testsuite>, each item a <testcase> that fails
 * unless its verdict is "pass" (the failure carries the breakdown), plus a "pass-mark" case for
 * the trainee's total. A sheet that could not be scored is a suite with one <error>.
 */
export function junitWriter(setId: string): AssessWriter {
  return {
    streams: true,
    separator: '',
    begin: () =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${attr(`cs-drill assess ${setId}`)}">\n`,
    trainee: (v) => suite(v, setId),
    skipped: (s) => {
      const detail = s.problems.map((p) => formatProblem(p)).join('\n');
      return (
        `  <testsuite name="${attr(s.file)}" tests="1" failures="0" errors="1" skipped="0">\n` +
        `    <testcase classname="${attr(`${setId}.sheet`)}" name="read answer sheet">\n` +
        `      <error message="${attr(`answer sheet skipped: ${s.problems.length} problem(s)`)}" type="invalid-sheet">${text(detail)}</error>\n` +
        '    </testcase>\n  </testsuite>\n'
      );
    },
    end: () => '</testsuites>\n',
  };
}

function suite(v: TraineeView, setId: string): string {
  const scored = v.items.filter((i) => i.kind !== 'scale');
  const failed = scored.filter((i) => i.verdict !== 'pass').length + (v.passed ? 0 : 1);
  const classname = attr(`${setId}.${v.name}`);
  const props = [
    ['file', v.file],
    ['session_id', v.session_id],
    ['score', String(v.score)],
    ['max', String(v.max)],
    ['percent', String(v.percent)],
    ['pass_mark', String(v.pass_mark)],
    ['passed', String(v.passed)],
    ['needs_review', v.needs_review.join(' ')],
  ];
  const cases = v.items.map((i) => testcase(i, classname));
  const total = v.passed
    ? `    <testcase classname="${classname}" name="pass-mark"/>\n`
    : `    <testcase classname="${classname}" name="pass-mark">\n      <failure message="${attr(`${v.percent}% is below the pass mark of ${v.pass_mark}%`)}" type="pass-mark"/>\n    </testcase>\n`;
  return (
    `  <testsuite name="${attr(v.name)}" tests="${v.items.length + 1}" failures="${failed}" errors="0" skipped="0">\n` +
    `    <properties>\n${props.map(([k, val]) => `      <property name="${k}" value="${attr(val ?? '')}"/>\n`).join('')}    </properties>\n` +
    cases.join('') +
    total +
    '  </testsuite>\n'
  );
}

function testcase(i: ItemView, classname: string): string {
  const open = `    <testcase classname="${classname}" name="${attr(i.id)}">\n`;
  const review = i.needs_review
    ? '      <properties><property name="needs_review" value="true"/></properties>\n'
    : '';
  const out = i.needs_review ? '      <system-out>needs_review</system-out>\n' : '';
  if (i.kind === 'scale' || i.verdict === 'pass') return `${open}${review}${out}    </testcase>\n`;
  const type = i.invalid ? 'invalid-answer' : i.missing ? 'missing' : i.verdict;
  const message =
    i.invalid || i.missing ? `${type}: 0/${i.max}` : `${i.verdict}: ${i.score}/${i.max}`;
  const lines = i.problem
    ? [i.problem]
    : i.feedback.length > 0
      ? i.feedback
      : i.criteria.map((c) => `${c.met ? '✓' : '✗'} ${c.label}`);
  const body = lines.join('\n');
  return `${open}${review}      <failure message="${attr(message)}" type="${type}">${text(body)}</failure>\n${out}    </testcase>\n`;
}

// Characters XML 1.0 cannot carry at all, even escaped.
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function text(s: string): string {
  return sanitize(s)
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function attr(s: string): string {
  return text(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
