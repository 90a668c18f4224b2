// Finding 11: who a sheet belongs to. Duplicate keys in JSON sheets are refused; names are one
// spelling per person (NFKC, trimmed; invisible characters refused); the same sheet recorded
// twice is noticed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { normaliseName } from '../../src/session/name.js';
import { fixturePath } from '../helpers/fixtures.js';
import { runIn, tmpDir } from '../hostile/in-process.js';

const SET = fixturePath('drills/good-set.yaml');
const ANSWERS = {
  'pick-one': 'b',
  'pick-many': ['a', 'c'],
  steps: ['why', 'ask', 'time', 'thank'],
  sort: ['fact', 'feeling', 'fact'],
  rate: [4, 5],
};
const sheet = (name: string) => JSON.stringify({ sheet: 1, set: 'sample', name, answers: ANSWERS });

function historyUsers(home: string): string[] {
  const text = readFileSync(join(home, 'history.jsonl'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { user: string }).user);
}

describe('names', () => {
  it('are NFKC-normalised and trimmed; invisible characters are refused', () => {
    expect(normaliseName('  Ｂｏ  Li ')).toEqual({ ok: true, name: 'Bo Li' });
    for (const [raw, code] of [
      ['Bo\u200b', '200B'],
      ['Bo\u202e', '202E'],
      ['\u00adBo', '00AD'],
      ['B\no', '000A'],
    ]) {
      const r = normaliseName(raw!);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(`U+${code}`);
    }
    expect(normaliseName('   ').ok).toBe(false);
    expect(normaliseName('x'.repeat(65)).ok).toBe(false);
  });

  it('--user with a zero-width space is refused, naming the character', async () => {
    const r = await runIn(['history', '--user', 'Bo\u200b']);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toContain(
      '"Bo<U+200B>" is not a usable name: the name holds an invisible or control character (U+200B)',
    );
  });
});

describe('assess: whose sheet is it', () => {
  it('a JSON sheet naming two people ({"name":"ana","name":"bo"}) is refused, not recorded as bo', async () => {
    const dir = tmpDir('dup');
    const home = tmpDir('dup-home');
    writeFileSync(
      join(dir, 'x.json'),
      `{"sheet": 1, "set": "sample", "name": "ana", "name": "bo", "answers": ${JSON.stringify(ANSWERS)}}`,
    );
    const r = await runIn(['assess', SET, '--answers', dir, '--record'], {
      env: { CS_DRILL_HOME: home },
    });
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toMatch(/x\.json:1:46: key "name" is given twice/);
    expect(r.stderr).not.toContain('recorded');
  });

  it('look-alike names: invisible characters skip the sheet, full-width forms are one trainee with a warning', async () => {
    const dir = tmpDir('names');
    const home = tmpDir('names-home');
    writeFileSync(join(dir, 'a.json'), sheet('Bo'));
    writeFileSync(join(dir, 'b.json'), sheet('Bo\u200b'));
    writeFileSync(join(dir, 'c.json'), sheet('Bo\u202e'));
    writeFileSync(join(dir, 'd.json'), sheet('Ｂｏ'));
    const r = await runIn(['assess', SET, '--answers', dir, '--record'], {
      env: { CS_DRILL_HOME: home },
    });
    expect(r.code).toBe(EXIT.failed);
    expect(r.stderr).toContain(
      'the name is not usable: the name holds an invisible or control character (U+200B)',
    );
    expect(r.stderr).toContain('(U+202E)');
    expect(r.stderr).toContain(
      `${join(dir, 'd.json')} and ${join(dir, 'a.json')} both name "Bo", written differently ("Ｂｏ", "Bo")`,
    );
    expect(historyUsers(home)).toEqual(['Bo', 'Bo']);
  });

  it('assess --record on sheets already recorded skips them with a message, unless --again', async () => {
    const dir = tmpDir('again');
    const home = tmpDir('again-home');
    const env = { CS_DRILL_HOME: home };
    writeFileSync(join(dir, 'ana.json'), sheet('Ana'));
    writeFileSync(join(dir, 'bo.json'), sheet('Bo'));
    const first = await runIn(['assess', SET, '--answers', dir, '--record'], { env });
    expect(first.stderr).toContain('recorded 2 sessions');
    const second = await runIn(['assess', SET, '--answers', dir, '--record'], { env });
    expect(second.code).toBe(first.code);
    expect(second.stderr).toMatch(
      /Ana's sheet .*ana\.json is already in the history \(session \w{8}\): not recorded again/,
    );
    expect(second.stderr).not.toContain('recorded 2 sessions');
    expect(historyUsers(home)).toEqual(['Ana', 'Bo']);
    // A changed sheet is a new one.
    writeFileSync(join(dir, 'bo.json'), sheet('Bo').replace('"b"', '"a"'));
    const changed = await runIn(['assess', SET, '--answers', dir, '--record'], { env });
    expect(changed.stderr).toContain('recorded 1 session');
    const again = await runIn(['assess', SET, '--answers', dir, '--record', '--again'], { env });
    expect(again.stderr).toContain('recorded 2 sessions');
    expect(historyUsers(home)).toEqual(['Ana', 'Bo', 'Bo', 'Ana', 'Bo']);
  });
});
