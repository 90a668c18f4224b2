import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportHistory } from '../../src/commands/progress/export.js';
import { htmlReport } from '../../src/commands/progress/html-report.js';
import { lineChart } from '../../src/commands/progress/svg-chart.js';
import { summaryOf } from '../../src/history/summary.js';
import { StatsAggregator } from '../../src/stats/aggregate.js';
import { setSizes } from '../../src/stats/comparable.js';
import { dayKeyer } from '../../src/stats/local-day.js';
import { historyContext } from '../commands/history-context.js';
import { browse, chromium, consoleLines } from '../helpers/chromium.js';
import { makeRecord } from '../helpers/records.js';

async function report(): Promise<{ html: string; file: string }> {
  const t = historyContext();
  // Not in the data directory (t.home): export refuses to write there.
  const file = join(mkdtempSync(join(tmpdir(), 'cs-drill-report-')), 'report.html');
  await exportHistory(t.ctx, { format: 'html', out: file });
  return { html: readFileSync(file, 'utf8'), file };
}

describe('HTML report', () => {
  it('is one self-contained file: inline CSS and SVG, no script, no network', async () => {
    const { html } = await report();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(html.match(/https?:\/\/[^"]+/g)).toEqual([
      'http://www.w3.org/2000/svg',
      'http://www.w3.org/2000/svg',
    ]);
    expect(html).toContain('@media print');
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
    expect(html).toContain('<blockquote>Talking over someone by accident happens');
    expect(html).toMatch(
      /<td>listening<\/td><td class="n">50%<\/td><td class="n">77.8%<\/td><td class="n">\+27.8<\/td><td>over-confident<\/td>/,
    );
  });

  it('escapes untrusted text', () => {
    const dayOf = dayKeyer('UTC');
    const r = makeRecord({
      setId: 'x"><script>alert(1)</script>',
      setTitle: '<img src=x onerror=alert(1)>',
    });
    const agg = new StatsAggregator(dayOf, setSizes([{ id: r.setId, lang: r.lang, itemCount: 1 }]));
    agg.add(summaryOf(r));
    const html = htmlReport({
      user: '<b>eve</b>',
      generatedAt: 'now',
      scope: '',
      stats: agg.result('2026-11-24'),
      sessions: [],
      totalSessions: 0,
      formatDate: (s) => s,
    });
    expect(html).not.toMatch(/<script>|<img|<b>/);
    expect(html).toContain('&lt;b&gt;eve&lt;/b&gt;');
  });

  it('draws a line chart on a 0–100 scale', () => {
    const svg = lineChart({ title: 'listening', values: [0, 50, 100], width: 200, height: 100 });
    // Plot area: x from 34 to 190, y from 30 (100 %) to 82 (0 %).
    expect(svg).toContain('<polyline points="34.0,82.0 112.0,56.0 190.0,30.0" class="trend"/>');
    expect(lineChart({ title: 'one', values: [70] })).not.toContain('<polyline');
  });

  describe.skipIf(!chromium)('in headless Chromium', () => {
    it('renders the charts and tables, with nothing on the console', async () => {
      const { file } = await report();
      const r = browse(['--enable-logging=stderr', '--v=0', '--dump-dom'], file);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(
        /<svg class="chart"[^>]*>.*<polyline points="[\d., ]+" class="trend">/s,
      );
      expect(r.stdout).toContain('Weakest items (at least 3 attempts)');
      expect(consoleLines(r.stderr)).toEqual([]);
    });

    it('would notice a console error or a blocked request (the check above is not blind)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'cs-drill-html-'));
      const bad = join(dir, 'bad.html');
      writeFileSync(
        bad,
        `<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><script>console.error('boom')</script><style>@import url("http://example.invalid/a.css");</style>`,
      );
      const r = browse(['--enable-logging=stderr', '--v=0', '--dump-dom'], bad);
      expect(consoleLines(r.stderr).length).toBeGreaterThan(0);
    });
  });
});
