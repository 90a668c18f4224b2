// Issue 19, findings 10 and 13 (history parts): a home given as ~, no home at all, --out a
// directory, invalid UTF-8 in a merged history, a session dated past any schedule, Ctrl-C
// after a merge is done, and `list` over more sessions than a spread can take.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportHistory } from '../../src/commands/progress/export.js';
import { dataDir } from '../../src/history/location.js';
import { runInProcess } from '../commands/assess-helpers.js';
import { historyContext } from '../commands/history-context.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';
import { makeRecord } from '../helpers/records.js';
import { canRunAs } from '../helpers/unprivileged.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cs-drill-small-'));

describe('finding 13: where the history lives', () => {
  it("CS_DRILL_HOME='~/cs' (quoted, so unexpanded) means the home's cs, not ./~/cs; ~name is refused", () => {
    expect(dataDir({ CS_DRILL_HOME: '~/cs', HOME: '/home/ana' })).toBe('/home/ana/cs');
    expect(dataDir({ CS_DRILL_HOME: '~', HOME: '/home/ana' })).toBe('/home/ana');
    expect(() => dataDir({ CS_DRILL_HOME: '~bo/cs', HOME: '/home/ana' })).toThrow(
      /does not expand/,
    );
  });

  it.skipIf(!canRunAs(54321))(
    'a user with no HOME and no passwd entry: assess works without --record; the history commands say why they cannot (exit 2)',
    () => {
      const run = (args: string[]) =>
        spawnSync(process.execPath, [BIN, ...args], {
          cwd: ROOT,
          uid: 54321,
          gid: 54321,
          env: { PATH: process.env.PATH ?? '' },
          encoding: 'utf8',
        });
      const set = fixturePath('drills/good-set.yaml');
      const sheet = fixturePath('sheets/class/ana.yaml');
      expect(run(['assess', set, '--answers', sheet]).status).toBe(0);
      for (const args of [['history'], ['assess', set, '--answers', sheet, '--record']]) {
        const r = run(args);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(
          /HOME is not set and this user has no home directory.*CS_DRILL_HOME/,
        );
      }
    },
  );
});

describe('finding 13: smaller history cases', () => {
  it('export --out a directory is refused before the history is read', async () => {
    const t = historyContext();
    await expect(
      exportHistory(t.ctx, { format: 'csv', out: tmp(), force: true }),
    ).rejects.toMatchObject({ exitCode: 2, problems: [{ code: 'unsafe-out' }] });
    // The fixture has a damaged line: reading it would have warned about it.
    expect(t.err()).toBe('');
  });

  it('merge copies the lines it keeps byte for byte, invalid UTF-8 included', async () => {
    const home = tmp();
    const history = join(home, 'history.jsonl');
    const json = JSON.stringify(makeRecord({ id: 'kept', setTitle: 'TITLE' }));
    const [head, tail] = json.split('TITLE') as [string, string];
    // A title holding a byte that is not UTF-8 (0xff) and a cut multi-byte character (0xe4 0xbd).
    const kept = Buffer.concat([
      Buffer.from(head),
      Buffer.from([0x41, 0xff, 0xe4, 0xbd]),
      Buffer.from(tail),
    ]);
    writeFileSync(history, Buffer.concat([kept, Buffer.from('\n')]), { mode: 0o600 });
    const other = join(tmp(), 'other.jsonl');
    writeFileSync(
      other,
      `${JSON.stringify(makeRecord({ id: 'new', startedAt: '2030-01-01T00:00:00.000Z' }))}\n`,
    );
    const r = await runInProcess(['history', 'merge', other], { home });
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(history).toString('latin1').split('\n');
    expect(lines[0]).toBe(kept.toString('latin1'));
    expect(lines[1]).toContain('"id":"new"');
  });

  it('review --due with a session dated past the end of any schedule: a warning with its line, not a crash', async () => {
    const home = tmp();
    const item = { ...makeRecord().items[0]!, id: 'fact-or-feeling-1' };
    const far = '+275760-09-13T00:00:00.000Z';
    writeFileSync(
      join(home, 'history.jsonl'),
      `${JSON.stringify(makeRecord({ id: 'far', user: 'trainer', plan: [item.id], items: [item], startedAt: far, endedAt: far }))}\n`,
    );
    const r = await runInProcess(['review', '--due'], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/history\.jsonl:1: record has no valid "startedAt"/);
  });

  it('Ctrl-C that arrives after the merge is in place: exit 0, the merge stands', async () => {
    const home = tmp();
    const other = join(tmp(), 'other.jsonl');
    writeFileSync(other, `${JSON.stringify(makeRecord({ id: 'late' }))}\n`);
    // Deterministic "just after": the signal is raised right after the rename into place.
    const preload = join(tmp(), 'interrupt-after-rename.cjs');
    writeFileSync(
      preload,
      `const fs = require('node:fs');
       const rename = fs.renameSync;
       fs.renameSync = (from, to) => { rename(from, to); if (String(to).endsWith('history.jsonl')) process.emit('SIGINT', 'SIGINT'); };
       require('node:module').syncBuiltinESMExports();`,
    );
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(
        process.execPath,
        ['--require', preload, BIN, 'history', 'merge', other],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? '', CS_DRILL_HOME: home, USER: 'ana' },
          stdio: 'ignore',
        },
      );
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    expect(readFileSync(join(home, 'history.jsonl'), 'utf8')).toContain('"id":"late"');
  });
});

describe('finding 10: list over a long history of one set', () => {
  it('shows last and best past 150,000 sessions (no spread of one argument per session)', async () => {
    const home = tmp();
    // Whole-set runs (only those stand for a set in list): a plan as long as any bundled set.
    const plan = Array.from({ length: 60 }, (_, k) => `item-${k}`);
    const line = (i: number, score: number) =>
      JSON.stringify(
        // Small records (no items): the test is about their number, not their size.
        makeRecord({
          id: `s${i}`,
          user: 'trainer',
          setId: 'listening',
          score,
          max: 4,
          plan,
          items: [],
          skills: {},
        }),
      );
    const lines: string[] = [];
    for (let i = 0; i < 150_000; i++) lines.push(line(i, i === 77 ? 4 : 1));
    lines.push(line(150_000, 2));
    writeFileSync(join(home, 'history.jsonl'), `${lines.join('\n')}\n`);
    const r = await runInProcess(['list', '--json'], { home });
    expect(r.code, r.stderr).toBe(0);
    const listening = (JSON.parse(r.stdout) as { id: string; last: number; best: number }[]).find(
      (s) => s.id === 'listening',
    );
    expect(listening).toMatchObject({ last: 50, best: 100 });
  });
});
