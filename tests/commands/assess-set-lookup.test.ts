// Issue 16: sheets name their set, so `assess --answers sheets/` works without naming the set
// or --drills: by id (the set file lies beside the sheets) or by a path from the sheet.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { runInProcess } from '../helpers/cli.js';
import { choiceSetYaml, tmpDir } from '../hostile/in-process.js';

const sheet = (set: string, name: string, answer = 'a') =>
  `set: ${set}\nname: ${name}\nanswers:\n  pick: ${answer}\n`;

function folder(): string {
  const dir = tmpDir('set-lookup');
  mkdirSync(join(dir, 'sheets'));
  writeFileSync(join(dir, 'sheets', 'mini.yaml'), choiceSetYaml({ id: 'mini', title: 'Mini' }));
  writeFileSync(join(dir, 'sheets', 'ana.yaml'), sheet('mini', 'Ana'));
  writeFileSync(join(dir, 'sheets', 'bo.yaml'), sheet('./mini.yaml', 'Bo', 'b'));
  return dir;
}

const names = (stdout: string) =>
  (JSON.parse(stdout) as { trainees: { name: string; score: number }[] }).trainees.map((t) => [
    t.name,
    t.score,
  ]);

describe('assess finds the set the sheets name', () => {
  it('without a set or --drills: by id beside the sheets, or by a path from the sheet', async () => {
    const cwd = folder();
    const r = await runInProcess(['assess', '--answers', 'sheets', '--format', 'json'], { cwd });
    expect(r.code).toBe(EXIT.failed);
    expect(names(r.stdout)).toEqual([
      ['Ana', 1],
      ['Bo', 0],
    ]);
    expect(r.stderr).toContain('left out 1 file lying among the sheets that is no answer sheet');
    // The set's id, given but known to no catalogue, is found beside the sheets too.
    const byId = await runInProcess(['assess', 'mini', '--answers', 'sheets/ana.yaml'], { cwd });
    expect(byId.code).toBe(EXIT.ok);
  });

  it('a path in a sheet is read from the sheet, wherever assess runs', async () => {
    const dir = tmpDir('set-lookup-path');
    mkdirSync(join(dir, 'sets'));
    mkdirSync(join(dir, 'class'));
    writeFileSync(join(dir, 'sets', 'mini.yaml'), choiceSetYaml({ id: 'mini', title: 'Mini' }));
    writeFileSync(join(dir, 'class', 'cy.yaml'), sheet('../sets/mini.yaml', 'Cy'));
    const r = await runInProcess(['assess', '--answers', join(dir, 'class'), '--format', 'json']);
    expect(names(r.stdout)).toEqual([['Cy', 1]]);
  });

  it('sheets naming different sets: a clear message with the command for each, in en and zh', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'sheets', 'zed.yaml'), sheet('listening', 'Zed'));
    const r = await runInProcess(['assess', '--answers', 'sheets'], { cwd });
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toContain('the sheets name several sets:');
    expect(r.stderr).toContain('cs-drill assess listening --answers sheets');
    const zh = await runInProcess(['assess', '--answers', 'sheets', '--lang', 'zh'], { cwd });
    expect(zh.stderr).toContain('这些答题卡写的是不同的题组');
    const none = await runInProcess(['assess', '--answers', '-'], {
      cwd,
      input: sheet('mini', 'Al'),
    });
    expect(none.code).toBe(EXIT.invalid);
    expect(none.stderr).toContain('the sheets do not name one');
  });
});
