// Sheets scored on worker threads give exactly what the main thread gives, in the same order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKERS_FROM } from '../../src/commands/trainer/worker-pool.js';
import { workerCount } from '../../src/shell/worker-pool.js';
import { runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';

const set = fixturePath('drills/e2e-set.yaml');

function classOf(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-class-'));
  const answers = [
    [
      'b',
      '[why, ask, time]',
      '[fact, feeling]',
      'So your router is down since Monday, I understand how stressful that is. Is that right?',
    ],
    ['a', '[time, ask, why]', '[feeling, feeling]', 'Calm down, it is only a router.'],
    [
      'b',
      '[ask, why, time]',
      '[fact, fact]',
      'My router has been down since Monday and I work from home, I am losing money!',
    ],
  ];
  for (let i = 0; i < n; i++) {
    const [feeling, hold, sort, restate] = answers[i % answers.length]!;
    const body =
      i % 17 === 5
        ? 'sheet: 1\nset: e2e-sample\nanswers: [broken\n'
        : `sheet: 1\nset: e2e-sample\nname: "Trainee ${i}"\nanswers:\n  feeling: ${feeling}\n  hold: ${hold}\n  sort: ${sort}\n  restate: "${restate}"\n`;
    writeFileSync(join(dir, `t${String(i).padStart(3, '0')}.yaml`), body);
  }
  return dir;
}

describe('assess on worker threads', () => {
  it('gives the same table, summary, skipped sheets and exit code as the main thread', async () => {
    const dir = classOf(40);
    const here = await runCli(['assess', set, '--answers', dir], {
      env: { CS_DRILL_WORKERS: '0' },
    });
    const pool = await runCli(['assess', set, '--answers', dir], {
      env: { CS_DRILL_WORKERS: '2' },
    });
    expect(here.stdout).toContain('Trainee 38');
    expect(here.stdout).toMatch(/37 sheets scored/);
    expect(pool.stdout).toBe(here.stdout);
    expect(pool.stderr).toBe(here.stderr);
    expect(pool.code).toBe(here.code);
  });

  it('reads each sheet on the thread that scores it: a sheet that cannot be read is skipped the same way', async () => {
    const dir = classOf(30);
    writeFileSync(join(dir, 't007.yaml'), Buffer.from([0xa7, 0x41, 0xa6, 0x6e, 0x0a]));
    writeFileSync(join(dir, 't011.yaml'), 'sheet: 1\0\n');
    const here = await runCli(['assess', set, '--answers', dir], {
      env: { CS_DRILL_WORKERS: '0' },
    });
    const pool = await runCli(['assess', set, '--answers', dir], {
      env: { CS_DRILL_WORKERS: '2' },
    });
    expect(here.stderr).toMatch(/t007\.yaml[\s\S]*not UTF-8/);
    expect(here.stderr).toMatch(/t011\.yaml[\s\S]*NUL/);
    expect(pool.stdout).toBe(here.stdout);
    expect(pool.stderr).toBe(here.stderr);
    expect(pool.code).toBe(here.code);
  });

  it('records the same sessions with --record', async () => {
    const dir = classOf(12);
    const scores = async (workers: string) => {
      const r = await runCli(['assess', set, '--answers', dir, '--format', 'json', '--record'], {
        env: { CS_DRILL_WORKERS: workers },
      });
      const json = JSON.parse(r.stdout) as {
        trainees: { name: string; score: number; items: { score: number }[] }[];
      };
      return json.trainees.map((t) => [t.name, t.score, t.items.map((i) => i.score)]);
    };
    expect(await scores('2')).toEqual(await scores('0'));
  });
});

describe('CS_DRILL_WORKERS (finding 10)', () => {
  it('is capped at the core count, with a note on stderr', () => {
    expect(workerCount({ CS_DRILL_WORKERS: '256' }, 10, 2, WORKERS_FROM)).toEqual({
      count: 2,
      lowered: 256,
    });
    expect(workerCount({ CS_DRILL_WORKERS: '2' }, 10, 2, WORKERS_FROM)).toEqual({ count: 2 });
    expect(workerCount({ CS_DRILL_WORKERS: '0' }, 1000, 8, WORKERS_FROM)).toEqual({ count: 0 });
    expect(workerCount({}, 1000, 8, WORKERS_FROM)).toEqual({ count: 4 });
    expect(workerCount({}, 10, 8, WORKERS_FROM)).toEqual({ count: 0 });
  });

  it('assess says so when it lowers the number', async () => {
    const dir = classOf(2);
    const r = await runCli(['assess', set, '--answers', dir], {
      env: { CS_DRILL_WORKERS: '256' },
    });
    const cores = availableParallelism();
    expect(r.stderr).toContain(
      `CS_DRILL_WORKERS=256 is more than the ${cores} ${cores === 1 ? 'core' : 'cores'} here: using ${cores}`,
    );
    expect(r.stdout).toContain('2 sheets scored');
  });
});
