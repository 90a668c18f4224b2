// Issue 19, finding 2: `history merge` lost sessions appended while it ran. With real processes
// — two tight writers, a loop of `assess --record`, and repeated `history merge` of fresh
// files — every session reported as recorded must be in the history exactly once.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { readHistory } from '../../src/history/store.js';
import { bundleForChild } from '../helpers/bundle.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';
import { makeRecord } from '../helpers/records.js';

const MERGES = 3;
const FRESH_PER_MERGE = 300;
const ASSESS_RUNS = 2;

function spawnOut(
  args: string[],
  env: Record<string, string>,
  onData?: (chunk: string) => void,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      onData?.(String(d));
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

it('merges and appends together: every reported session is in the history exactly once', async () => {
  const home = mkdtempSync(join(tmpdir(), 'cs-drill-race-'));
  const history = join(home, 'history.jsonl');
  const base = Date.UTC(2025, 0, 1);
  const startLines: string[] = [];
  for (let i = 0; i < 1000; i++)
    startLines.push(
      JSON.stringify(
        makeRecord({ id: `start-${i}`, startedAt: new Date(base + i * 60_000).toISOString() }),
      ),
    );
  writeFileSync(history, `${startLines.join('\n')}\n`, { mode: 0o600 });
  const env = { CS_DRILL_HOME: home, HOME: home, USER: 'tester' };

  // Two tight writers, appending through saveSession until told to stop.
  const stop = join(home, 'stop');
  const module = await bundleForChild('src/history/save-session.ts');
  const writerCode = (name: string) => `
    import { existsSync } from 'node:fs';
    import { saveSession } from ${JSON.stringify(module)};
    const base = ${JSON.stringify(makeRecord())};
    for (let i = 0; !existsSync(${JSON.stringify(stop)}); i++) {
      const id = '${name}-' + i;
      const saved = saveSession(${JSON.stringify(history)}, { ...base, id, startedAt: new Date().toISOString() });
      process.stdout.write(saved.saved === 'history' ? 'ok ' + id + '\\n' : saved.saved + ' ' + id + ' ' + (saved.file ?? '') + '\\n');
    }`;
  // Whatever fails below, the writers are told to stop (they would append for ever).
  onTestFinished(() => writeFileSync(stop, ''));
  // Merging starts once both writers have written (synchronised on state, not on time).
  let resolveStarted: () => void = () => {};
  const bothStarted = new Promise<void>((resolve) => (resolveStarted = resolve));
  const firstWrite = new Set<string>();
  const writers = ['w1', 'w2'].map((name) =>
    spawnOut(['--input-type=module', '-e', writerCode(name)], env, () => {
      firstWrite.add(name);
      if (firstWrite.size === 2) resolveStarted();
    }),
  );
  await bothStarted;

  // A trainer's loop of `assess --record`, one new trainee per run.
  const sheet = readFileSync(fixturePath('sheets/class/ana.yaml'), 'utf8');
  const assessLoop = (async () => {
    const recorded: string[] = [];
    for (let i = 0; i < ASSESS_RUNS; i++) {
      const name = `Trainee ${i}`;
      const file = join(home, `sheet-${i}.yaml`);
      writeFileSync(file, sheet.replace('"Ana"', `"${name}"`));
      const r = await spawnOut(
        [
          BIN,
          'assess',
          fixturePath('drills/good-set.yaml'),
          '--answers',
          file,
          '--record',
          '--format',
          'jsonl',
        ],
        env,
      );
      if (/recorded 1 session/.test(r.err)) recorded.push(name);
    }
    return recorded;
  })();

  // Meanwhile, merges of fresh sessions, each one replacing the history file.
  const merged: string[] = [];
  for (let m = 0; m < MERGES; m++) {
    const source = join(home, `source-${m}.jsonl`);
    const lines: string[] = [];
    for (let i = 0; i < FRESH_PER_MERGE; i++) {
      const id = `merge${m}-${i}`;
      merged.push(id);
      lines.push(
        JSON.stringify(
          makeRecord({ id, startedAt: new Date(base + (i * 7 + m) * 60_000).toISOString() }),
        ),
      );
    }
    writeFileSync(source, `${lines.join('\n')}\n`);
    const r = await spawnOut([BIN, 'history', 'merge', source], env);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`: ${FRESH_PER_MERGE} added, 0 already present`);
  }
  const assessed = await assessLoop;
  writeFileSync(stop, '');
  const written = await Promise.all(writers);

  const { records, problems } = await readHistory(history);
  expect(problems).toEqual([]);
  const count = new Map<string, number>();
  for (const r of records) count.set(r.id, (count.get(r.id) ?? 0) + 1);
  expect([...count].filter(([, n]) => n > 1)).toEqual([]);

  const reported = written.flatMap((w) =>
    w.out
      .split('\n')
      .filter((l) => l.startsWith('ok '))
      .map((l) => l.slice(3)),
  );
  expect(reported.length).toBeGreaterThan(0);
  expect(reported.filter((id) => !count.has(id))).toEqual([]);
  expect(merged.filter((id) => !count.has(id))).toEqual([]);
  expect(records.filter((r) => r.id.startsWith('start-'))).toHaveLength(1000);
  const users = records.map((r) => r.user);
  expect(assessed).toHaveLength(ASSESS_RUNS);
  for (const name of assessed) expect(users.filter((u) => u === name)).toHaveLength(1);
  // A session that waited too long went to a fallback file, said so, and is there — not lost.
  for (const w of written)
    for (const l of w.out.split('\n').filter((x) => x.startsWith('fallback '))) {
      const [, id, file] = l.split(' ');
      expect(count.has(id!)).toBe(false);
      expect(existsSync(file!) && readFileSync(file!, 'utf8')).toContain(`"id":"${id}"`);
    }
}, 90_000);
