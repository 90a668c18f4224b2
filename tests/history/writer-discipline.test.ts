// Issue 19, findings 1, 6 and 7: every file cs-drill writes goes through one discipline —
// never through a foreign symbolic link, never over a device, FIFO, directory, link or
// cs-drill's own data, never over an existing file without --force, owner and mode kept.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyMerge } from '../../src/commands/progress/history-merge.js';
import { checkOutTarget } from '../../src/history/out-target.js';
import { saveSession } from '../../src/history/save-session.js';
import { readHistory } from '../../src/history/store.js';
import { runInProcess } from '../commands/assess-helpers.js';
import { historyContext } from '../commands/history-context.js';
import { fixturePath } from '../helpers/fixtures.js';
import { makeRecord } from '../helpers/records.js';

const tmp = (name = 'cs-drill-writes-') => mkdtempSync(join(tmpdir(), name));
const isRoot = process.getuid?.() === 0;
const line = (id: string, over = {}) => `${JSON.stringify(makeRecord({ id, ...over }))}\n`;

/** A data directory holding a history of two sessions (one of ana) and a regrade file. */
function dataHome(): { home: string; history: string; regrades: string; before: string } {
  const home = tmp();
  const history = join(home, 'history.jsonl');
  const before = `${line('s-1')}${line('s-2', { user: 'bo' })}`;
  writeFileSync(history, before, { mode: 0o600 });
  const regrades = join(home, 'regrades.jsonl');
  writeFileSync(regrades, '', { mode: 0o600 });
  return { home, history, regrades, before };
}

describe('finding 1: export --out never replaces a file it should not', () => {
  it("refuses cs-drill's own history and regrades as --out (exit 2), leaving them as they were", async () => {
    const d = dataHome();
    for (const out of [d.history, d.regrades, join(d.home, 'new-file.csv')]) {
      const r = await runInProcess(
        ['export', '--format', 'jsonl', '--user', 'ana', '--out', out, '--force'],
        { home: d.home },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('own data directory');
    }
    expect(readFileSync(d.history, 'utf8')).toBe(d.before);
    expect(readFileSync(d.regrades, 'utf8')).toBe('');
  });

  it('refuses an existing file without --force; --force replaces it, keeping its mode', async () => {
    const d = dataHome();
    const out = join(tmp(), 'progress.jsonl');
    writeFileSync(out, 'KEEP\n', { mode: 0o640 });
    chmodSync(out, 0o640);
    const refused = await runInProcess(
      ['export', '--format', 'jsonl', '--user', 'ana', '--out', out],
      { home: d.home },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists \(add --force to replace it\)/);
    expect(readFileSync(out, 'utf8')).toBe('KEEP\n');
    const forced = await runInProcess(
      ['export', '--format', 'jsonl', '--user', 'ana', '--out', out, '--force'],
      { home: d.home },
    );
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).id).toBe('s-1');
    expect(statSync(out).mode & 0o777).toBe(0o640);
  });
});

describe('finding 6: the data directory and history are never followed into someone else’s file', () => {
  it("a history link to a file outside the user's home is refused: the target is untouched, the session goes to a fallback file", () => {
    const home = tmp();
    const victim = join(tmp(), '.bashrc');
    writeFileSync(victim, 'echo hello\n');
    symlinkSync(victim, join(home, 'history.jsonl'));
    const outcome = saveSession(
      join(home, 'history.jsonl'),
      makeRecord({ id: 'attack', items: [{ ...makeRecord().items[0]!, answer: '$(id>pwned)' }] }),
      { uid: process.getuid?.(), home: tmp() },
    );
    expect(readFileSync(victim, 'utf8')).toBe('echo hello\n');
    expect(outcome).toMatchObject({ saved: 'fallback' });
    if (outcome.saved === 'fallback') {
      expect(outcome.reason[0]?.message).toMatch(
        /is a symbolic link to .*outside your home directory/,
      );
      expect(JSON.parse(readFileSync(outcome.file, 'utf8')).id).toBe('attack');
    }
  });

  it('a data directory that is a link outside the home is refused the same way', () => {
    const real = tmp();
    const linkParent = tmp();
    symlinkSync(real, join(linkParent, 'cs'));
    const outcome = saveSession(join(linkParent, 'cs', 'history.jsonl'), makeRecord(), {
      uid: process.getuid?.(),
      home: tmp(),
    });
    expect(outcome).toMatchObject({ saved: 'fallback' });
    expect(() => statSync(join(real, 'history.jsonl'))).toThrow();
  });

  it("a link of the user's own that points inside the home is followed, and stays a link", async () => {
    const home = tmp();
    const store = join(home, 'sync', 'cs-drill');
    mkdirSync(store, { recursive: true, mode: 0o700 });
    writeFileSync(join(store, 'history.jsonl'), line('old'), { mode: 0o600 });
    const data = join(home, 'data');
    mkdirSync(data, { mode: 0o700 });
    symlinkSync(join(store, 'history.jsonl'), join(data, 'history.jsonl'));
    const who = { uid: process.getuid?.(), home };
    expect(saveSession(join(data, 'history.jsonl'), makeRecord({ id: 'new' }), who).saved).toBe(
      'history',
    );
    // A merge rewrites the file the link points at, not the link.
    const t = historyContext({ env: { CS_DRILL_HOME: data, HOME: home } });
    const other = join(tmp(), 'other.jsonl');
    writeFileSync(other, line('merged', { startedAt: '2020-01-01T00:00:00.000Z' }));
    expect(await historyMerge(t.ctx, [other], {})).toBe(0);
    expect(lstatSync(join(data, 'history.jsonl')).isSymbolicLink()).toBe(true);
    const { records } = await readHistory(join(store, 'history.jsonl'), undefined, who);
    expect(records.map((r) => r.id)).toEqual(['merged', 'old', 'new']);
  });

  it('an existing history wider than 0600 in a directory wider than 0700 is tightened on the next write', () => {
    const home = tmp();
    chmodSync(home, 0o755);
    const file = join(home, 'history.jsonl');
    writeFileSync(file, line('a'));
    chmodSync(file, 0o644);
    expect(saveSession(file, makeRecord({ id: 'b' })).saved).toBe('history');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(home).mode & 0o777).toBe(0o700);
  });

  it.skipIf(!isRoot)(
    "a history owned by another user is not written (as root: a trainee's file stays theirs)",
    () => {
      const home = tmp();
      const file = join(home, 'history.jsonl');
      writeFileSync(file, line('a'), { mode: 0o600 });
      chownSync(file, 65534, 65534);
      const outcome = saveSession(file, makeRecord({ id: 'b' }));
      expect(outcome).toMatchObject({ saved: 'fallback' });
      if (outcome.saved === 'fallback')
        expect(outcome.reason[0]?.message).toMatch(/belongs to another user/);
      expect(readFileSync(file, 'utf8')).toBe(line('a'));
    },
  );
});

describe('finding 7: --out and --into never replace a device, FIFO, directory or link', () => {
  it('refuses each before doing any work, leaving it as it was', async () => {
    const d = dataHome();
    const dir = tmp();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const link = join(dir, 'link.jsonl');
    const pointee = join(dir, 'pointee.jsonl');
    writeFileSync(pointee, line('p'));
    symlinkSync(pointee, link);
    const cases: [string, RegExp][] = [
      [fifo, /is a FIFO/],
      [dir, /is a directory/],
      [link, /is a symbolic link/],
      ['/dev/stdout', /is a symbolic link/],
    ];
    for (const [target, why] of cases) {
      for (const args of [
        ['export', '--format', 'csv', '--out', target, '--force'],
        ['history', 'merge', d.history, '--into', target, '--force'],
      ]) {
        const r = await runInProcess(args, { home: d.home });
        expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(2);
        expect(r.stderr).toMatch(why);
      }
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(pointee, 'utf8')).toBe(line('p'));
  });

  it('--into a file that is not a history is refused without --force', async () => {
    const d = dataHome();
    const notes = join(tmp(), 'notes.txt');
    writeFileSync(notes, 'my notes\n');
    const r = await runInProcess(['history', 'merge', d.history, '--into', notes], {
      home: tmp(),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does not look like a cs-drill history/);
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
  });

  it.skipIf(!isRoot)("--into a trainee's file keeps its owner and mode", async () => {
    const d = dataHome();
    const dir = tmp();
    chmodSync(dir, 0o755);
    const into = join(dir, 'team.jsonl');
    writeFileSync(into, line('t-1', { startedAt: '2020-01-01T00:00:00.000Z' }));
    chownSync(into, 65534, 65534);
    chmodSync(into, 0o640);
    const r = await runInProcess(['history', 'merge', d.history, '--into', into], {
      home: tmp(),
    });
    expect(r.code, r.stderr).toBe(0);
    const st = statSync(into);
    expect([st.uid, st.gid, st.mode & 0o777]).toEqual([65534, 65534, 0o640]);
    expect(readFileSync(into, 'utf8').trim().split('\n')).toHaveLength(3);
  });
});

describe('README "Data safety": what the data directory holds', () => {
  it('after recording, regrading and merging: history.jsonl and regrades.jsonl only, owner-only', async () => {
    const home = tmp();
    const set = fixturePath('drills/good-set.yaml');
    const sheet = fixturePath('sheets/class/ana.yaml');
    expect(
      (await runInProcess(['assess', set, '--answers', sheet, '--record'], { home })).code,
    ).toBe(0);
    const id = JSON.parse(readFileSync(join(home, 'history.jsonl'), 'utf8')).id as string;
    const regraded = await runInProcess(['regrade', id, 'pick-one', '0'], { home });
    expect(regraded.code, regraded.stderr).toBe(0);
    const other = join(tmp(), 'other.jsonl');
    writeFileSync(other, line('other'));
    expect((await runInProcess(['history', 'merge', other], { home })).code).toBe(0);
    expect(readdirSync(home).sort()).toEqual(['history.jsonl', 'regrades.jsonl']);
    for (const f of readdirSync(home)) expect(statSync(join(home, f)).mode & 0o777).toBe(0o600);
  });
});

describe('finding 7: a device as --out', () => {
  it('/dev/null is refused by the check that runs before any work (nothing is written to find out)', () => {
    for (const merging of [false, true])
      expect(() =>
        checkOutTarget('/dev/null', { option: '--out', dataDir: undefined, force: true, merging }),
      ).toThrow(/is a device; cs-drill writes only regular files/);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
