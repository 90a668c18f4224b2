// A class hands in the same answers: assess judges each (item, answer) once in a run, and scores
// every sheet as if each were judged on its own (counted, never timed).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { memoMisses } from '../../src/judge/judge-memo.js';
import { runInProcess } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';

const set = fixturePath('drills/e2e-set.yaml');
const RESTATED = [
  'So your router is down since Monday, I understand how stressful that is. Is that right?',
  'Calm down, it is only a router.',
  'So your router is down since Monday, I understand how stressful that is. Is that right?',
  'So the internet is off since monday?',
];

function classOf(restated: readonly string[], n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-memo-'));
  for (let i = 0; i < n; i++)
    writeFileSync(
      join(dir, `t${String(i).padStart(3, '0')}.yaml`),
      `sheet: 1\nset: e2e-sample\nname: "Trainee ${i}"\nanswers:\n  feeling: b\n  hold: [why, ask, time]\n  sort: [fact, feeling]\n  restate: "${restated[i % restated.length]}"\n`,
    );
  return dir;
}

it('judges each answer once in a class that repeats them, and scores every sheet the same', async () => {
  const run = (dir: string) =>
    runInProcess(['assess', set, '--answers', dir, '--format', 'json'], {
      env: { CS_DRILL_WORKERS: '0' },
    });
  const before = memoMisses();
  const repeated = await run(classOf(RESTATED, 24));
  expect(memoMisses() - before).toBe(3);
  // Each trainee alone in a class of one: judged afresh, the same result.
  const scores = (stdout: string) =>
    (
      JSON.parse(stdout) as { trainees: { items: { score: number; criteria: unknown }[] }[] }
    ).trainees.map((t) => t.items[3]);
  const got = scores(repeated.stdout);
  expect(got).toHaveLength(24);
  for (const [i, answer] of RESTATED.entries()) {
    const alone = scores((await run(classOf([answer], 1))).stdout)[0];
    expect(got[i]).toEqual(alone);
  }
});
