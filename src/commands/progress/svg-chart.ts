import { escapeHtml } from '../../formats/html-escape.js';
import { htmlLabels } from './html-labels.js';

export interface LineChartOptions {
  title: string;
  /** Percentages 0–100, oldest first, one per session. */
  values: number[];
  passMark?: number;
  /** Under the chart, in the report's language: how many sessions, the latest score. */
  footer?: (sessions: number, latest: number) => string;
  width?: number;
  height?: number;
}

/**
 * A self-contained SVG line chart of session percentages: a 0–100 axis, the pass mark as a
 * dashed line, one dot per session. Sessions are spaced evenly (the order matters, not the
 * gaps between days). Pure markup, no script, so it prints and works offline.
 */
export function lineChart(opts: LineChartOptions): string {
  const width = opts.width ?? 360;
  const height = opts.height ?? 160;
  const pad = { left: 34, right: 10, top: 30, bottom: 18 };
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const n = opts.values.length;
  const x = (i: number) => pad.left + (n <= 1 ? w / 2 : (i * w) / (n - 1));
  const y = (pct: number) => pad.top + h - (Math.max(0, Math.min(100, pct)) / 100) * h;
  const f = (v: number) => v.toFixed(1);
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
  );
  parts.push(`<title>${escapeHtml(opts.title)}</title>`);
  parts.push(`<text x="${pad.left}" y="14" class="chart-title">${escapeHtml(opts.title)}</text>`);
  for (const tick of [0, 50, 100]) {
    parts.push(
      `<line x1="${pad.left}" x2="${width - pad.right}" y1="${f(y(tick))}" y2="${f(y(tick))}" class="grid"/>`,
    );
    parts.push(
      `<text x="${pad.left - 4}" y="${f(y(tick) + 3)}" class="axis" text-anchor="end">${tick}%</text>`,
    );
  }
  if (opts.passMark !== undefined) {
    parts.push(
      `<line x1="${pad.left}" x2="${width - pad.right}" y1="${f(y(opts.passMark))}" y2="${f(y(opts.passMark))}" class="pass-mark"/>`,
    );
  }
  if (n > 0) {
    const points = opts.values.map((v, i) => `${f(x(i))},${f(y(v))}`).join(' ');
    if (n > 1) parts.push(`<polyline points="${points}" class="trend"/>`);
    opts.values.forEach((v, i) => {
      parts.push(
        `<circle cx="${f(x(i))}" cy="${f(y(v))}" r="${n > 40 ? 1.5 : 2.5}" class="dot"><title>${v}%</title></circle>`,
      );
    });
    const footer = (opts.footer ?? htmlLabels.en.chartFooter)(n, opts.values.at(-1)!);
    parts.push(
      `<text x="${width - pad.right}" y="${height - 4}" class="axis" text-anchor="end">${escapeHtml(footer)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
