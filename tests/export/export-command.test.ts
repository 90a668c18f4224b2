import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportHistory } from '../../src/commands/progress/export.js';
import { historyContext } from '../commands/history-context.js';
import { BIN, runCli } from '../helpers/cli.js';
import { makeRecord } from '../helpers/records.js';
import { waitFor } from '../helpers/wait.js';

describe('cs-drill export', () => {
  it('CSV: one row per session, RFC 4180, formula cells defused, optional BOM', async () => {
    const evil = makeRecord({
      id: 'evil',
      user: 'ana',
      setTitle: '=HYPERLINK("http://evil","click")',
      startedAt: '2026-11-09T08:00:00.000Z',
      endedAt: '2026-11-09T08:00:30.000Z',
    });
    const t = historyContext();
    const { appendFileSync } = await import('node:fs');
    appendFileSync(t.file, `${JSON.stringify(evil)}\n`);
    await exportHistory(t.ctx, { format: 'csv', bom: true });
    const out = t.out();
    expect(
      out.startsWith(
        '\uFEFFid,user,set,title,lang,mode,status,started,ended,duration_s,score,max,percent,passed,items,auto_score,regraded_items\r\n',
      ),
    ).toBe(true);
    const lines = out.split('\r\n');
    expect(lines).toHaveLength(13); // header, 11 sessions of ana, final empty
    expect(lines[1]).toBe(
      's1-0001,ana,listening,Listening for facts and feelings,en,interactive,completed,2026-11-01T09:00:00.000Z,2026-11-01T09:01:35.000Z,95,0,2,0,false,2,0,0',
    );
    expect(lines[5]).toBe(
      'c1-0005,ana,self-check,Self-check,en,interactive,completed,2026-11-05T10:00:00.000Z,2026-11-05T10:01:35.000Z,95,0,0,,false,1,0,0',
    );
    expect(lines[11]).toBe(
      `evil,ana,listening,"'=HYPERLINK(""http://evil"",""click"")",en,interactive,completed,2026-11-09T08:00:00.000Z,2026-11-09T08:00:30.000Z,30,1,1,100,true,1,1,0`,
    );
    expect(t.err()).toMatch(/:6: not valid JSON/);
  });

  it('--items: one row per answered item; JSON, JSON Lines and Markdown carry the same rows', async () => {
    const t = historyContext();
    await exportHistory(t.ctx, { format: 'json', items: true, set: 'phrases' });
    expect(JSON.parse(t.out())).toEqual([
      {
        session: 'p1-0007',
        user: 'ana',
        set: 'phrases',
        lang: 'en',
        mode: 'interactive',
        started: '2026-11-06T20:00:00.000Z',
        item: 'taboo-or-fine',
        kind: 'choice',
        skill: 'phrases',
        answer: 'b',
        score: 0.5,
        max: 1,
        verdict: 'partial',
        needs_review: false,
        forbidden_phrases: 0,
        duration_s: 4,
        auto_score: 0.5,
        regraded: false,
        regraded_by: '',
        regraded_at: '',
        regrade_note: '',
      },
      {
        session: 'p2-0008',
        user: 'ana',
        set: 'phrases',
        lang: 'en',
        mode: 'interactive',
        started: '2026-11-07T23:30:00.000Z',
        item: 'taboo-or-fine',
        kind: 'choice',
        skill: 'phrases',
        answer: 'a',
        score: 1,
        max: 1,
        verdict: 'pass',
        needs_review: false,
        forbidden_phrases: 0,
        duration_s: 4,
        auto_score: 1,
        regraded: false,
        regraded_by: '',
        regraded_at: '',
        regrade_note: '',
      },
    ]);
    const j = historyContext();
    await exportHistory(j.ctx, { format: 'jsonl', since: '2026-11-08' });
    expect(
      j
        .out()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a1-0009', 'r1-0010']);
    const m = historyContext();
    await exportHistory(m.ctx, { format: 'md', set: 'phrases' });
    expect(m.out().split('\n').slice(0, 3)).toEqual([
      '| id | user | set | title | lang | mode | status | started | ended | duration_s | score | max | percent | passed | items | auto_score | regraded_items |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| p1-0007 | ana | phrases | Approved and forbidden phrases | en | interactive | completed | 2026-11-06T20:00:00.000Z | 2026-11-06T20:01:35.000Z | 95 | 0.5 | 1 | 50 | false | 1 | 0.5 | 0 |',
    ]);
    const e = historyContext({ history: '' });
    await exportHistory(e.ctx, { format: 'json' });
    expect(JSON.parse(e.out())).toEqual([]);
  });

  it('--out writes the whole file through a temp file, owner-only, and says so on stderr', async () => {
    const t = historyContext();
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-out-'));
    const out = join(dir, 'progress.csv');
    await exportHistory(t.ctx, { format: 'csv', out });
    expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(12);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(t.err()).toContain(`wrote 10 rows to ${out}`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(t.out()).toBe('');
  });

  it('refuses --bom without CSV and an --out in a missing directory (exit 2)', async () => {
    const t = historyContext();
    await expect(exportHistory(t.ctx, { format: 'json', bom: true })).rejects.toMatchObject({
      exitCode: 2,
    });
    await expect(
      exportHistory(t.ctx, { format: 'csv', out: join(tmpdir(), 'no', 'such', 'dir.csv') }),
    ).rejects.toMatchObject({ exitCode: 2, problems: [{ code: 'unsafe-out' }] });
  });
});

function bigHistory(sessions: number): string {
  const home = historyContext({ history: '' }).home;
  const lines: string[] = [];
  for (let i = 0; i < sessions; i++)
    lines.push(
      JSON.stringify(
        makeRecord({
          id: `s-${i}`,
          user: 'ana',
          startedAt: new Date(Date.UTC(2025, 0, 1) + i * 600_000).toISOString(),
        }),
      ),
    );
  writeFileSync(join(home, 'history.jsonl'), `${lines.join('\n')}\n`, { mode: 0o600 });
  return home;
}

describe('cs-drill export through the built binary', () => {
  it('`export | head -1` ends quietly with exit 0', async () => {
    const home = bigHistory(20_000);
    // pipefail: the pipeline fails if cs-drill does, not only if head does.
    const piped = await new Promise<{ code: number | null; stderr: string; head: string }>(
      (resolve) => {
        const child = spawn(
          'bash',
          [
            '--norc',
            '--noprofile',
            '-c',
            `set -o pipefail; "${process.execPath}" "${BIN}" export --format csv | head -1`,
          ],
          { env: { PATH: process.env.PATH ?? '', CS_DRILL_HOME: home, USER: 'ana' } },
        );
        let stderr = '';
        let head = '';
        child.stdout.on('data', (d) => (head += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (c) => resolve({ code: c, stderr, head }));
      },
    );
    expect(piped).toEqual({
      code: 0,
      stderr: '',
      head: 'id,user,set,title,lang,mode,status,started,ended,duration_s,score,max,percent,passed,items,auto_score,regraded_items\r\n',
    });
    const direct = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'export', '--format', 'jsonl'], {
        env: { PATH: process.env.PATH ?? '', CS_DRILL_HOME: home, USER: 'ana' },
      });
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (c) => resolve(c));
    });
    expect(direct).toBe(0);
  });

  it('SIGTERM during --out leaves the old file as it was and no temp file', async () => {
    const home = bigHistory(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-out-'));
    const target = join(dir, 'report.csv');
    writeFileSync(target, 'OLD\n');
    const child = spawn(
      process.execPath,
      [BIN, 'export', '--format', 'csv', '--items', '--out', target, '--force'],
      { env: { PATH: process.env.PATH ?? '', CS_DRILL_HOME: home, USER: 'ana' } },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let code: number | null | undefined;
    const exited = new Promise<number | null>((resolve) =>
      child.on('close', (c) => {
        code = c;
        resolve(c);
      }),
    );
    const seen = await waitFor(
      'the export to write its temp file (or exit)',
      () =>
        code !== undefined
          ? 'exited'
          : readdirSync(dir).some((f) => f.endsWith('.tmp')) && 'writing',
      { everyMs: 5 },
    );
    expect(seen, 'the export finished before it could be stopped').toBe('writing');
    child.kill('SIGTERM');
    // run.ts turns SIGTERM into ctx.signal: the export stops, removes its temp file, exits 143.
    expect(await exited).toBe(143);
    expect(stderr).toBe('');
    expect(readFileSync(target, 'utf8')).toBe('OLD\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('bad --format is a usage error with the choices', async () => {
    const r = await runCli(['export', '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are csv, json, jsonl, md, html/);
    expect(existsSync(BIN)).toBe(true);
  });
});
