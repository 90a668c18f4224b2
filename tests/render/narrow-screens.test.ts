// At a narrow terminal, tables stack as "key: value" instead of wrapping rows into each other.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecord } from '../../src/history/store.js';
import { displayWidth, fitTable } from '../../src/render/width.js';
import { runInProcess } from '../helpers/cli.js';
import { makeRecord } from '../helpers/records.js';

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('tables at any width', () => {
  it('fitTable: a table when it fits, stacked rows when it does not', () => {
    const rows = [
      ['SET', 'TITLE', 'LAST'],
      ['listening', 'Listening for facts and feelings', '80%'],
    ];
    expect(fitTable(rows, 100).split('\n')).toHaveLength(2);
    const stacked = fitTable(rows, 30);
    expect(stacked).toBe('listening\n  TITLE: Listening for facts\n  and feelings\n  LAST: 80%');
    expect(widest(stacked)).toBeLessThanOrEqual(30);
  });

  it('list and stats at 40 columns: no line wider than the terminal; piped, the table stays', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-narrow-'));
    appendRecord(join(home, 'history.jsonl'), makeRecord({ user: 'tester', score: 1, max: 2 }));
    for (const command of [['list'], ['stats']]) {
      const narrow = await runInProcess(command, { home, ttys: ['stdout'], columns: 40 });
      expect(narrow.code).toBe(0);
      expect(widest(narrow.stdout), narrow.stdout).toBeLessThanOrEqual(40);
      expect(narrow.stdout).toMatch(/^ {2}\S+: /m);
    }
    const piped = await runInProcess(['list'], { home });
    expect(piped.stdout.split('\n')[0]).toMatch(/^SET\s+TITLE/);
  });
});
