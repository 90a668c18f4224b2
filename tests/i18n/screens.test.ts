import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stats } from '../../src/commands/progress/stats.js';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import type { Item } from '../../src/drills/schema.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import { renderFeedback } from '../../src/render/feedback.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { renderSummary } from '../../src/render/summary.js';
import { displayWidth, table, wrap } from '../../src/render/width.js';
import { scoreItem } from '../../src/session/score-item.js';
import { historyContext } from '../commands/history-context.js';
import { ROOT, runInProcess } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';
import { makeRecord } from '../helpers/records.js';

const HAN = /\p{Script=Han}/u;

/** The display column at which `cell` starts on `line` (CJK characters count two). */
function columnOf(line: string, cell: string): number {
  const at = line.indexOf(cell);
  if (at < 0) throw new Error(`"${cell}" is not on the line "${line}"`);
  return displayWidth(line.slice(0, at));
}

/** Every line that holds the cells of one column has them start at the same display column. */
function expectAligned(lines: string[], cells: string[]): void {
  const columns = cells.map((cell, i) => columnOf(lines[i]!, cell));
  expect(new Set(columns).size, `${cells.join(' | ')} start at ${columns.join(', ')}`).toBe(1);
}

const noFreeText: FreeTextJudge = {
  judge() {
    throw new Error('choice items only');
  },
};

function loadSet(path: string) {
  const parsed = parseDrillSet(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.loaded.set;
}

describe('quiz feedback and summary in both languages', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    it(`${lang}: a wrong choice says so, with the right answer and why; the summary has score and pass mark`, async () => {
      const set = loadSet(`${ROOT}drills/listening/${lang}.yaml`);
      const item = set.items.find(
        (i): i is Extract<Item, { kind: 'choice' }> => i.kind === 'choice',
      )!;
      const wrong = item.options.find((o) => o.key !== item.answer)!.key;
      const result = {
        ...scoreItem(item, wrong, { judge: noFreeText, lang, defaultSkill: 'listening' }),
        durationMs: 0,
      };
      const msg = messagesFor(lang);
      const style = await createStyle(false);
      const feedback = renderFeedback(item, result, msg, style, 40);
      expect(feedback).toContain(msg.incorrect);
      expect(feedback).toContain(`${msg.rightAnswer}${msg.colon}`);
      expect(feedback).toContain(`${msg.explanation}${msg.colon}`);
      for (const line of feedback.trimEnd().split('\n'))
        expect(displayWidth(line), line).toBeLessThanOrEqual(40);
      const summary = renderSummary(
        makeRecord({ score: 1, max: 3, passed: false, lang }),
        undefined,
        msg,
        style,
      );
      expect(summary).toContain(msg.notPassed(70));
      expect(summary).toContain(msg.firstAttempt);
      if (lang === 'zh-Hans') expect(feedback + summary).toContain('还不对');
      else expect(feedback + summary).toContain('Not quite');
    });
  }
});

describe('tables line up by display width when cells hold Chinese', () => {
  it('table() pads by display width', () => {
    const rows = [
      ['题目', '题型', '结果'],
      ['fact-or-feeling-1', '单选', '正确'],
      ['x', 'choice', '部分正确'],
    ];
    const lines = table(rows).split('\n');
    expectAligned(lines, ['题型', '单选', 'choice']);
    expectAligned(lines, ['结果', '正确', '部分正确']);
  });

  it('`list` in Chinese: header and rows start each column at the same display column', async () => {
    const r = await runInProcess(['list', '--lang', 'zh']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^题组\s+标题\s+语言\s+题数\s+最近\s+最好\s+技能$/);
    expect(lines.slice(1).some((l) => HAN.test(l))).toBe(true);
    expectAligned(lines, ['语言', ...lines.slice(1).map(() => 'en,zh-Hans')]);
    const en = await runInProcess(['list']);
    expect(en.stdout).toMatch(/^SET\s+TITLE\s+LANG\s+ITEMS\s+LAST\s+BEST\s+SKILLS\n/);
  });

  it('`stats` in both languages, aligned', async () => {
    const en = historyContext();
    await stats(en.ctx, {});
    expect(en.out()).toContain('Progress of ana');
    const zh = historyContext();
    zh.ctx.lang = 'zh-Hans';
    await stats(zh.ctx, {});
    const out = zh.out();
    expect(out).toContain('ana 的进步');
    expect(out).toContain('完成练习 7 次，复习 1 次，中途停止 1 次 · 总体 54.2%');
    const lines = out.split('\n');
    const head = lines.find((l) => l.startsWith('技能  '))!;
    const listening = lines.find((l) => l.startsWith('listening  5'))!;
    expectAligned([head, listening], ['次数', '5']);
    expectAligned([head, listening], ['趋势', '▁']);
    const calibration = lines.find((l) => l.includes('高估自己'))!;
    const calHead = lines.find((l) => /^技能\s+实测/.test(l))!;
    expectAligned([calHead, calibration], ['差距', '+27.8']);
    expect(zh.err()).toContain('这一行已损坏');
  });

  it('`assess` table in Chinese: per-item rows under their headers', async () => {
    const r = await runInProcess([
      'assess',
      fixturePath('drills/good-set.yaml'),
      '--answers',
      fixturePath('sheets/class/bo.json'),
      '--lang',
      'zh',
    ]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Bo {2}1\.67\/5（33\.4%）未通过（及格线 60%）/);
    const head = lines.find((l) => l.includes('题目'))!;
    const partial = lines.find((l) => l.includes('pick-many'))!;
    const missing = lines.find((l) => l.includes('steps'))!;
    expectAligned([head, partial, missing], ['结果', '部分正确', '未作答']);
    expectAligned([head, partial, missing], ['得分', '1/2', '0/1']);
    expect(r.stdout).toMatch(/评了 1 张答题卡：0 人通过，1 人未通过/);
  });
});

describe('errors and help in both languages', () => {
  it('`validate` words each problem in the interface language, same codes and positions', async () => {
    const file = 'tests/fixtures/drills/broken-set.yaml';
    const en = await runInProcess(['validate', file]);
    const zh = await runInProcess(['validate', file, '--lang', 'zh']);
    expect([en.code, zh.code]).toEqual([1, 1]);
    const where = (out: string) =>
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/[:：]\s?(?=\D)/)[0]);
    expect(where(zh.stdout)).toEqual(where(en.stdout));
    expect(en.stdout).toContain(`${file}:36:5: item "five": missing required key "explanation"`);
    expect(zh.stdout).toContain(`${file}:36:5：题目 "five"：缺少必需的键 "explanation"`);
    expect(zh.stdout).toContain(
      `${file}:38:13：题目 "five".prompt：应为文本，实际是数字 12（请加上引号）`,
    );
    expect(zh.stderr).toContain('检查了 1 个文件：1 个文件中有 9 个问题');
    const json = JSON.parse(
      (await runInProcess(['validate', file, '--json', '--lang', 'zh'])).stdout,
    );
    expect(json.problems[7].message).toBe('item "five": missing required key "explanation"');
  });

  it('an unknown set: the error in Chinese, exit code 2', async () => {
    const r = await runInProcess(['start', 'listenin'], { env: { CS_DRILL_LANG: 'zh' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cs-drill: 没有名为 "listenin" 的题组（你是不是想找 "listening"？');
  });

  it('`--help` in Chinese: titles, descriptions, the help option and examples', async () => {
    const r = await runInProcess(['--help', '--lang', 'zh']);
    expect(r.code).toBe(0);
    for (const s of [
      '用法：',
      '选项：',
      '命令：',
      '示例：',
      '列出可以练习的题组',
      '显示命令的帮助',
      '显示版本号',
    ])
      expect(r.stdout).toContain(s);
    const sub = await runInProcess(['start', '--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    for (const s of ['参数：', '全局选项：', '接着做这个题组最近一次中断的练习'])
      expect(sub.stdout).toContain(s);
    const en = await runInProcess(['start', '--help']);
    for (const s of [
      'Usage:',
      'Arguments:',
      'Global Options:',
      'continue your latest interrupted session',
    ])
      expect(en.stdout).toContain(s);
  });
});

describe('wrapping at 40 columns', () => {
  const english =
    'An open opener invites the customer to tell you in their own words what they need, without guessing for them.';
  const chinese =
    '开放式的开场白请客户用自己的话说出需要什么，而不是替客户猜测。先听完整，再确认你的理解，最后才给出方案。';

  it.each([
    ['English', english],
    ['Chinese', chinese],
  ])('%s: no line wider than 40, nothing lost, no word or character cut', (_name, text) => {
    const wrapped = wrap(text, 40);
    const lines = wrapped.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
    expect(lines.join(HAN.test(text) ? '' : ' ')).toBe(text);
  });

  // Commander leaves a description unwrapped when its column is under 40 wide, in any language.
  it('Chinese help wraps its descriptions at the terminal width by display width', async () => {
    const { createProgram } = await import('../../src/cli.js');
    let out = '';
    const ctx = { ...historyContext().ctx, lang: 'zh-Hans' as const };
    const program = createProgram(ctx, '0.0.0', () => {});
    const exportCmd = program.commands.find((c) => c.name() === 'export')!;
    exportCmd.configureOutput({ writeOut: (s) => (out += s), getOutHelpWidth: () => 70 });
    exportCmd.outputHelp();
    expect(out).toContain('选项：');
    for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(70);
  });
});
