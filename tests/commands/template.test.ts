import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

/** The scoring command a template writes into its header, as arguments. */
function commandIn(sheet: string): string[] {
  const line = sheet.split('\n').find((l) => l.includes('cs-drill assess'))!;
  return line
    .replace(/^#\s*cs-drill\s+/, '')
    .trim()
    .split(/\s+/);
}

function fill(sheet: string): string {
  return sheet.replace('name: ""', 'name: "Ana"').replace(/^ {2}pick-one:$/m, '  pick-one: b');
}

describe('template writes a command that works for that set', () => {
  it('a set given as a file path: the command names the path and the sheet, and scores it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-template-'));
    copyFileSync('tests/fixtures/drills/good-set.yaml', join(dir, 'my-set.yaml'));
    const made = await runInProcess(['template', 'my-set.yaml', '--out', 'ana.yaml'], { cwd: dir });
    expect(made.code).toBe(0);
    const sheet = readFileSync(join(dir, 'ana.yaml'), 'utf8');
    const args = commandIn(sheet);
    expect(args).toEqual(['assess', 'my-set.yaml', '--answers', 'ana.yaml']);
    writeFileSync(join(dir, 'ana.yaml'), fill(sheet));
    const scored = await runInProcess(args, { cwd: dir });
    expect(scored.stderr).toBe('');
    expect(scored.stdout).toContain('Ana  1/5');
  });

  it('a set found through --drills: the command carries --drills', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-template-'));
    mkdirSync(join(dir, 'sets'));
    copyFileSync('tests/fixtures/drills/good-set.yaml', join(dir, 'sets', 'good.yaml'));
    const made = await runInProcess(['template', 'sample', '--drills', 'sets'], { cwd: dir });
    const args = commandIn(made.stdout);
    expect(args).toEqual(['assess', 'sample', '--drills', 'sets', '--answers', '<this', 'file>']);
    writeFileSync(join(dir, 'ana.yaml'), fill(made.stdout));
    const scored = await runInProcess([...args.slice(0, -2), 'ana.yaml'], { cwd: dir });
    expect(scored.stdout).toContain('Ana  1/5');
  });

  it('writes its instructions and kind labels in Chinese under --lang zh', async () => {
    const r = await runInProcess([
      'template',
      'tests/fixtures/drills/good-set.yaml',
      '--lang',
      'zh',
    ]);
    expect(r.stdout).toContain('# 填好姓名和每一个答案，然后用下面的命令评分：');
    expect(r.stdout).toContain('（单选，1 分）');
    expect(r.stdout).toContain('写一个选项代号：a、b');
    expect(r.stdout).not.toMatch(/\((choice|multi), \d+ points?\)/);
  });
});
