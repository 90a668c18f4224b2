// SIGTERM during batch scoring: the run stops between sheets, what was scored is written out
// whole (every JSON line parses), and every recorded session is a whole line of the history.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readHistory } from '../../src/history/store.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';

it('SIGTERM during assess --record: exit 143, whole output lines, whole history lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-class-'));
  const sheet = readFileSync(fixturePath('sheets/class/ana.yaml'), 'utf8');
  for (let i = 0; i < 5000; i++)
    writeFileSync(
      join(dir, `t${String(i).padStart(4, '0')}.yaml`),
      sheet.replace('"Ana"', `"T${i}"`),
    );
  const home = mkdtempSync(join(tmpdir(), 'cs-drill-home-'));
  const child = spawn(
    process.execPath,
    [
      BIN,
      'assess',
      fixturePath('drills/good-set.yaml'),
      '--answers',
      dir,
      '--format',
      'jsonl',
      '--record',
    ],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', CS_DRILL_HOME: home, CS_DRILL_WORKERS: '0' },
    },
  );
  let stdout = '';
  child.stdout.on('data', (d) => {
    if (stdout === '') child.kill('SIGTERM');
    stdout += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(143);
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type?: string });
  const trainees = lines.filter((l) => l.type !== 'summary');
  expect(trainees.length).toBeGreaterThan(0);
  expect(trainees.length).toBeLessThan(5000);
  const { records, problems } = await readHistory(join(home, 'history.jsonl'));
  expect(problems).toEqual([]);
  expect(records.length).toBe(trainees.length);
}, 30_000);
