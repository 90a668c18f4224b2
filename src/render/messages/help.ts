import type { Lang } from '../../drills/schema.js';
import { type Bilingual, pick } from './common.js';

/** Every string has the same key in both languages: TypeScript checks `zh` against `en`'s shape. */
type Shape<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : Shape<T[K]>;
};

const en = {
  program: {
    description: 'Practice customer-service skills: listen, ask, restate, use the right phrases.',
    version: 'print the version number',
    help: 'show help for a command',
    helpCommand: 'show help for a command',
    lang: 'language of the interface and of the drills: en or zh (default: CS_DRILL_LANG, then the locale)',
    noColor: 'plain output without colours (also NO_COLOR=1 or TERM=dumb)',
    debug: 'show stack traces for unexpected errors',
    helpAfterError: '(run with --help for usage)',
    examples: [
      'cs-drill list                       every drill set, with your last and best score',
      'cs-drill start listening            practise listening for facts and feelings',
      'cs-drill start phrases --lang zh    the phrases drill in Simplified Chinese',
      'cs-drill validate my-sets/          check drill files a trainer wrote',
      'cs-drill check "Calm down, it\'s company policy."   flag forbidden phrases in a reply',
    ],
  },
  titles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
    'Global Options:': 'Global Options:',
    examples: 'Examples:',
    example: 'Example:',
    exitCodes: 'Exit codes:',
  },
  extras: { choices: 'choices: ', default: 'default: ' },
  values: {
    positiveInt: 'expected a whole number of 1 or more',
    seed: 'expected a whole number from 0 to 4294967295 (seeds are 32 bits: a larger one would repeat an order)',
    percentage: 'expected a percentage from 0 to 100',
    nonNegativeNumber: 'expected a number of 0 or more',
    lang: 'expected en or zh',
  },
  common: {
    drills: 'also look for sets in this directory (or CS_DRILL_PATH)',
    json: 'print JSON for scripts',
    set: 'set id (see `cs-drill list`) or a path to a drill file',
    since: 'only sessions since a date (2026-11-01), a time or N days (30d)',
    onlySet: 'only sessions of this set',
    out: 'write to this file instead of standard output',
    force: 'overwrite --out if it exists',
    allUsers: "every trainee's sessions, each with its user (not with --user)",
  },
  list: {
    description: 'list the drill sets you can practise',
    tags: 'list the tags you can drill with --tag',
    ids: 'only the set ids, one per line (for scripts and shell completion)',
    user: 'whose scores to show (default: you)',
  },
  start: {
    description: 'practise a drill set interactively',
    limit: 'ask at most N items',
    shuffle: 'shuffle the items',
    seed: 'seed for the order of options and steps (and of items with --shuffle): the same seed, the same order',
    fast: 'no pause after the feedback on each item',
    missed: 'practise only the items you missed last time',
    tag: 'only items with this tag',
    user: 'whose history to record (default: your login name)',
    resume: 'continue your latest interrupted session of this set',
    feedback:
      'role-plays: feedback after every reply (turn) or a debrief at the end (end, the default)',
  },
  roleplay: {
    description: 'play one role-play: a whole customer conversation, judged turn by turn',
    item: 'the role-play item (see `cs-drill list` and the set file)',
  },
  validate: {
    description: 'check drill files and print every problem as file:line:col',
    paths: 'drill files or directories',
    json: 'print problems as JSON',
    noExamples: "don't run the items' example answers through the judge",
    watch: 'validate again whenever a file changes (Ctrl-C to stop)',
  },
  schema: { description: 'print the JSON Schema of drill files (for editors)' },
  new: {
    description: 'start a new drill set: one commented example of each kind, valid as it is',
    id: 'the new set\'s id (lower-case letters, digits, "-")',
    kinds: 'only these kinds, comma-separated (default: all)',
  },
  try: {
    description:
      'judge one answer to one item and show the full breakdown (for authors tuning a rubric)',
    set: 'set id or path to a drill file',
    item: 'the item',
    answer:
      'the answer (quotes optional); keys for choice items, comma-separated keys or ratings for the others, replies separated by | for a role-play',
    json: 'print the scored result as JSON',
  },
  completion: {
    description: 'print a shell completion script (commands, options, set ids)',
    shell: 'bash, zsh or fish',
  },
  history: {
    description: 'list your past sessions, newest first',
    user: 'whose sessions (default: you)',
    since: 'only sessions since a date (2026-11-01), a time (2026-11-01T09:00) or N days (7d)',
    limit: 'show the newest N sessions (default 20)',
  },
  show: {
    description: 'show one session item by item, with your answers and the feedback',
    id: 'the session id from `cs-drill history` (a unique start of it is enough)',
    user: "only look among this user's sessions",
    json: 'print the session record as JSON',
  },
  merge: {
    description:
      'add the sessions of other history files (other trainees, other machines) that are not there yet',
    files: 'history files (.jsonl) to merge in',
    into: 'merge into this file instead of your history',
    json: 'print the counts as JSON',
    force: 'merge into --into even if it does not look like a cs-drill history',
  },
  stats: {
    description:
      'your progress: scores and trends per skill and set, weakest items, streaks, self-rating',
    user: 'whose progress (default: you)',
  },
  export: {
    description:
      'export your sessions (or every answer with --items) as CSV, JSON, JSON Lines, Markdown or an HTML report',
    format: 'output format',
    out: 'write to this file (whole or not at all) instead of standard output',
    items: 'one row per answered item instead of one per session',
    bom: 'start the CSV with a byte-order mark, so Excel reads Chinese text correctly',
    user: 'whose sessions (default: you)',
  },
  review: {
    description: 'practise the items you are due to review (spaced repetition across all sets)',
    limit: 'ask at most N items (default 20)',
    due: 'only say how many items are due, and when the next ones are',
    json: 'print the due items as JSON (asks nothing)',
    user: 'whose schedule (default: you)',
  },
  classify: {
    description: 'say whether a question is open or closed, and which policy rule decided',
    question:
      'questions, one per argument (quote each one); without any, one per line from --file or stdin',
    file: 'read questions from a file, one per line',
    json: 'print one JSON object per question',
  },
  check: {
    description: 'flag forbidden and taboo phrases in a reply, with a better wording for each',
    reply:
      'replies, one per argument (quote each one), a verdict each; without any, one per line from --file or stdin',
    file: 'read replies from a file, one per line (or the whole file with --whole)',
    whole: 'treat the whole input as one text (an email, a chat transcript)',
    json: 'print JSON: flagged, problems (phrase, category, span, suggestion)',
    phrases: 'check against one phrase list only: en, zh, zh-Hant or ja (default: all of them)',
    exitCodes: '0 nothing flagged, 1 something flagged, 2 bad input.',
  },
  template: {
    description: 'write an empty answer sheet for a set, to fill in and score with `assess`',
    format: 'sheet format',
    out: 'write the sheet to this file instead of standard output',
  },
  assess: {
    description:
      'score answer sheets without a terminal: one file, a directory (one per trainee) or - for stdin',
    set: 'set id or path to a drill file (default: the set the sheets name in `set:`, found beside them too)',
    answers:
      'an answer sheet (.yaml, .json or .csv), a directory of sheets, or - to read one from standard input',
    format: 'output format',
    passMark: "percent needed to pass (default: the set's own)",
    record: "append each trainee's session to the history (mode batch), for stats and exports",
    again: 'with --record: record sheets already in the history (same sheet, same name) once more',
    check:
      'only check the sheets (for trainees before they hand in): list every problem, score nothing',
    exitCodes:
      '0 everyone passed, 1 someone did not pass, an answer could not be read or a sheet was skipped, 2 no sheet could be scored or bad usage. With --check: 0 every sheet can be scored in full, 1 something to fix.',
  },
  gradebook: {
    description:
      'the class at a glance: one row per trainee, a column per item (or per set), totals, answers waiting for review, pass/fail',
    by: 'one column per item (one set) or per set (default: item for one set, else set)',
    format: 'output format',
    out: 'write to this file (whole or not at all) instead of standard output',
    bom: 'start the CSV with a byte-order mark, so Excel reads Chinese names correctly',
  },
  regrade: {
    description:
      "record a trainer's score for one item of a recorded session (the automatic score is kept beside it)",
    session: 'the session (from `assess --record` output or the history); a unique prefix will do',
    item: 'the item to regrade',
    score: "the new score, from 0 to the item's points",
    note: 'why: shown in reports and exports',
    by: 'who regraded (default: your login name)',
  },
  report: {
    description: 'item analysis for trainers: facility, discrimination, option counts, reliability',
    results: 'the JSON of `assess --format json`, or a history file (.jsonl)',
    set: 'which set to analyse when the history holds several',
    format: 'output format',
  },
};

export type HelpText = Shape<typeof en>;

const zh: HelpText = {
  program: {
    description: '客户服务技能练习：倾听、提问、复述、使用恰当的说法。',
    version: '显示版本号',
    help: '显示命令的帮助',
    helpCommand: '显示命令的帮助',
    lang: '界面和练习题的语言：en 或 zh（默认依次看 CS_DRILL_LANG 和系统语言环境）',
    noColor: '不用颜色输出（也可设 NO_COLOR=1 或 TERM=dumb）',
    debug: '出现意外错误时显示调用栈',
    helpAfterError: '（加上 --help 查看用法）',
    examples: [
      'cs-drill list                       所有题组，以及你最近一次和最好的成绩',
      'cs-drill start listening            练习倾听事实和情绪',
      'cs-drill start phrases --lang zh    用简体中文练习服务用语',
      'cs-drill validate my-sets/          检查培训师编写的题目文件',
      'cs-drill check "这不是我的工作，你去找经理。"   找出回复中的禁用语',
    ],
  },
  titles: {
    'Usage:': '用法：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Arguments:': '参数：',
    'Global Options:': '全局选项：',
    examples: '示例：',
    example: '示例：',
    exitCodes: '退出码：',
  },
  extras: { choices: '可选值：', default: '默认：' },
  values: {
    positiveInt: '应为 1 或更大的整数',
    seed: '应为 0 到 4294967295 之间的整数（种子是 32 位的，更大的会重复同一顺序）',
    percentage: '应为 0 到 100 的百分数',
    nonNegativeNumber: '应为 0 或更大的数',
    lang: '应为 en 或 zh',
  },
  common: {
    drills: '也在这个目录里找题组（或用 CS_DRILL_PATH）',
    json: '输出 JSON，供脚本使用',
    set: '题组 id（见 `cs-drill list`）或题目文件的路径',
    since: '只看某个日期（2026-11-01）、时间或最近 N 天（30d）以来的练习',
    onlySet: '只看这个题组的练习',
    out: '写到这个文件，而不是标准输出',
    force: '如果 --out 已存在，覆盖它',
    allUsers: '全体学员的练习，每条注明学员（不能和 --user 同用）',
  },
  list: {
    description: '列出可以练习的题组',
    tags: '列出可以配合 --tag 使用的标签',
    ids: '只列出题组 id，每行一个（供脚本和命令补全使用）',
    user: '显示谁的成绩（默认：你自己）',
  },
  start: {
    description: '交互式练习一个题组',
    limit: '最多出 N 道题',
    shuffle: '打乱题目顺序',
    seed: '选项和步骤（加 --shuffle 时还有题目）顺序的随机种子：同一种子，同一顺序',
    fast: '每题反馈后不停顿',
    missed: '只练上次做错的题',
    tag: '只出带这个标签的题',
    user: '记在谁的练习记录下（默认：你的登录名）',
    resume: '接着做这个题组最近一次中断的练习',
    feedback: '角色扮演：每句回答后给反馈（turn），或最后统一复盘（end，默认）',
  },
  roleplay: {
    description: '练一段角色扮演：与顾客的一整段对话，逐句判定',
    item: '角色扮演题的 id（见 `cs-drill list` 和题组文件）',
  },
  validate: {
    description: '检查题目文件，每个问题按 文件:行:列 列出',
    paths: '题目文件或目录',
    json: '以 JSON 输出问题',
    noExamples: '不用判分器检验题目中的示例答案',
    watch: '文件一有改动就重新检查（Ctrl-C 停止）',
  },
  schema: { description: '输出题目文件的 JSON Schema（供编辑器使用）' },
  new: {
    description: '新建一个题组：每种题型一道带注释的示例，直接可用',
    id: '新题组的 id（小写字母、数字和 "-"）',
    kinds: '只要这些题型，用逗号分隔（默认：全部）',
  },
  try: {
    description: '对一道题判一个答案并显示完整的评分明细（供作者调整评分要点）',
    set: '题组 id 或题目文件的路径',
    item: '题目 id',
    answer:
      '答案（引号可省）；选择题给选项键，其他题型给逗号分隔的键或评分；角色扮演给用 | 分隔的各句回答',
    json: '以 JSON 输出评分结果',
  },
  completion: {
    description: '输出 shell 补全脚本（命令、选项、题组 id）',
    shell: 'bash、zsh 或 fish',
  },
  history: {
    description: '列出你以往的练习，最新的在前',
    user: '看谁的练习（默认：你自己）',
    since: '只看某个日期（2026-11-01）、时间（2026-11-01T09:00）或最近 N 天（7d）以来的练习',
    limit: '显示最新的 N 次练习（默认 20）',
  },
  show: {
    description: '逐题显示一次练习，包括你的答案和反馈',
    id: '`cs-drill history` 中的练习 id（给出能唯一确定的开头即可）',
    user: '只在这个用户的练习中查找',
    json: '以 JSON 输出这次练习的记录',
  },
  merge: {
    description: '把其他练习记录文件（其他学员、其他电脑）中还没有的练习合并进来',
    files: '要合并的练习记录文件（.jsonl）',
    into: '合并到这个文件，而不是你的练习记录',
    json: '以 JSON 输出数量',
    force: '即使 --into 看起来不是 cs-drill 练习记录，也合并进去',
  },
  stats: {
    description: '你的进步：各技能和题组的成绩与趋势、最薄弱的题、连续天数、自评',
    user: '看谁的进步（默认：你自己）',
  },
  export: {
    description:
      '导出你的练习（加 --items 则导出每个答案），格式为 CSV、JSON、JSON Lines、Markdown 或 HTML 报告',
    format: '输出格式',
    out: '写到这个文件（要么完整写入，要么不写），而不是标准输出',
    items: '每道答过的题一行，而不是每次练习一行',
    bom: 'CSV 开头加字节顺序标记，让 Excel 正确读取中文',
    user: '导出谁的练习（默认：你自己）',
  },
  review: {
    description: '练习到期该复习的题（跨所有题组的间隔重复）',
    limit: '最多出 N 道题（默认 20）',
    due: '只说有多少道题到期，以及下一批什么时候到期',
    json: '以 JSON 输出到期的题（不出题）',
    user: '看谁的复习计划（默认：你自己）',
  },
  classify: {
    description: '判断一个问题是开放式还是封闭式，以及依据的是哪条规则',
    question: '问题，每个参数一个（每个问题加引号）；不给时，从 --file 或标准输入每行读一个问题',
    file: '从文件读问题，每行一个',
    json: '每个问题输出一个 JSON 对象',
  },
  check: {
    description: '找出回复中的禁用语和服务禁言，并给出更好的说法',
    reply: '回复，每个参数一条（每条加引号），逐条判断；不给时，从 --file 或标准输入每行读一条回复',
    file: '从文件读回复，每行一条（加 --whole 则整个文件算一条）',
    whole: '把全部输入当作一段文字（一封邮件、一段聊天记录）',
    json: '输出 JSON：flagged、problems（phrase、category、span、suggestion）',
    phrases: '只用一种语言的用语表检查：en、zh、zh-Hant 或 ja（默认：全部）',
    exitCodes: '0 没有发现问题，1 发现了问题，2 输入有误。',
  },
  template: {
    description: '为一个题组写一张空白答题卡，填好后用 `assess` 评分',
    format: '答题卡格式',
    out: '把答题卡写到这个文件，而不是标准输出',
  },
  assess: {
    description: '不用终端给答题卡评分：一个文件、一个目录（每位学员一个文件）或 - 表示标准输入',
    set: '题组 id 或题目文件的路径（默认：答题卡 `set:` 里写的题组，也会在答题卡旁边找）',
    answers: '一张答题卡（.yaml、.json 或 .csv）、一个答题卡目录，或 - 表示从标准输入读一张',
    format: '输出格式',
    passMark: '及格所需的百分比（默认：题组自己的及格线）',
    record: '把每位学员的练习记入练习记录（模式 batch），供统计和导出使用',
    again: '与 --record 一起用：已记录过的答题卡（同一张、同一姓名）再记录一次',
    check: '只检查答题卡（学员交卷前用）：列出所有问题，不评分',
    exitCodes:
      '0 全部及格，1 有人未及格、有答案无法读取或有答题卡被跳过，2 没有一张答题卡能评分或用法有误。加 --check 时：0 每张答题卡都能完整评分，1 有要修改的地方。',
  },
  gradebook: {
    description: '全班一览：每位学员一行，每道题（或每套题）一列，含总分、待复核数和是否通过',
    by: '每道题一列（一套题）或每套题一列（默认：只有一套题时按题，否则按题组）',
    format: '输出格式',
    out: '写到这个文件（要么完整写入，要么不写），而不是标准输出',
    bom: 'CSV 开头加字节顺序标记，让 Excel 正确读取中文姓名',
  },
  regrade: {
    description: '为已记录练习中的一道题记下培训师的评分（自动评分保留在旁边）',
    session: '练习（见 `assess --record` 的输出或练习记录）；给出能唯一确定的开头即可',
    item: '要重新评分的题',
    score: '新的分数，从 0 到这道题的分值',
    note: '理由：会显示在报告和导出中',
    by: '谁重新评的分（默认：你的登录名）',
  },
  report: {
    description: '供培训师使用的题目分析：难度、区分度、选项统计、信度',
    results: '`assess --format json` 的 JSON，或练习记录文件（.jsonl）',
    set: '练习记录中有多个题组时，分析哪一个',
    format: '输出格式',
  },
};

export const helpText: Bilingual<HelpText> = { en, zh };

export function helpFor(lang: Lang): HelpText {
  return pick(helpText, lang);
}

/** Command lines of the examples blocks: the same in both languages. */
export const EXAMPLES: Record<string, readonly string[]> = {
  list: [
    'cs-drill list',
    'cs-drill list --tags',
    'cs-drill list --json --drills ./my-sets',
    'cs-drill --lang zh list',
  ],
  start: [
    'cs-drill start listening',
    'cs-drill start phone --tag hold --lang zh',
    'cs-drill start questioning --shuffle --seed 7 --limit 5',
    'cs-drill start listening --resume',
    'cs-drill start roleplay --feedback turn',
  ],
  roleplay: [
    'cs-drill roleplay roleplay counter-gift',
    'cs-drill roleplay roleplay phone-order --lang zh --feedback turn',
  ],
  validate: [
    'cs-drill validate drills/',
    'cs-drill validate my-set.yaml other-set.yaml',
    'cs-drill validate --no-examples my-set.yaml',
    'cs-drill validate --watch my-set.yaml',
  ],
  schema: ['cs-drill schema > drill-set.schema.json'],
  new: [
    'cs-drill new parcel-desk --out parcel-desk.yaml',
    'cs-drill new bank-counter --lang zh --kinds choice,paraphrase,rewrite --out bank.yaml',
  ],
  try: [
    'cs-drill try my-set.yaml restate-parcel "So the parcel came broken — did I get that right?"',
    'cs-drill try questioning ask-opener-bank "What brings you in today?"',
    'cs-drill try listening hold-steps why,ask,time,thank',
  ],
  completion: [
    'source <(cs-drill completion bash)      # ~/.bashrc',
    'source <(cs-drill completion zsh)       # ~/.zshrc',
    'cs-drill completion fish > ~/.config/fish/completions/cs-drill.fish',
  ],
  history: [
    'cs-drill history',
    'cs-drill history --set listening --since 7d',
    'cs-drill history show 3f2c9a1e',
    'cs-drill history merge laptop-history.jsonl',
  ],
  show: ['cs-drill history show 3f2c9a1e', 'cs-drill history show 3f2c --json'],
  merge: [
    'cs-drill history merge laptop-history.jsonl',
    'cs-drill history merge ana.jsonl li-wei.jsonl --into team-history.jsonl',
  ],
  stats: [
    'cs-drill stats',
    'cs-drill stats --since 30d',
    'cs-drill stats --set phrases --json',
    'CS_DRILL_LANG=zh cs-drill stats',
  ],
  export: [
    'cs-drill export --format csv --bom --out progress.csv',
    'cs-drill export --format csv --items --set listening > answers.csv',
    'cs-drill export --format html --out report.html',
    'cs-drill export --format jsonl --since 7d | jq .percent',
  ],
  review: ['cs-drill review', 'cs-drill review --due', 'cs-drill review --limit 5 --lang zh'],
  classify: [
    'cs-drill classify "What happened to the parcel?"',
    'cs-drill classify "Which store was it?" "Could you tell me what happened?"',
    'cs-drill classify 您是否遇到问题？',
    'cs-drill classify --file questions.txt --json',
  ],
  check: [
    'cs-drill check "Calm down, it\'s company policy."',
    'cs-drill check 这不是我的工作，你应该去找经理',
    'cs-drill check --whole --file draft-email.txt',
    'cs-drill check --json < replies.txt',
  ],
  template: [
    'cs-drill template listening > ana.yaml',
    'cs-drill template phrases --lang zh --out sheets/li-wei.yaml',
    'cs-drill template listening --format json --out ana.json',
    'cs-drill template listening --format csv --bom --out class.csv',
  ],
  assess: [
    'cs-drill assess listening --answers ana.yaml',
    'cs-drill assess listening --answers sheets/ --format csv > results.csv',
    'cs-drill assess listening --answers class.csv',
    'cs-drill assess listening --answers sheets/ --format junit --pass-mark 80 > junit.xml',
    'cs-drill assess listening --answers sheets/ --format json --record > results.json',
    'cat ana.yaml | cs-drill assess listening --answers -',
  ],
  gradebook: [
    'cs-drill gradebook --set listening',
    'cs-drill gradebook --since 30d --by set',
    'cs-drill gradebook --set listening --format csv --bom --out class.csv',
    'cs-drill gradebook --format html --out gradebook.html',
  ],
  regrade: [
    'cs-drill regrade 3f2c9a1e opener 1 --note "open question, judge missed it"',
    'cs-drill regrade 3f2c9a1e restate 0.5',
  ],
  report: [
    'cs-drill report results.json',
    'cs-drill report ~/.local/share/cs-drill/history.jsonl --set listening',
    'cs-drill report results.json --format md > item-analysis.md',
  ],
};

/**
 * Commander's own usage errors in the one error style ("cs-drill: …", like every other error),
 * worded in Chinese by pattern (anything not matched keeps Commander's words). The exit code is
 * unaffected: run.ts still returns 2.
 */
export function commanderError(text: string, lang: Lang): string {
  if (lang !== 'zh-Hans') return text.replace(/^error: /m, 'cs-drill: ');
  const rules: [RegExp, string][] = [
    [/^error: unknown command '(.*)'/m, 'cs-drill: 未知的命令“$1”'],
    [/^error: unknown option '(.*)'/m, 'cs-drill: 未知的选项“$1”'],
    [/^error: missing required argument '(.*)'/m, 'cs-drill: 缺少参数“$1”'],
    [/^error: required option '(.*)' not specified/m, 'cs-drill: 必须给出选项 $1'],
    [/^error: option '(.*)' argument missing/m, 'cs-drill: 选项 $1 缺少值'],
    [
      /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/m,
      'cs-drill: 选项 $1 的值“$2”无效，可选值：$3。',
    ],
    [
      /^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/m,
      'cs-drill: 选项 $1 的值“$2”无效：$3',
    ],
    [
      /^error: command-argument value '(.*)' is invalid for argument '(.*)'\. (.*)$/m,
      'cs-drill: 参数 $2 的值“$1”无效：$3',
    ],
    [
      /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/m,
      'cs-drill: $1 的参数过多（应为 $2 个，给了 $3 个）。',
    ],
    [
      /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/m,
      'cs-drill: 参数过多（应为 $1 个，给了 $2 个）。',
    ],
    [/^error: (.*)$/m, 'cs-drill: $1'],
  ];
  const rule = rules.find(([pattern]) => pattern.test(text));
  const out = rule ? text.replace(rule[0], rule[1]) : text;
  return out.replace(/^\(Did you mean (.*)\?\)$/m, '（你是不是想输入 $1？）');
}
