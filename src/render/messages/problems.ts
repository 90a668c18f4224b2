import type { Lang } from '../../drills/schema.js';
import { formatProblem, type Problem } from '../../errors.js';
import { sanitize } from '../sanitize.js';
import { errnoWords, plainErrno } from './errno.js';
import { kindLabel, kindLabels } from './kinds.js';

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
            ? '已忽略；答题卡只有 sheet、set、lang、hash、name 和 answers 这几个键'
            : p.near
              ? `你是不是想写 ${nearList(p)}？`
              : '检查拼写；`cs-drill schema` 列出所有的键',
        }
      : undefined,
  'unknown-kind': (p) => ({
    message: `${where(p)}kind 缺失或不认识`,
    hint: `${p.near ? `你是不是想写 ${nearList(p)}？` : ''}kind 只能是 choice、multi、order、classify、ask、paraphrase、rewrite、scale、roleplay 之一`,
  }),
  'missing-key': (p) =>
    has(p, 'key')
      ? { message: `${zhWhere(String(p.where || '文件'))}：缺少必需的键 "${p.key}"` }
      : undefined,
  'invalid-value': (p) => {
    const w = zhWhere(String(p.where || '文件'));
    if (has(p, 'expected', 'got'))
      return {
        message: `${w}：应为${WANT[String(p.expected)] ?? p.expected}，实际是${got(p)}${p.quote ? '（请加上引号）' : ''}`,
      };
    if (has(p, 'values'))
      return { message: `${w}：只能是 ${String(p.values).split('\n').join(' 或 ')}` };
    if (has(p, 'empty')) return { message: `${w}：不能为空` };
    if (has(p, 'count')) {
      const unit = p.origin === 'string' ? '个字符' : '项';
      return {
        message: `${w}：现在有 ${p.count} ${unit}，${has(p, 'max') ? `最多 ${p.max} ${unit}` : `至少要 ${p.min} ${unit}`}`,
      };
    }
    if (has(p, 'max') || has(p, 'min')) {
      const bound = has(p, 'max')
        ? `太大，${p.strict ? '要小于' : '最多'} ${p.max}`
        : `太小，${p.strict ? '要大于' : '至少'} ${p.min}`;
      return { message: `${w}：${p.value} ${bound}` };
    }
    if (has(p, 'format'))
      return {
        message: `${w}：${p.value} ${FORMAT_ZH[String(p.format)] ?? '格式不对'}`,
      };
    if (has(p, 'wants'))
      return {
        message: `${w}：应为${String(p.wants)
          .split('\n')
          .map((x) => WANT_EN_ZH[x] ?? x)
          .join('或')}`,
      };
    if (has(p, 'form')) return { message: `${w}：不是这个键接受的任何一种写法` };
    return undefined;
  },
  'same-set-id': (p) =>
    has(p, 'files')
      ? {
          message: `题组 "${p.id}"（${p.lang}）出现在 ${p.count} 个文件里：${p.files}`,
          hint: '给每套题一个自己的 id，或者直接写出要用的文件（cs-drill assess ./文件.yaml …）',
        }
      : undefined,
  'not-sets-skipped': (p) =>
    has(p, 'count')
      ? { message: `这里有 ${p.count} 个文件不是题组（答题卡或其他 YAML），已略过` }
      : undefined,
  'not-a-set': (p) =>
    p.kind === 'sheet'
      ? {
          message: '这是答题卡，不是题组文件',
          hint: '用 `cs-drill assess <题组> --answers <这个文件>` 评分',
        }
      : {
          message: '这不是题组文件（没有 items、title 或 format）',
          hint: '`cs-drill new` 会写出一个题组文件供你开始',
        },
  'duplicate-id': (p) =>
    has(p, 'first')
      ? {
          message: `题目 id "${p.id}" 用了两次（第一次在第 ${p.first} 行）`,
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
          message: `题目 "${p.id}"：第 ${p.example} 个示例答案判为 ${p.verdict}（${p.score}/${p.max}${p.missed ? `；未满足：${p.missed}` : ''}${p.flagged ? `；触发：${p.flagged}` : ''}），作者期望 ${p.expect}`,
          hint: '用更通用的说法放宽评分要点，或者改正期望的结果',
        }
      : undefined,
  'model-answer-score': (p) =>
    has(p, 'verdict')
      ? {
          message: `题目 "${p.id}"：参考答案只得 ${p.score}/${p.max}（${p.verdict}${p.missed ? `；未满足：${p.missed}` : ''}${p.flagged ? `；触发：${p.flagged}` : ''}），不是满分`,
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
  'unsafe-out': (p) => outZh(p),
  'unsafe-path': (p) => unsafePathZh(p),
  'history-unreadable': (p) => {
    const what = READ_WHAT_ZH[String(p.what)];
    if (what === undefined) return undefined;
    if (has(p, 'errno')) {
      const words = errnoWords(String(p.errno), 'zh-Hans');
      return {
        message: `无法读取${what}：${words?.reason ?? p.errno}`,
        hint: words?.fix ?? MOVE_ASIDE,
      };
    }
    return has(p, 'kind')
      ? { message: `无法读取${what}：它${kindZh(p.kind)}`, hint: MOVE_ASIDE }
      : undefined;
  },
  'history-not-saved': (p) => {
    const errno = String(p.errno);
    const reason = NOT_SAVED_ZH[errno] ?? errnoWords(errno, 'zh-Hans')?.reason;
    return reason === undefined ? undefined : { message: reason };
  },
  'history-damaged': () => ({ message: '这一行已损坏（可能是写入时被中断）' }),
  'history-newer': () => ({ message: '这条记录由更新版本的 cs-drill 写入，本版本读不了' }),
  'set-among-sheets': () => ({
    message: '这是题组文件，不是答题卡',
    hint: '答题卡文件夹里可以放它们对应的题组：已略过',
  }),
  'results-among-sheets': () => ({
    message: '这个 CSV 是评分结果（有 session_id 列），不是答案',
    hint: '评分结果请放在答题卡文件夹之外',
  }),
  'csv-no-name': () => ({
    message: '第一行没有 "name" 列',
    hint: '第一行是 "name"，然后每道题的 id 各占一列：`cs-drill template <题组> --format csv` 会写出它',
  }),
  'csv-syntax': () => ({
    message: '有一个用引号开始的单元格没有结束',
    hint: '在单元格末尾加上引号："……"',
  }),
  'not-a-sheet': () => ({ message: '这不是答题卡（应有 set、name、answers 等键）' }),
  'no-answers': () => ({ message: '答题卡里没有 "answers:" 部分' }),
  'wrong-set': (p) =>
    has(p, 'sheetSet')
      ? { message: `这张答题卡是题组 "${p.sheetSet}" 的，不是 "${p.set}" 的` }
      : undefined,
  'unknown-item': (p) =>
    has(p, 'item', 'set')
      ? {
          message: `题组 "${p.set}" 里没有题目 "${p.item}"，这个答案不计分`,
          hint: p.near
            ? `你是不是想写 ${String(p.near)
                .split('\n')
                .map((n) => `"${n}"`)
                .join(' 或 ')}？`
            : '请检查拼写；`cs-drill template <题组>` 列出所有题目',
        }
      : undefined,
  'item-guessed': (p) => ({
    message: `题组 "${p.set}" 里没有题目 "${p.item}"，已按 "${p.guess}" 计分`,
    hint: `请写成 "${p.guess}:"`,
  }),
  'key-guessed': (p) => ({
    message: `已把 "${p.key}" 当作 "${p.guess}"`,
    hint: `请写成 "${p.guess}:"`,
  }),
  'duplicate-item': (p) => ({
    message: `题目 "${p.item}" 答了两次，只计第一个答案`,
    hint: '只保留一个',
  }),
  'colon-in-answer': () => ({
    message: '这个答案里有“: ”，已当作文字读取',
    hint: '请给答案加上引号："……"',
  }),
  'not-an-option': (p) => ({
    message: `题目 "${p.item}"："${p.value}" 不是它的选项`,
    hint: howZh(p),
  }),
  'repeated-key': (p) => ({ message: `题目 "${p.item}"："${p.value}" 写了两次`, hint: howZh(p) }),
  'wrong-count': (p) => ({
    message: `题目 "${p.item}"：应有 ${p.expected} 个答案，实际有 ${p.got} 个`,
    hint: howZh(p),
  }),
  'out-of-range': (p) => ({
    message: `题目 "${p.item}"：评分 "${p.value}" 不是 ${p.min} 到 ${p.max} 之间的整数`,
    hint: howZh(p),
  }),
  'wrong-shape': (p) =>
    has(p, 'item', 'kind')
      ? {
          message: `题目 "${p.item}"（${kindLabel(kindLabels.zh, String(p.kind))}）的答案格式不对`,
          hint: howZh(p),
        }
      : undefined,
  'set-changed': (p) =>
    has(p, 'set')
      ? {
          message: `这张答题卡是为另一个版本的 "${p.set}" 做的（hash ${p.sheetHash}，现在是 ${p.hash}）；答案已按当前版本检查`,
        }
      : undefined,
  'missing-name': (p) => ({
    message: '答题卡没有写是谁的',
    hint: has(p, 'column', 'row')
      ? `在第 ${p.row} 行的 "${p.column}" 列写上学员姓名`
      : '请填写 `name:`',
  }),
  'lang-fallback': (p) =>
    has(p, 'used')
      ? { message: `题组 "${p.set}" 没有 ${p.wanted} 版本，按 ${p.used} 评分` }
      : undefined,
};

/** `--out`/`--into` refused (src/history/out-target.ts), by its reason. */
function outZh(p: Params): Worded {
  const named = `${p.option} 给出的文件`;
  switch (p.reason) {
    case 'unchecked': {
      const words = errnoWords(String(p.errno), 'zh-Hans');
      return {
        message: `无法检查${named}：${words?.reason ?? p.errno}`,
        ...(words ? { hint: words.fix } : {}),
      };
    }
    case 'no-directory':
      return { message: `${named}所在的目录不存在`, hint: '请先创建这个目录' };
    case 'link':
      return {
        message: `${p.option} 给出的是符号链接；cs-drill 不通过链接写入`,
        hint: '请给出真正的文件',
      };
    case 'not-a-file':
      return {
        message: `${named}${kindZh(p.kind)}；cs-drill 只写普通文件`,
        hint: p.kind === 'directory' ? '请给出这个目录里的一个文件名' : '请给出一个文件名',
      };
    case 'data-directory':
      return {
        message: `${named}在 cs-drill 自己的数据目录里，那里的文件只由 cs-drill 写入`,
        hint: '请写到别的地方',
      };
    case 'exists':
      return { message: `${named}已经存在`, hint: '加上 --force 才会替换它' };
    case 'not-a-history':
      return {
        message: `${named}看起来不是 cs-drill 练习记录（第一行不是练习记录）`,
        hint: '请检查文件名，或加上 --force 仍然合并进去',
      };
    default:
      return undefined;
  }
}

/** A path of cs-drill's own data refused (src/history/safe-file.ts), by its reason. */
function unsafePathZh(p: Params): Worded {
  const linkHint = '请用真正的文件或目录替换这个链接，或把 CS_DRILL_HOME 设为它';
  switch (p.reason) {
    case 'dangling-link':
      return {
        message: '这是一个符号链接，但它指向的地方不存在',
        hint: '请删掉这个链接，或让它指向一个文件',
      };
    case 'foreign-link':
      return {
        message: `这是另一个用户（uid ${p.uid}）的符号链接；cs-drill 不跟随它`,
        hint: linkHint,
      };
    case 'link-outside-home':
      return {
        message: `这是指向 ${p.target} 的符号链接，在你的主目录之外；cs-drill 不跟随它`,
        hint: linkHint,
      };
    case 'foreign-owner':
      return {
        message: `它属于另一个用户（uid ${p.uid}）；cs-drill 只写自己用户的文件`,
        hint: '请把 CS_DRILL_HOME 设为你自己的一个目录',
      };
    case 'not-a-directory':
      return { message: `它${kindZh(p.kind)}，不是目录` };
    case 'not-a-file':
      return { message: `它${kindZh(p.kind)}，不是练习记录文件` };
    default:
      return undefined;
  }
}

/** What a non-regular file is (src/history/safe-file.ts `FileKind`), as a Chinese predicate. */
const KIND_ZH: Record<string, string> = {
  directory: '是一个目录',
  fifo: '是命名管道（FIFO）',
  device: '是设备文件',
  socket: '是套接字',
  link: '是符号链接',
};

function kindZh(kind: unknown): string {
  return KIND_ZH[String(kind)] ?? '不是普通文件';
}

const READ_WHAT_ZH: Record<string, string> = {
  history: '练习记录',
  regrades: '改分记录',
  index: '练习记录索引',
};
const MOVE_ASIDE = '请把它移到别处，或让 CS_DRILL_HOME 指向存放你的练习记录的目录';

/** Why a session could not be saved (src/history/save-session.ts), by the system error name. */
const NOT_SAVED_ZH: Record<string, string> = {
  EACCES: '没有写入练习记录文件的权限',
  EPERM: '没有写入练习记录文件的权限',
  EROFS: '练习记录所在的文件系统是只读的',
  ENOSPC: '磁盘已满',
  EISDIR: '练习记录的路径是一个目录',
  ENOTDIR: '练习记录的路径中有一部分是文件，不是目录',
};

/** YAML syntax problems (src/drills/yaml-wording.ts), by yaml code and the missing character. */
const YAML_ZH: Record<string, { message: string; hint: string }> = {
  COLON_IN_TEXT: { message: '这段文字里有“: ”，需要加引号', hint: '把整个值用引号括起来："……"' },
  BAD_INDENT: { message: '这一行没有和同级的行对齐', hint: '用和同级其他键一样多的空格缩进' },
  TAB_AS_INDENT: { message: '这一行用了制表符（Tab）缩进', hint: '请用空格缩进' },
  BAD_SCALAR_START: { message: '值不能以这个字符开头，除非加引号', hint: '给这个值加上引号' },
  BAD_DQ_ESCAPE: {
    message: '双引号里的反斜杠开始了一个不认识的转义',
    hint: '反斜杠请写成 \\\\，或改用单引号',
  },
  MULTIPLE_DOCS: { message: '一行“---”开始了文件里的第二个文档', hint: '删掉“---”这一行' },
  UNEXPECTED_TOKEN: { message: '这里有东西放错了位置', hint: '和前后几行对照一下' },
  'MISSING_CHAR]': { message: '用“[”开始的列表没有结束', hint: '在列表末尾加上“]”' },
  'MISSING_CHAR}': { message: '用“{”开始的映射没有结束', hint: '在末尾加上“}”' },
  'MISSING_CHAR"': { message: '用引号开始的文字没有结束', hint: '用同样的引号结束这段文字' },
};

/** How to write an answer of each kind, in Chinese. */
function howZh(params: Params): string {
  const p: Params & { keys: string } = {
    ...params,
    keys: String(params.keys ?? '').replaceAll(', ', '、'),
  };
  const cell = p.cell !== undefined;
  switch (p.kind) {
    case 'choice':
      return `写一个选项：${p.keys}`;
    case 'multi':
      return cell
        ? `写出所有适用的选项，用逗号隔开，例如 ${p.keys.split('、').slice(0, 2).join(', ')}`
        : `写出所有适用的选项，例如 [${p.keys.split('、').slice(0, 2).join(', ')}]`;
    case 'order':
      return `按顺序写出全部 ${p.count} 个步骤：${p.keys}${cell ? '，用逗号隔开' : ''}`;
    case 'classify':
      return `每条陈述写一个类别，可选：${p.keys}${cell ? '；按陈述的顺序用逗号隔开' : ''}`;
    case 'scale':
      return `每条陈述写一个 ${p.min} 到 ${p.max} 之间的整数${cell ? '，用逗号隔开' : ''}`;
    case 'roleplay':
      return cell ? '在单元格里每行写一句回复' : '每行一句回复，以“- ”开头';
    default:
      return cell ? '把答案直接写在单元格里' : '把答案写成文字，加上引号';
  }
}

const WANT: Record<string, string> = {
  string: '文本',
  array: '列表',
  object: '映射',
  number: '数字',
  boolean: '是/否（true/false）',
};
/** The rules the schema's text patterns stand for (src/drills/schema.ts). */
const FORMAT_ZH: Record<string, string> = {
  slug: '只能用小写字母、数字和连字符（例如 "open-questions-1"）',
  key: '只能用字母、数字、"_" 或 "-"',
};
/** The English names of kinds of value (src/drills/parse-set.ts), in Chinese. */
const WANT_EN_ZH: Record<string, string> = {
  text: '文本',
  'a list': '列表',
  'a mapping': '映射',
  'a number': '数字',
  'true or false': '是/否（true/false）',
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

function nearList(p: Params): string {
  return String(p.near)
    .split('\n')
    .map((n) => `"${n}"`)
    .join(' 或 ');
}

function where(p: Params): string {
  return p.where ? `${zhWhere(String(p.where))}：` : '';
}

/** `item "greet".options[1]` → `题目 "greet".options[1]`: the path stays, the word is Chinese. */
function zhWhere(where: string): string {
  return where.replace(/^item "/, '题目 "');
}

function has(p: Params, ...keys: string[]): boolean {
  return keys.every((k) => p[k] !== undefined);
}

/** The problem worded in `lang` (same code, file and position). */
export function localizeProblem(problem: Problem, lang: Lang): Problem {
  if (lang !== 'zh-Hans') return problem;
  const params = problem.params ?? {};
  const worded =
    params.yamlCode === 'DUPLICATE_KEY'
      ? { message: `同一层里键“${params.key}”写了两次`, hint: '只保留一个' }
      : params.yamlCode !== undefined
        ? YAML_ZH[`${params.yamlCode}${params.missing ?? ''}`]
        : ZH[problem.code]?.(params);
  if (!worded) return problem;
  const { hint: _englishHint, ...rest } = problem;
  // The item a drill-file problem is in (src/drills/parse-set.ts names it in English).
  const at = params.at === undefined ? '' : `${zhWhere(String(params.at))}：`;
  return {
    ...rest,
    message: `${at}${worded.message}`,
    ...(worded.hint ? { hint: worded.hint } : {}),
  };
}

/** file:line:col: message (hint), in the interface language. */
export function formatProblemIn(problem: Problem, lang: Lang): string {
  const worded = localizeProblem(problem, lang);
  // A system error name (EACCES) is never printed: plain words and a fix instead.
  const p = (worded === problem && plainErrno(problem, lang)) || worded;
  // Only a problem worded in Chinese (by its code, or by the command that raised it) gets
  // Chinese punctuation around it.
  if (!(lang === 'zh-Hans' && /[\u4e00-\u9fff]/.test(p.message))) return formatProblem(p);
  const at = p.file ? `${p.file}${p.line ? `:${p.line}${p.col ? `:${p.col}` : ''}` : ''}：` : '';
  return `${at}${p.message}${p.hint ? `（${p.hint}）` : ''}`;
}

/** Several problems on one line (why a session was not saved); English exactly as before. */
export function problemsInline(problems: readonly Problem[], lang: Lang): string {
  if (lang !== 'zh-Hans') return problems.map(formatProblem).join('; ');
  return problems.map((p) => formatProblemIn(p, lang)).join('；');
}

/** The same, with untrusted parts made safe to print. */
export function formatProblemSafe(problem: Problem, lang: Lang): string {
  return sanitize(formatProblemIn(problem, lang));
}
