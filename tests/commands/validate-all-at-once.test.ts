// Issue 16, "validation in one pass": a schema problem in one item never hides the answers,
// ids, examples and model answers of the others; every zod message is plain, in en and zh.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const SET = [
  'format: 1',
  'id: Bad Set',
  'lang: en',
  'title: ""',
  'description: d',
  'intro: i',
  'skills: [listening]',
  'items:',
  '  - id: one', // line 9
  '    kind: choice',
  '    prompt: Which?',
  '    options:',
  '      - { key: a, text: A }',
  '      - { key: b, text: B }',
  '    answer: c', // line 15: not an option
  '    explanation: x',
  '  - id: two', // line 17
  '    kind: multi',
  '    prompt: Which?',
  '    options: [{ key: a, text: A }, { key: b, text: B }]',
  '    answers: [a, z]', // line 21: not an option
  '    explanation: x',
  '  - id: three', // line 23: the schema problem
  '    kind: choise',
  '    prompt: p',
  '  - id: one', // line 26: a second "one"
  '    kind: rewrite',
  '    prompt: Rewrite',
  '    original: "That is not my job."',
  '    model_answer: "Let me find the right person for you."',
  '    criteria:',
  '      - id: helps',
  '        label: helps',
  '        any: [banana]',
  '    examples:',
  '      - answer: "I will find out for you."',
  '        expect: pass',
  '    explanation: x',
  '  - id: five',
  '    kind: scale',
  '    prompt: Rate',
  '    statements: [a]',
  '    scale: { min: 1, max: 5, min_label: lo, max_label: hi }',
  '    bands: [{ min: 1, max: 5, label: x, message: y, mesage: z }]',
  '    explanation: x',
  '',
].join('\n');

function besideSet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-one-pass-'));
  writeFileSync(join(dir, 'set.yaml'), SET);
  return dir;
}

describe('validate: every problem of a file in one pass', () => {
  it('checks the sound items beside a broken one: answers, ids, examples, model answers', async () => {
    const cwd = besideSet();
    const r = await runInProcess(['validate', 'set.yaml', '--json'], { cwd });
    expect(r.code).toBe(1);
    const problems = (
      JSON.parse(r.stdout) as { problems: { code: string; line: number; message: string }[] }
    ).problems;
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'invalid-value'],
      [4, 'invalid-value'],
      [15, 'unknown-answer'],
      [21, 'unknown-answer'],
      [24, 'unknown-kind'],
      [26, 'duplicate-id'],
      [30, 'model-answer-score'],
      [36, 'example-verdict'],
      [44, 'unknown-key'],
    ]);
  });

  it('words every problem plainly, items by id, in English and in Chinese', async () => {
    const cwd = besideSet();
    const en = await runInProcess(['validate', 'set.yaml'], { cwd });
    expect(en.stdout).toContain(
      'set.yaml:2:5: id: "Bad Set": use lower-case letters, digits and hyphens',
    );
    expect(en.stdout).toContain('set.yaml:4:8: title: must not be empty');
    expect(en.stdout).toContain('set.yaml:15:13: item "one": answer "c" is not one of a, b');
    expect(en.stdout).toContain('item id "one" is used twice (first on line 9)');
    expect(en.stdout).toContain('item "one": example 1 judged');
    expect(en.stdout).toContain(
      'item "five".bands[0]: unknown key "mesage" (did you mean "message"?)',
    );
    expect(en.stdout).not.toMatch(/Too (big|small)|Invalid input|items\[\d+\]/);
    const zh = await runInProcess(['validate', 'set.yaml', '--lang', 'zh'], { cwd });
    expect(zh.stdout).toContain('set.yaml:2:5：id："Bad Set" 只能用小写字母、数字和连字符');
    expect(zh.stdout).toContain('set.yaml:4:8：title：不能为空');
    expect(zh.stdout).toContain('set.yaml:15:13：题目 "one"：答案 "c" 不在 a, b 之中');
    expect(zh.stdout).toContain('题目 id "one" 用了两次（第一次在第 9 行）');
    expect(zh.stdout).toContain(
      '题目 "five".bands[0]：未知的键 "mesage"（你是不是想写 "message"？）',
    );
    expect(zh.stdout).not.toMatch(/use lower-case|must not be empty|is not one of|unknown key/);
  });

  it('a list too short and a value of the wrong kind are said plainly in both languages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-one-pass-'));
    const text = SET.replace(
      '    options: [{ key: a, text: A }, { key: b, text: B }]',
      '    options: [{ key: a, text: A }]',
    ).replace('    prompt: Rate', '    prompt: Rate\n    points: two');
    writeFileSync(join(dir, 'set.yaml'), text);
    const en = await runInProcess(['validate', 'set.yaml', '--no-examples'], { cwd: dir });
    expect(en.stdout).toContain('item "two".options: has 1 entry; at least 2 needed');
    expect(en.stdout).toContain('item "five".points: expected a number, got text "two"');
    const zh = await runInProcess(['validate', 'set.yaml', '--no-examples', '--lang', 'zh'], {
      cwd: dir,
    });
    expect(zh.stdout).toContain('题目 "two".options：现在有 1 项，至少要 2 项');
    expect(zh.stdout).toContain('题目 "five".points：应为数字，实际是文本 "two"');
  });
});
