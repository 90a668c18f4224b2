import type { Lang } from '../../drills/schema.js';
import { escapeHtml as e } from '../../formats/html-escape.js';
import { htmlPage } from '../../formats/html-page.js';
import { fmt } from '../../render/points.js';
import type { Gradebook } from '../../stats/gradebook.js';
import type { GradebookText } from './gradebook-text.js';

/** The gradebook as one self-contained HTML page (inline CSS, no script, no network), printable. */
export function gradebookHtml(
  g: Gradebook,
  T: GradebookText,
  lang: Lang,
  scope: string,
  generated: string,
): string {
  const head = [
    T.trainee,
    ...g.columns.map((c) => `${c.id} /${fmt(c.max)}`),
    T.total,
    T.percent,
    T.review,
    T.result,
    T.sessions,
  ];
  const rows = g.rows.map((r) => {
    const cells = r.cells.map((c) =>
      c
        ? `<td class="n${c.regraded ? ' regraded' : ''}">${fmt(c.score)}${c.regraded ? '✎' : ''}</td>`
        : '<td class="n none">–</td>',
    );
    return `<tr><th scope="row">${e(r.user)}</th>${cells.join('')}<td class="n">${fmt(r.score)}/${fmt(r.max)}</td><td class="n">${r.percent === null ? '–' : `${r.percent}%`}</td><td class="n${r.needs_review ? ' review' : ''}">${r.needs_review}</td><td class="${r.passed ? 'pass' : 'fail'}">${e(r.passed ? T.passed : T.notPassed)}</td><td class="n">${r.sessions}</td></tr>`;
  });
  const body = g.rows.length
    ? `<table><thead><tr>${head.map((h, i) => `<th${i > 0 ? ' class="n"' : ''}>${e(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table><p class="note">${e(T.regradedNote)}</p>`
    : `<p>${e(T.empty)}</p>`;
  return htmlPage({
    lang,
    title: T.htmlTitle,
    css: CSS,
    body: `<h1>${e(T.title(scope, g.rows.length))}</h1>
<p class="note">${e(generated)}</p>
${body}`,
  });
}

const CSS = `
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d2430; margin: 2rem; }
h1 { font-size: 1.4rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d8dde5; padding: .25rem .5rem; text-align: left; }
thead th { background: #f3f5f8; position: sticky; top: 0; }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.none, .note { color: #5b6472; }
.regraded { background: #fff6e0; }
.review { color: #b35900; font-weight: 600; }
.pass { color: #1a7f37; }
.fail { color: #cf222e; }
@media print { body { margin: 0; } thead { display: table-header-group; } tr { break-inside: avoid; } }
`;
