// A class folder with one sheet per kind of slip trainees make: every trainee who gave any
// readable answer is scored, every problem is listed at its line with the fix, in both languages.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './assess-helpers.js';

const SET = 'tests/fixtures/sheets/all-kinds-set.yaml';

const SHEETS: Record<string, string> = {
  'ana-capitals.yaml':
    'set: all-kinds\nName: Ana\nAnswers:\n  Pick-One: B\n  sort: [Fact, Feeling]\n',
  'bo-colon.yaml':
    'set: all-kinds\nname: Bo\nanswers:\n  pick-one: b\n  opener: What happened: can you tell me more?\n',
  'cy-no-brackets.yaml': 'set: all-kinds\nname: Cy\nanswers:\n  pick-one: b\n  pick-many: a, c\n',
  'dee-id-typo.yaml':
    'set: all-kinds\nname: Dee\nanswers:\n  pick-one: b\n  stepz: [why, ask, time]\n',
  'eve-rating.yaml': 'set: all-kinds\nname: Eve\nanswers:\n  pick-one: b\n  rate: [6, 3]\n',
  'fay-indent.yaml':
    'set: all-kinds\nname: Fay\nanswers:\n  pick-one: b\n   pick-many: [a, c]\n  steps: [why, ask, time]\n',
  'gus-no-option.yaml': 'set: all-kinds\nname: Gus\nanswers:\n  pick-one: z\n  pick-many: [a, c]\n',
};

function classFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cs-drill-slips-')), 'class');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(SHEETS)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('assess on a class with one sheet per slip', () => {
  it('scores every trainee with a readable answer and lists every problem at its line (English)', async () => {
    const dir = classFolder();
    const r = await runInProcess(['assess', SET, '--answers', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const score = Object.fromEntries(
      json.trainees.map((t: { name: string; score: number }) => [t.name, t.score]),
    );
    // Capitals, a colon in free text, a list without brackets and an id typo cost nothing.
    expect(score).toMatchObject({ Ana: 2, Cy: 3, Dee: 2, Eve: 1, Gus: 2 });
    expect(score.Bo).toBeGreaterThanOrEqual(1);
    expect(json.summary).toMatchObject({ scored: 6, skipped: 1, invalid: 2 });
    expect(json.skipped).toMatchObject([{ file: join(dir, 'fay-indent.yaml') }]);
    const err = r.stderr;
    expect(err).toContain(
      `${join(dir, 'bo-colon.yaml')}:5:11: this answer holds ": " and was read as text`,
    );
    expect(err).toContain(
      `${join(dir, 'dee-id-typo.yaml')}:5:3: item "stepz" is not in set "all-kinds"; read as "steps"`,
    );
    expect(err).toContain(
      `${join(dir, 'eve-rating.yaml')}:5:9: item "rate": rating "6" is not a whole number from 1 to 5`,
    );
    // The over-indented line is named, not the line above it, in plain words.
    expect(err).toContain(
      `${join(dir, 'fay-indent.yaml')}:5:4: this line is not lined up with the lines at its level`,
    );
    expect(err).toContain(
      `${join(dir, 'gus-no-option.yaml')}:4:13: item "pick-one": "z" is not one of its keys (write one key: a, b)`,
    );
    expect(err).not.toMatch(/Nested mappings|compact mappings|Implicit keys/);
  });

  it('says the same in Chinese, with Chinese punctuation', async () => {
    const dir = classFolder();
    const r = await runInProcess(['assess', SET, '--answers', dir, '--lang', 'zh']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${join(dir, 'bo-colon.yaml')}:5:11：这个答案里有“: ”，已当作文字读取`,
    );
    expect(r.stderr).toContain(`题组 "all-kinds" 里没有题目 "stepz"，已按 "steps" 计分`);
    expect(r.stderr).toContain('题目 "rate"：评分 "6" 不是 1 到 5 之间的整数');
    expect(r.stderr).toContain(`${join(dir, 'fay-indent.yaml')}:5:4：这一行没有和同级的行对齐`);
    expect(r.stderr).toContain('题目 "pick-one"："z" 不是它的选项（写一个选项：a、b）');
    expect(r.stderr).not.toMatch(/has no zh-Hans version/);
    expect(r.stdout).toMatch(/pick-one\s+单选\s+0\/1\s+无效/);
  });

  it('`assess --format csv --bom` starts with a byte-order mark so Excel keeps Chinese names', async () => {
    const dir = classFolder();
    writeFileSync(
      join(dir, 'ana-capitals.yaml'),
      SHEETS['ana-capitals.yaml']!.replace('Ana', '蔡文'),
    );
    const r = await runInProcess(['assess', SET, '--answers', dir, '--format', 'csv', '--bom']);
    expect(r.stdout.startsWith('\uFEFFfile,name,')).toBe(true);
    expect(r.stdout).toContain(',蔡文,');
    const refused = await runInProcess(['assess', SET, '--answers', dir, '--bom']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--bom only applies to --format csv');
  });

  it('`assess --check` lists every problem of every sheet without scoring or recording', async () => {
    const dir = classFolder();
    const r = await runInProcess(['assess', SET, '--answers', dir, '--check', '--record']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `✔ ${join(dir, 'ana-capitals.yaml')}: Ana, 2 answers ready to score`,
    );
    expect(r.stdout).toContain(
      `✘ ${join(dir, 'eve-rating.yaml')}: Eve, 1 answer ready to score, 1 not readable (scored zero)`,
    );
    expect(r.stdout).toContain(`✘ ${join(dir, 'fay-indent.yaml')}: cannot be read`);
    expect(r.stdout).toContain('4 sheets ready, 3 to fix');
    expect(r.stdout).not.toContain('PASSED');
    expect(r.stderr).toBe('');
    const clean = await runInProcess([
      'assess',
      SET,
      '--answers',
      join(dir, 'cy-no-brackets.yaml'),
      '--check',
    ]);
    expect(clean.code).toBe(0);
  });
});
