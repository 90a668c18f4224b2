// A class repeats answers, and each thread judges a distinct answer once: every trainee's
// result must still be what that sheet alone gets, on the main thread and on workers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';

const set = fixturePath('drills/e2e-set.yaml');

const RESTATEMENTS = [
  'So your router has been down since Monday and you work from home, that must be stressful. Is that right?',
  'Calm down, it is only a router.',
  'Your internet is offline since Monday? I see how worrying that is when you work from home.',
  'So since Monday you have had no connection, is that right?',
];

/** Trainees who share their free-text answers, in a few wordings, with the structured ones varied. */
function classOf(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-repeats-'));
  for (let i = 0; i < n; i++)
    writeFileSync(
      join(dir, `t${String(i).padStart(3, '0')}.yaml`),
      `sheet: 1\nset: e2e-sample\nname: "Trainee ${i}"\nanswers:\n  feeling: ${'ab'[i % 2]}\n  hold: ${i % 3 ? '[why, ask, time]' : '[ask, why, time]'}\n  sort: [fact, feeling]\n  restate: "${RESTATEMENTS[(i * 7) % RESTATEMENTS.length]}"\n`,
    );
  return dir;
}

interface Trainee {
  file: string;
  session_id: string;
  [field: string]: unknown;
}

/** The trainees' results without their session ids; workers on the built binary, else in process. */
async function trainees(answers: string, workers: string): Promise<Omit<Trainee, 'session_id'>[]> {
  const args = ['assess', set, '--answers', answers, '--format', 'json'];
  const env = { CS_DRILL_WORKERS: workers };
  const r = workers === '0' ? await runInProcess(args, { env }) : await runCli(args, { env });
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { trainees: Trainee[] }).trainees.map(
    ({ session_id, ...rest }) => rest,
  );
}

describe('assess with answers repeated across the class', () => {
  it('gives each trainee what their sheet alone gets, with and without workers', async () => {
    const dir = classOf(24);
    const alone = [];
    for (let i = 0; i < 8; i++)
      alone.push(...(await trainees(join(dir, `t${String(i).padStart(3, '0')}.yaml`), '0')));
    const here = await trainees(dir, '0');
    const pool = await trainees(dir, '2');
    expect(here).toHaveLength(24);
    expect(pool).toEqual(here);
    // Sheet i has the wording of sheets i+4, i+8 … : each first eight alone against the class.
    for (const [i, one] of alone.entries())
      expect({ ...one, file: '' }).toEqual({ ...here[i], file: '' });
    expect(new Set(here.map((t) => JSON.stringify(t.items))).size).toBeGreaterThan(1);
  });
});
