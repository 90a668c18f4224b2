import type { Lang } from '../../drills/schema.js';
import { formatProblem, type Problem } from '../../errors.js';
import { sanitize } from '../sanitize.js';

type Params = Record<string, string | number>;
type Worded = { message: string; hint?: string } | undefined;

/**
 * Problems from the pure validators (drill files, answer sheets, the history) are made
 * without a language: English `message` and `hint`, plus `params`. Here they are worded in
 * Chinese by their stable code, at the one place that prints them. A problem without the
 * params a wording needs keeps its English text: nothing is ever lost, only left untranslated.
 */
const ZH: Record<string, (p: Params) => Worded> = {
  'unknown-key': (p) =>
    has(p, 'keys')
      ? {
          message: `${where(p)}未知的键 ${p.keys}`,
          hint: p.sheet
            ? '答题卡只有 sheet、set、lang、hash、name 和 answers 这几个键'
            : '检查拼写；`cs-drill schema` 列出所有的键',
        }
      : undefined,
  'unknown-kind': (p) => ({
    message: `${where(p)}kind 缺失或不认识`,
    hint: 'kind 只能是 choice、multi、order、classify、ask、paraphrase、rewrite、scale 之一',
  }),
  'missing-key': (p) =>
    has(p, 'key') ? { message: `${p.where || '文件'}：缺少必需的键 "${p.key}"` } : undefined,
  'invalid-value': (p) => {
    if (has(p, 'expected', 'got'))
      return {
        message: `${p.where || '文件'}：应为${WANT[String(p.expected)] ?? p.expected}，实际是${got(p)}${p.quote ? '（请加上引号）' : ''}`,
      };
    if (has(p, 'values'))
      return {
        message: `${p.where || '文件'}：只能是 ${String(p.values).split('\n').join(' 或 ')}`,
      };
    return undefined;
  },
  'duplicate-id': (p) =>
    has(p, 'first')
      ? {
          message: `题目 id "${p.id}" 用了两次（第一次在 items[${p.first}]）`,
          hint: '每道题要有自己的 id',
        }
      : has(p, 'criterion')
        ? { message: `评分要点 id "${p.criterion}" 用了两次` }
        : undefined,
  'unknown-skill': (p) =>
    has(p, 'skill')
      ? {
          message: `技能 "${p.skill}" 不在这套题的 skills 里（${p.skills}）`,
          hint: '把它加到开头的 `skills:` 里',
        }
      : undefined,
  'duplicate-answer': (p) =>
    has(p, 'answer') ? { message: `答案 "${p.answer}" 列了两次` } : undefined,
  'empty-rubric': (p) =>
    has(p, 'kind')
      ? {
          message: `${p.kind} 题 "${p.id}" 没有评分要点`,
          hint: '加上 `criteria:`，写出好答案应包含的事实或要素',
        }
      : undefined,
  'empty-pattern': (p) =>
    has(p, 'pattern') ? { message: `模式 ${p.pattern} 除了省略号之外没有词` } : undefined,
  'invalid-scale': (p) =>
    has(p, 'min') ? { message: `量表的 min（${p.min}）必须小于 max（${p.max}）` } : undefined,
  'band-gap': (p) =>
    has(p, 'total')
      ? {
          message: `总分 ${p.total} 不落在任何一档（总分范围 ${p.lowest} 到 ${p.highest}）`,
          hint: '让各档正好覆盖每一个总分一次',
        }
      : undefined,
  'band-overlap': (p) =>
    has(p, 'total')
      ? {
          message: `总分 ${p.total} 同时落在 ${p.hits} 档（总分范围 ${p.lowest} 到 ${p.highest}）`,
          hint: '让各档正好覆盖每一个总分一次',
        }
      : undefined,
  'duplicate-key': (p) =>
    has(p, 'field') ? { message: `${p.field} 的键 "${p.key}" 用了两次` } : undefined,
  'unknown-answer': (p) =>
    has(p, 'key')
      ? { message: `${WHAT[String(p.what)] ?? p.what} "${p.key}" 不在 ${p.keys} 之中` }
      : undefined,
  'roleplay-duplicate-id': (p) => ({
    message: `轮次或结局的 id "${p.id}" 用了两次`,
    hint: '每个轮次和结局都要有自己的 id',
  }),
  'roleplay-unknown-turn': (p) => ({
    message: `轮次 "${p.turn}" 指向 "${p.target}"，但它既不是轮次也不是结局`,
    hint: `可用的有：${p.known}`,
  }),
  'roleplay-unreachable': (p) => ({
    message: `从第一轮 "${p.first}" 出发到不了 "${p.turn}"`,
    hint: '让前面某一轮的分支指向它，或者删掉它',
  }),
  'roleplay-no-exit': (p) => ({
    message: `从轮次 "${p.turn}" 出发，哪条分支都走不到结局：对话会无限循环`,
    hint: '让循环里至少一轮的某个分支通向结局或跳出循环',
  }),
  'roleplay-unknown-ending': (p) => ({
    message: `示例的结局 "${p.ending}" 不在 endings 中（${p.endings}）`,
    hint: '写出这组回答应当走到的结局',
  }),
  'example-ending': (p) => ({
    message: `"${p.id}"：第 ${p.example} 个示例对话走到了 ${p.ending}，作者期望 ${p.expect}（路径：${p.path}）`,
    hint: '用更通用的说法放宽这一轮的评分要点，或者改正期望的结局',
  }),
  'example-verdict': (p) =>
    has(p, 'verdict')
      ? {
          message: `items[${p.index}] "${p.id}"：示例答案判为 ${p.verdict}（${p.score}/${p.max}${p.missed ? `；未满足：${p.missed}` : ''}${p.flagged ? `；触发：${p.flagged}` : ''}），作者期望 ${p.expect}`,
          hint: '用更通用的说法放宽评分要点，或者改正期望的结果',
        }
      : undefined,
  'model-answer-score': (p) =>
    has(p, 'verdict')
      ? {
          message: `items[${p.index}] "${p.id}"：参考答案只得 ${p.score}/${p.max}（${p.verdict}${p.missed ? `；未满足：${p.missed}` : ''}${p.flagged ? `；触发：${p.flagged}` : ''}），不是满分`,
          hint: '学员照着参考答案说也得拿满分：放宽评分要点，或者改好参考答案',
        }
      : undefined,
  'invalid-user': (p) =>
    has(p, 'name')
      ? { message: `“${p.name}”不能用作用户名`, hint: '请用 1 到 64 个可打印字符' }
      : undefined,
  'duplicate-set': (p) =>
    has(p, 'key') ? { message: `题组 ${p.key} 在 ${p.owner} 中也有定义` } : undefined,
  'unknown-set': (p) =>
    has(p, 'path')
      ? {
          message: `"${p.path}" 处没有题目文件`,
          hint: '请给出 `cs-drill list` 中的题组 id，或一个已有 .yaml 文件的路径',
        }
      : has(p, 'set')
        ? {
            message: `没有名为 "${p.set}" 的题组`,
            hint: p.near
              ? `你是不是想找 ${String(p.near)
                  .split('\n')
                  .map((n) => `"${n}"`)
                  .join(' 或 ')}？\`cs-drill list\` 列出所有题组`
              : '`cs-drill list` 列出所有题组',
          }
        : undefined,
  'unknown-tag': (p) =>
    has(p, 'tag')
      ? {
          message: `"${p.set}" 里没有带标签 "${p.tag}" 的题`,
          hint: '`cs-drill list --tags` 列出可用的标签',
        }
      : undefined,
  'history-damaged': () => ({ message: '这一行已损坏（可能是写入时被中断）' }),
  'history-newer': () => ({ message: '这条记录由更新版本的 cs-drill 写入，本版本读不了' }),
  'not-a-sheet': () => ({ message: '这不是答题卡（应有 set、name、answers 等键）' }),
  'no-answers': () => ({ message: '答题卡里没有 "answers:" 部分' }),
  'wrong-set': (p) =>
    has(p, 'sheetSet')
      ? { message: `这张答题卡是题组 "${p.sheetSet}" 的，不是 "${p.set}" 的` }
      : undefined,
  'unknown-item': (p) =>
    has(p, 'item', 'set') ? { message: `题组 "${p.set}" 里没有题目 "${p.item}"` } : undefined,
  'set-changed': (p) =>
    has(p, 'set')
      ? {
          message: `这张答题卡是为另一个版本的 "${p.set}" 做的（hash ${p.sheetHash}，现在是 ${p.hash}）；答案已按当前版本检查`,
        }
      : undefined,
  'missing-name': () => ({ message: '答题卡没有写是谁的' }),
};

const WANT: Record<string, string> = {
  string: '文本',
  array: '列表',
  object: '映射',
  number: '数字',
  boolean: '是/否（true/false）',
};
const WHAT: Record<string, string> = { answer: '答案', category: '类别' };

function got(p: Params): string {
  switch (p.got) {
    case 'null':
      return '空值';
    case 'array':
      return '列表';
    case 'object':
      return '映射';
    default:
      return `${WANT[String(p.got)] ?? p.got} ${p.value ?? ''}`.trimEnd();
  }
}

function where(p: Params): string {
  return p.where ? `${p.where}：` : '';
}

function has(p: Params, ...keys: string[]): boolean {
  return keys.every((k) => p[k] !== undefined);
}

/** The problem worded in `lang` (same code, file and position). */
export function localizeProblem(problem: Problem, lang: Lang): Problem {
  if (lang !== 'zh-Hans') return problem;
  const worded = ZH[problem.code]?.(problem.params ?? {});
  if (!worded) return problem;
  const { hint: _englishHint, ...rest } = problem;
  return { ...rest, message: worded.message, ...(worded.hint ? { hint: worded.hint } : {}) };
}

/** file:line:col: message (hint), in the interface language. */
export function formatProblemIn(problem: Problem, lang: Lang): string {
  const p = localizeProblem(problem, lang);
  // Only a problem worded in Chinese (by its code, or by the command that raised it) gets
  // Chinese punctuation around it.
  if (p === problem && !(lang === 'zh-Hans' && /[\u4e00-\u9fff]/.test(p.message)))
    return formatProblem(p);
  const at = p.file ? `${p.file}${p.line ? `:${p.line}${p.col ? `:${p.col}` : ''}` : ''}：` : '';
  return `${at}${p.message}${p.hint ? `（${p.hint}）` : ''}`;
}

/** The same, with untrusted parts made safe to print. */
export function formatProblemSafe(problem: Problem, lang: Lang): string {
  return sanitize(formatProblemIn(problem, lang));
}

/** The codes worded in Chinese, for the test that every validator code has a wording. */
export const ZH_PROBLEM_CODES: readonly string[] = Object.keys(ZH);
