// Finding 12: which set a name means is never decided in silence. A set hidden by another of
// the same id is named on stderr with both files; links to sets and sheets are followed, links
// to nothing and unreadable folders are reported.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, type Problem } from '../../src/errors.js';
import { findSetFiles } from '../../src/shell/set-files.js';
import { fixturePath } from '../helpers/fixtures.js';
import { choiceSetYaml, runIn, tmpDir } from './in-process.js';

const set = (id: string, title: string) => choiceSetYaml({ id, title });

interface Listed {
  id: string;
  title: string;
  langs: string[];
  origin: string;
}
const listed = (stdout: string, id: string) =>
  (JSON.parse(stdout) as Listed[]).filter((s) => s.id === id);

describe('set shadowing is said, naming both files', () => {
  it('--drills wins over CS_DRILL_PATH, and the first CS_DRILL_PATH directory over later ones', async () => {
    const [a, b, c] = [tmpDir('drills-a'), tmpDir('drills-b'), tmpDir('drills-c')];
    writeFileSync(join(a, 'mini.yaml'), set('mini', 'From A'));
    writeFileSync(join(b, 'mini.yaml'), set('mini', 'From B'));
    writeFileSync(join(c, 'mini.yaml'), set('mini', 'From C'));
    const r = await runIn(['list', '--json', '--drills', a], {
      env: { CS_DRILL_PATH: `${b}:${c}` },
    });
    expect(r.code).toBe(EXIT.ok);
    expect(listed(r.stdout, 'mini').map((s) => s.title)).toEqual(['From A']);
    expect(r.stderr).toContain(
      `warning: ${join(b, 'mini.yaml')}: set "mini" (en) here is hidden by ${join(a, 'mini.yaml')}`,
    );
    expect(r.stderr).toContain(
      `${join(c, 'mini.yaml')}: set "mini" (en) here is hidden by ${join(a, 'mini.yaml')}`,
    );
  });

  it("a trainer's listening replaces the bundled one in every language, with a warning", async () => {
    const dir = tmpDir('drills-own');
    writeFileSync(join(dir, 'listening.yaml'), set('listening', 'Our listening'));
    const r = await runIn(['list', '--json', '--drills', dir]);
    expect(listed(r.stdout, 'listening')).toMatchObject([
      { title: 'Our listening', langs: ['en'], origin: 'user' },
    ]);
    expect(r.stderr).toContain(
      `warning: drills/listening/en.yaml, drills/listening/zh-Hans.yaml: set "listening" (en) here is hidden by ${join(dir, 'listening.yaml')}`,
    );
  });
});

describe('links and unreadable entries', () => {
  it('a linked set file and a linked folder are loaded; a link to nothing is reported', async () => {
    const store = tmpDir('drills-store');
    const dir = tmpDir('drills-links');
    writeFileSync(join(store, 'linked.yaml'), set('linked', 'Linked'));
    mkdirSync(join(store, 'folder'));
    writeFileSync(join(store, 'folder', 'en.yaml'), set('in-folder', 'In a linked folder'));
    symlinkSync(join(store, 'linked.yaml'), join(dir, 'linked.yaml'));
    symlinkSync(join(store, 'folder'), join(dir, 'folder'));
    symlinkSync(join(store, 'gone.yaml'), join(dir, 'gone.yaml'));
    const r = await runIn(['list', '--json', '--drills', dir]);
    expect(r.code).toBe(EXIT.ok);
    expect(listed(r.stdout, 'linked')).toHaveLength(1);
    expect(listed(r.stdout, 'in-folder')).toHaveLength(1);
    expect(r.stderr).toContain(
      `${join(dir, 'gone.yaml')}: is a symbolic link to nothing (no such file or directory)`,
    );
    const v = await runIn(['validate', dir, '--no-examples']);
    expect(v.code).toBe(EXIT.ok);
    expect(v.stderr).toContain('2 file(s) checked');
    expect(v.stderr).toContain('is a symbolic link to nothing');
  });

  it.skipIf(process.getuid?.() === 0)(
    'an unreadable folder (a lost+found) is reported, not fatal',
    async () => {
      const dir = tmpDir('drills-lost');
      writeFileSync(join(dir, 'mini.yaml'), set('mini', 'Mini'));
      mkdirSync(join(dir, 'lost+found'));
      chmodSync(join(dir, 'lost+found'), 0o000);
      const r = await runIn(['list', '--json', '--drills', dir]);
      chmodSync(join(dir, 'lost+found'), 0o700);
      expect(r.code).toBe(EXIT.ok);
      expect(listed(r.stdout, 'mini')).toHaveLength(1);
      expect(r.stderr).toContain('lost+found: cannot read this folder: permission denied');
    },
  );

  it('a folder that cannot be listed is a problem with its path (also as root, where EACCES never comes)', () => {
    const file = join(tmpDir('drills-notdir'), 'plain.yaml');
    writeFileSync(file, '');
    const problems: Problem[] = [];
    expect(findSetFiles(file, problems)).toEqual([]);
    expect(problems).toMatchObject([
      { code: 'unreadable', file, message: 'cannot read this folder: ENOTDIR' },
    ]);
  });

  it('a linked sheet is scored; a link to nothing is a skipped sheet with its reason', async () => {
    const store = tmpDir('sheets-store');
    const dir = tmpDir('sheets-links');
    writeFileSync(
      join(store, 'ana.yaml'),
      'sheet: 1\nname: Ana\nanswers:\n  pick-one: b\n  pick-many: [a, c]\n  steps: [why, ask, time, thank]\n  sort: [fact, feeling, fact]\n  rate: [4, 5]\n',
    );
    symlinkSync(join(store, 'ana.yaml'), join(dir, 'ana.yaml'));
    symlinkSync(join(store, 'gone.yaml'), join(dir, 'bo.yaml'));
    const r = await runIn(['assess', fixturePath('drills/good-set.yaml'), '--answers', dir]);
    expect(r.stdout).toMatch(/^Ana {2}/m);
    expect(r.stderr).toContain(`skipped ${join(dir, 'bo.yaml')}: 1 problem`);
    expect(r.stderr).toContain(`${join(dir, 'bo.yaml')}: cannot read: no such file or directory`);
  });
});
