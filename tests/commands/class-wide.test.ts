// Class-wide views and one spelling per trainee: --all-users on history, stats and export (every
// format, --items too), --user matched without case or extra spaces, and "stopped" as the one
// word for a stopped session. Real history files in temp dirs, commands in process.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anaHistoryText } from '../fixtures/history/ana.js';
import { runInProcess, tmpHome } from '../helpers/cli.js';
import { makeRecord } from '../helpers/records.js';

const NOW = '2026-11-08T18:00:00.000Z';

/** Ana's fixture history (with one session of "bo") plus two of "Bo Chen", one of them stopped. */
function classHome(): string {
  const home = tmpHome('cs-drill-class-');
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const bo = [
    makeRecord({ id: 'chen-0001', user: 'Bo Chen', startedAt: '2026-11-07T08:00:00.000Z' }),
    makeRecord({
      id: 'chen-0002',
      user: 'Bo Chen',
      status: 'aborted',
      startedAt: '2026-11-08T08:00:00.000Z',
      endedAt: '2026-11-08T08:01:00.000Z',
    }),
  ];
  writeFileSync(
    join(home, 'history.jsonl'),
    `${anaHistoryText()}${bo.map((r) => JSON.stringify(r)).join('\n')}\n`,
    { mode: 0o600 },
  );
  return home;
}

const run = (home: string, args: string[]) =>
  runInProcess(args, { home, now: NOW, env: { USER: 'ana', TZ: 'UTC' } });

describe('--all-users', () => {
  it('history: one row per session of every trainee, with a USER column', async () => {
    const home = classHome();
    const own = await run(home, ['history']);
    expect(own.stdout).not.toMatch(/chen-0001|bo-0001/);
    const all = await run(home, ['history', '--all-users']);
    expect(all.code).toBe(0);
    const lines = all.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DATE\s+USER\s+SET\s+LANG\s+MODE\s+SCORE/);
    expect(all.stdout).toMatch(/2026-11-08 08:00\s+Bo Chen\s+listening\s+en\s+interactive\s+–/);
    expect(all.stdout).toMatch(/\sana\s+listening\s+en\s+review\s+100%/);
    const json = JSON.parse((await run(home, ['history', '--all-users', '--json'])).stdout);
    expect(new Set(json.map((r: { user: string }) => r.user))).toEqual(
      new Set(['ana', 'bo', 'Bo Chen']),
    );
  });

  it('stats counts every trainee; --json says no single user', async () => {
    const home = classHome();
    const own = JSON.parse((await run(home, ['stats', '--json'])).stdout);
    const all = JSON.parse((await run(home, ['stats', '--all-users', '--json'])).stdout);
    expect(all.user).toBeNull();
    expect(all.sessions).toBe(own.sessions + 2);
    expect(all.aborted).toBe(own.aborted + 1);
    const text = await run(home, ['stats', '--all-users']);
    expect(text.stdout).toMatch(/^Progress of all users/);
  });

  it('export: every format and --items hold the sessions of every trainee, each with its user', async () => {
    const home = classHome();
    const csv = (await run(home, ['export', '--format', 'csv', '--all-users'])).stdout;
    expect(csv.split('\r\n').filter((l) => l.startsWith('chen-'))).toHaveLength(2);
    expect(csv).toMatch(/\r\nbo-0001,bo,/);
    expect(csv).toMatch(/\r\nchen-0002,Bo Chen,listening,Listening,en,interactive,stopped,/);
    const jsonl = (await run(home, ['export', '--format', 'jsonl', '--all-users'])).stdout;
    expect(jsonl.trim().split('\n')).toHaveLength(13);
    const json = JSON.parse(
      (await run(home, ['export', '--format', 'json', '--all-users'])).stdout,
    );
    expect(json.filter((r: { user: string }) => r.user === 'Bo Chen')).toHaveLength(2);
    const md = (await run(home, ['export', '--format', 'md', '--all-users'])).stdout;
    expect(md).toMatch(/\| chen-0001 \| Bo Chen \|/);
    const items = (await run(home, ['export', '--format', 'csv', '--items', '--all-users'])).stdout;
    expect(items).toMatch(/\r\nchen-0001,Bo Chen,listening,en,interactive,/);
    const html = (await run(home, ['export', '--format', 'html', '--all-users'])).stdout;
    expect(html).toContain('<h1>cs-drill progress report — all users</h1>');
    expect(html).toMatch(/<th>Trainee<\/th>/);
    expect(html).toContain('<td>Bo Chen</td>');
  });

  it('refuses --user together with --all-users (exit 2)', async () => {
    const r = await run(classHome(), ['history', '--all-users', '--user', 'ana']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cs-drill: give --user or --all-users, not both\n');
  });
});

describe('--user names one trainee however it is typed', () => {
  it.each([['bo chen'], ['  BO   CHEN '], ['Bo Chen']])(
    '%j finds Bo Chen in history, stats, export and history show',
    async (name) => {
      const home = classHome();
      const list = await run(home, ['history', '--user', name, '--json']);
      expect(JSON.parse(list.stdout).map((r: { id: string }) => r.id)).toEqual([
        'chen-0002',
        'chen-0001',
      ]);
      const stats = JSON.parse((await run(home, ['stats', '--user', name, '--json'])).stdout);
      expect(stats.sessions).toBe(1);
      const csv = (await run(home, ['export', '--format', 'csv', '--user', name])).stdout;
      expect(csv.trim().split('\r\n')).toHaveLength(3);
      const show = await run(home, ['history', 'show', 'chen-0001', '--user', name, '--json']);
      expect(JSON.parse(show.stdout).user).toBe('Bo Chen');
    },
  );
});

describe('one word for a stopped session', () => {
  it('"stopped" in the table, CSV, JSON and HTML alike, from a record that says aborted', async () => {
    const home = classHome();
    const table = (await run(home, ['history', '--user', 'bo chen'])).stdout;
    expect(table).toMatch(/stopped\s+chen-000\n/);
    const csv = (await run(home, ['export', '--format', 'csv'])).stdout;
    expect(csv).toMatch(/,stopped,/);
    expect(csv).not.toMatch(/aborted/);
    const json = (await run(home, ['history', '--json'])).stdout;
    expect(json).toMatch(/"status": "stopped"/);
    expect(json).not.toMatch(/aborted/);
    const html = (await run(home, ['export', '--format', 'html'])).stdout;
    expect(html).toContain('<td>stopped</td>');
    const zh = (await run(home, ['history', '--lang', 'zh'])).stdout;
    expect(zh).toMatch(/中途停止\s+a1-0009/);
  });
});
