import { spawn } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveSession } from '../../src/history/save-session.js';
import { appendRecord, readHistory } from '../../src/history/store.js';
import { bundleForChild } from '../helpers/bundle.js';
import { makeRecord } from '../helpers/records.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cs-drill-history-'));

describe('history store', () => {
  it('appends one line per session, owner-only, and reads them back', async () => {
    const file = join(tmp(), 'deep', 'history.jsonl');
    appendRecord(file, makeRecord({ id: 'a' }));
    appendRecord(file, makeRecord({ id: 'b' }));
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const { records, problems } = await readHistory(file);
    expect(records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(problems).toEqual([]);
  });

  it('reports a damaged line with its number, keeps reading, and never rewrites the file', async () => {
    const file = join(tmp(), 'history.jsonl');
    appendRecord(file, makeRecord({ id: 'a' }));
    appendFileSync(file, '{"schema":1,"id":"torn"\n');
    appendRecord(file, makeRecord({ id: 'c' }));
    const before = readFileSync(file, 'utf8');
    const { records, problems } = await readHistory(file);
    expect(records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(problems).toMatchObject([{ code: 'history-damaged', line: 2 }]);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('starts on a fresh line after a torn last line, so the new record survives', async () => {
    const file = join(tmp(), 'history.jsonl');
    appendRecord(file, makeRecord({ id: 'a' }));
    appendFileSync(file, '{"schema":1,"id":"cut sh');
    appendRecord(file, makeRecord({ id: 'b' }));
    const { records, problems } = await readHistory(file);
    expect(records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(problems).toHaveLength(1);
  });

  it('refuses records from a newer schema instead of misreading them', async () => {
    const file = join(tmp(), 'history.jsonl');
    writeFileSync(file, `${JSON.stringify({ ...makeRecord(), schema: 99 })}\n`);
    const { records, problems } = await readHistory(file);
    expect(records).toEqual([]);
    expect(problems[0]).toMatchObject({ code: 'history-newer', line: 1 });
  });

  it('saves to a fallback file when the history directory is read-only', () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: make the history path a directory instead.
      const dir = tmp();
      mkdirSync(join(dir, 'history.jsonl'));
      const outcome = saveSession(
        join(dir, 'history.jsonl'),
        makeRecord({ id: `ro-${Date.now()}` }),
      );
      expect(outcome).toMatchObject({
        saved: 'fallback',
        reason: [
          {
            code: 'history-not-saved',
            message: 'the history path is a directory',
            params: { errno: 'EISDIR' },
          },
        ],
      });
      if (outcome.saved === 'fallback')
        expect(JSON.parse(readFileSync(outcome.file, 'utf8')).id).toMatch(/^ro-/);
      return;
    }
    const dir = tmp();
    chmodSync(dir, 0o500);
    const outcome = saveSession(join(dir, 'history.jsonl'), makeRecord({ id: `ro-${Date.now()}` }));
    expect(outcome.saved).toBe('fallback');
  });
});

describe('history under concurrency and crashes (real processes)', () => {
  let moduleFile = '';
  beforeAll(async () => {
    moduleFile = await bundleForChild('src/history/store.ts');
  });

  const writer = (file: string, prefix: string, count: number) =>
    `import { appendRecord } from ${JSON.stringify(moduleFile)};
     const base = ${JSON.stringify(makeRecord())};
     for (let i = 0; i < ${count}; i++) { appendRecord(${JSON.stringify(file)}, { ...base, id: '${prefix}-' + i }); process.stdout.write('ok ${prefix}-' + i + '\\n'); }`;

  const run = (code: string) =>
    new Promise<{ out: string; child: ReturnType<typeof spawn> }>((resolve) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('close', () => resolve({ out, child }));
    });

  it('loses nothing when several processes append at once', async () => {
    const file = join(tmp(), 'history.jsonl');
    await Promise.all([0, 1, 2, 3].map((p) => run(writer(file, `p${p}`, 300))));
    const { records, problems } = await readHistory(file);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1200);
    expect(new Set(records.map((r) => r.id)).size).toBe(1200);
  });

  it('keeps every reported record when 4 writers at a time are killed mid-write', async () => {
    const file = join(tmp(), 'history.jsonl');
    const reported = new Set<string>();
    for (let round = 0; round < 3; round++) {
      const runs = Array.from({ length: 4 }, (_, p) => {
        const child = spawn(
          process.execPath,
          ['--input-type=module', '-e', writer(file, `r${round}p${p}`, 100_000)],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        let out = '';
        // Killed once it has reported a random number of records, so mid-write on any machine
        // (a fixed delay killed slow-starting writers before they wrote anything).
        const killAfter = 1 + Math.floor(Math.random() * 50);
        child.stdout.on('data', (d) => {
          out += d;
          if (!child.killed && out.split('\n').length > killAfter) child.kill('SIGKILL');
        });
        return new Promise<void>((resolve) => {
          child.on('close', () => {
            for (const line of out.split('\n'))
              if (line.startsWith('ok ')) reported.add(line.slice(3));
            resolve();
          });
        });
      });
      await Promise.all(runs);
    }
    const { records, problems } = await readHistory(file);
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const present = new Set(ids);
    expect([...reported].filter((id) => !present.has(id))).toEqual([]);
    // A kill can tear at most the line being written by each killed process.
    expect(problems.length).toBeLessThanOrEqual(12);
    expect(reported.size).toBeGreaterThan(0);
  }, 60_000);
});
