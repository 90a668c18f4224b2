// Issue 16: `--drills .` in a folder of answer sheets printed a line per sheet and silently
// picked one of several files sharing a set id. Sheets are left out with one line; files
// sharing an id are an error that names them all.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { runInProcess } from '../helpers/cli.js';
import { choiceSetYaml, runIn, tmpDir } from '../hostile/in-process.js';

function classFolder(): string {
  const dir = tmpDir('drills-folder');
  writeFileSync(join(dir, 'mini.yaml'), choiceSetYaml({ id: 'mini', title: 'Mini' }));
  for (const name of ['ana', 'bo', 'cai', 'dan'])
    writeFileSync(
      join(dir, `${name}.yaml`),
      `sheet: 1\nset: mini\nname: ${name}\nanswers:\n  pick: a\n`,
    );
  return dir;
}

describe('--drills in a folder of sheets', () => {
  it('leaves the sheets out with one line, and scores them against the set beside them', async () => {
    const dir = classFolder();
    const r = await runIn(['assess', 'mini', '--drills', '.', '--answers', '.'], { cwd: dir });
    expect(r.stderr.split('\n').filter((l) => l.includes('not drill sets'))).toHaveLength(1);
    expect(r.stderr).toContain('4 file(s) here are not drill sets');
    expect(r.stderr).not.toMatch(/ana\.yaml|bo\.yaml|unknown key|missing required/);
    expect(r.stdout).toMatch(/ana/);
    const zh = await runInProcess(['list', '--drills', '.', '--lang', 'zh'], { cwd: dir });
    expect(zh.stderr).toContain('这里有 4 个文件不是题组');
  });

  it('several files with one set id are an error naming every file, never a silent pick', async () => {
    const dir = classFolder();
    copyFileSync(join(dir, 'mini.yaml'), join(dir, 'mini-copy.yaml'));
    copyFileSync(join(dir, 'mini.yaml'), join(dir, 'old.yaml'));
    const r = await runIn(['assess', 'mini', '--drills', '.', '--answers', 'ana.yaml'], {
      cwd: dir,
    });
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toContain('set "mini" (en) is in 3 files:');
    for (const f of ['mini.yaml', 'mini-copy.yaml', 'old.yaml']) expect(r.stderr).toContain(f);
    // Naming the file is the way out.
    const byFile = await runIn(['assess', './mini.yaml', '--answers', 'ana.yaml'], { cwd: dir });
    expect(byFile.code).toBe(EXIT.ok);
  });
});
