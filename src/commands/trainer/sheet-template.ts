import { emptySlot, SHEET_FORMAT } from '../../answers/sheet-format.js';
import type { LoadedSet } from '../../drills/parse-set.js';
import type { Item, Lang } from '../../drills/schema.js';
import { kindLabels } from '../../render/messages/kinds.js';
import { sanitize } from '../../render/sanitize.js';
import { goodPath } from '../../roleplay/graph.js';

/** Instructions written into templates: what to fill in and in which shape. */
const en = {
  title: (title: string, id: string, lang: string) => `Answer sheet: ${title} (${id}, ${lang})`,
  how: (command: string) => [
    'Fill in the name and every answer, then score it with',
    `  ${command}`,
    'An answer left empty scores zero and is listed as missing.',
    'Do not change set, lang or hash: they say which version of the set this sheet is for.',
  ],
  thisFile: '<this file>',
  name: "the trainee's name",
  kind: kindLabels.en,
  head: (n: number, prompt: string, kind: string, points: number) =>
    `${n}. ${prompt} (${kind}, ${points} ${points === 1 ? 'point' : 'points'})`,
  choice: (keys: string) => `write one key: ${keys}`,
  multi: (keys: string) =>
    `list the key of every option that applies (${keys}), in brackets: [x, y]`,
  order: (n: number) => `list all ${n} keys in the right order, in brackets: [first, second, …]`,
  classify: (keys: string) => `one category key per statement (${keys})`,
  scale: (min: number, max: number, lo: string, hi: string) =>
    `one rating per statement, ${min} (${lo}) to ${max} (${hi}); not scored`,
  text: 'write your answer in quotes, or after "|" on the next lines for a long one',
  situation: 'situation',
  customer: 'the customer says',
  original: 'rewrite this',
  requireOpen: 'an open question',
  requireClosed: 'a closed (yes/no) question',
  roleplay: (n: number) =>
    `a conversation: ${n} replies along the path where every reply is good; write one reply per line`,
  reply: (n: number, task: string) => `reply ${n} — ${task}`,
  keySep: ', ',
  csvRows:
    'One row per trainee below this one: the name, then each answer in its column; several keys as "a, c", a role-play reply per line.',
  colon: ': ',
  semicolon: '; ',
};

export type TemplateText = typeof en;

const zh: TemplateText = {
  title: (title, id, lang) => `答题卡：${title}（${id}，${lang}）`,
  how: (command) => [
    '填好姓名和每一个答案，然后用下面的命令评分：',
    `  ${command}`,
    '空着的答案记 0 分，并列为未作答。',
    '不要改 set、lang 和 hash：它们说明这张答题卡对应题组的哪个版本。',
  ],
  thisFile: '<这个文件>',
  name: '学员姓名',
  kind: kindLabels.zh,
  head: (n, prompt, kind, points) => `${n}. ${prompt}（${kind}，${points} 分）`,
  choice: (keys) => `写一个选项代号：${keys}`,
  multi: (keys) => `写出所有适用选项的代号（${keys}），放在方括号里：[代号, 代号]`,
  order: (n) => `按正确顺序写出全部 ${n} 个代号，放在方括号里：[第一步, 第二步, …]`,
  classify: (keys) => `每条陈述写一个类别代号（${keys}）`,
  scale: (min, max, lo, hi) => `每条陈述打一个分，${min}（${lo}）到 ${max}（${hi}）；不计分`,
  text: '答案写在引号里；较长的答案写在“|”之后的下一行',
  situation: '情境',
  customer: '顾客说',
  original: '改写这句话',
  requireOpen: '一个开放式问题',
  requireClosed: '一个封闭式（是/否）问题',
  roleplay: (n) => `一段对话：沿着每句都答得好的路径共 ${n} 句回复；每行写一句`,
  reply: (n, task) => `第 ${n} 句回复：${task}`,
  keySep: '、',
  csvRows:
    '在这一行下面每位学员写一行：先写姓名，再把每个答案写在对应的列里；多个选项写成“a, c”，角色扮演每行一句回复。',
  colon: '：',
  semicolon: '；',
};

export interface TemplateOptions {
  /** The language of the instructions. */
  lang?: Lang;
  /** The set as the trainer named it (an id or a file path), and --drills: the command names them the same way. */
  setArg?: string;
  drills?: string;
  /** Where the sheet is written, when known. */
  file?: string;
}

/** The scoring command a template names: the set as the trainer gave it, so that it works. */
export function assessCommand(set: string, opts: TemplateOptions, T: TemplateText): string {
  const parts = ['cs-drill', 'assess', shellWord(opts.setArg ?? set)];
  if (opts.drills !== undefined) parts.push('--drills', shellWord(opts.drills));
  const file = opts.file !== undefined ? shellWord(opts.file) : T.thisFile;
  return `${parts.join(' ')} --answers ${file}`;
}

function shellWord(s: string): string {
  return /^[\w./@:+-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

export function textFor(lang: Lang | undefined): TemplateText {
  return lang === 'zh-Hans' ? zh : en;
}

/** A commented YAML answer sheet: every prompt as a comment above an empty slot of the right shape. */
export function renderYamlTemplate(loaded: LoadedSet, opts: TemplateOptions = {}): string {
  const { set, hash } = loaded;
  const T = textFor(opts.lang);
  const command = assessCommand(set.id, opts, T);
  const out: string[] = [
    ...comment([T.title(set.title, set.id, set.lang), ...T.how(command)], ''),
    `sheet: ${SHEET_FORMAT}`,
    `set: ${q(set.id)}`,
    `lang: ${q(set.lang)}`,
    `hash: ${q(hash)}`,
    `name: ""  # ${T.name}`,
    '',
    'answers:',
  ];
  set.items.forEach((item, i) => {
    out.push(...comment(describe(item, i, T), '  '));
    out.push(...slotLines(item, T));
  });
  return `${out.join('\n')}\n`;
}

/** The same sheet as JSON: the instructions go into a `help` map, since JSON has no comments. */
export function renderJsonTemplate(loaded: LoadedSet, opts: TemplateOptions = {}): string {
  const { set, hash } = loaded;
  const T = textFor(opts.lang);
  const command = assessCommand(set.id, opts, T);
  const sheet = {
    sheet: SHEET_FORMAT,
    set: set.id,
    lang: set.lang,
    hash,
    name: '',
    answers: Object.fromEntries(set.items.map((item) => [item.id, emptySlot(item)])),
    help: {
      '': T.how(command).join('\n'),
      ...Object.fromEntries(set.items.map((item, i) => [item.id, describe(item, i, T).join('\n')])),
    },
  };
  return `${JSON.stringify(sheet, null, 2)}\n`;
}

export function describe(item: Item, i: number, T: TemplateText): string[] {
  const head = T.head(i + 1, oneLine(item.prompt), T.kind[item.kind], item.points);
  const options = (list: { key: string; text: string }[]) =>
    list.map((o) => `   ${o.key} = ${oneLine(o.text)}`);
  const keys = (list: { key: string }[]) => list.map((o) => o.key).join(T.keySep);
  switch (item.kind) {
    case 'choice':
      return [head, ...options(item.options), `   → ${T.choice(keys(item.options))}`];
    case 'multi':
      return [head, ...options(item.options), `   → ${T.multi(keys(item.options))}`];
    case 'order':
      return [head, ...options(item.steps), `   → ${T.order(item.steps.length)}`];
    case 'classify':
      return [head, ...options(item.categories), `   → ${T.classify(keys(item.categories))}`];
    case 'scale': {
      const s = item.scale;
      return [head, `   → ${T.scale(s.min, s.max, oneLine(s.min_label), oneLine(s.max_label))}`];
    }
    case 'ask':
      return [
        head,
        `   ${T.situation}${T.colon}${oneLine(item.scenario)}`,
        `   → ${item.require === 'open' ? T.requireOpen : T.requireClosed}${T.semicolon}${T.text}`,
      ];
    case 'paraphrase':
      return [head, `   ${T.customer}${T.colon}“${oneLine(item.customer)}”`, `   → ${T.text}`];
    case 'rewrite':
      return [head, `   ${T.original}${T.colon}“${oneLine(item.original)}”`, `   → ${T.text}`];
    case 'roleplay':
      return [
        head,
        `   ${T.situation}${T.colon}${oneLine(item.scenario.who)} — ${oneLine(item.scenario.where)}`,
        `   → ${T.roleplay(goodPath(item).length)}`,
      ];
  }
}

function slotLines(item: Item, T: TemplateText): string[] {
  const key = `  ${item.id}:`;
  switch (item.kind) {
    case 'choice':
      return [key];
    case 'multi':
    case 'order':
      return [`${key} []`];
    case 'classify':
      return [key, ...item.statements.map((s) => `    - # ${oneLine(s.text)}`)];
    case 'scale':
      return [key, ...item.statements.map((s) => `    - # ${oneLine(s)}`)];
    case 'ask':
    case 'paraphrase':
    case 'rewrite':
      return [`${key} ""`];
    case 'roleplay':
      return [
        key,
        ...goodPath(item).flatMap((turn, i) => [
          `    # ${T.customer}${T.colon}“${oneLine(turn.customer)}”`,
          `    # ${T.reply(i + 1, oneLine(turn.task))}`,
          '    - ""',
        ]),
      ];
  }
}

function comment(lines: string[], indent: string): string[] {
  return lines.map((l) => (l ? `${indent}# ${l}` : `${indent}#`));
}

/** Prompts become one-line comments: no newline may end the comment early. */
export function oneLine(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ').trim();
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function q(s: string): string {
  return JSON.stringify(s);
}
