import type { Lang } from '../drills/schema.js';
import type { BuiltinCheck } from '../judge/types.js';
import { checkText } from './messages/check.js';
import { type RoleplayText, roleplayTextFor } from './messages/roleplay.js';
import { fmt } from './points.js';

/** Every sentence the quiz screens print, in English and Simplified Chinese. */
export interface Messages {
  /** Between a label and its text: ": " in English, "：" in Chinese. */
  colon: string;
  /** A remark in brackets: "(…)" in English, "（…）" in Chinese. */
  aside(text: string): string;
  correct: string;
  partly: string;
  incorrect: string;
  recorded: string;
  points(score: number, max: number): string;
  explanation: string;
  modelAnswer: string;
  yourAnswer: string;
  rightAnswer: string;
  missing: string;
  builtin: Record<BuiltinCheck, string>;
  forbiddenFound: string;
  /** The act a forbidden phrase stands for, as `cs-drill check` names it (by act or category). */
  phraseAct: Record<string, string>;
  /** A wrong fact: what the trainee said against what the customer said. */
  contradicted(said: string, told: string): string;
  instead: string;
  needsReview: string;
  outOfPlace(step: string, at: number, belongs: number): string;
  classified(statement: string, got: string, want: string): string;
  optionMissed(text: string): string;
  optionWrong(text: string): string;
  progress(index: number, total: number): string;
  kindHint: Record<
    | 'choice'
    | 'multi'
    | 'order'
    | 'classify'
    | 'ask'
    | 'paraphrase'
    | 'rewrite'
    | 'scale'
    | 'roleplay',
    string
  >;
  orderPick(n: number): string;
  /** Beside a list longer than the screen: more options below. */
  moreBelow: string;
  /** Enter on a multi item with nothing ticked. */
  nothingSelected: string;
  pressToContinue: string;
  /** Inquirer's key hints ("navigate", "select", …) in the trainee's language. */
  keyAction: Record<string, string>;
  /** Inquirer's key names ("space", "enter") as the trainee calls them; others shown as they are. */
  keyName: Record<string, string>;
  scaleTotal(total: number, band: string): string;
  customerSaid: string;
  scenario: string;
  original: string;
  askOpen: string;
  askClosed: string;
  emptyAnswer: string;
  summaryTitle: string;
  score: string;
  passed(mark: number): string;
  notPassed(mark: number): string;
  bySkill: string;
  timeTaken(seconds: number): string;
  comparedWithLast(delta: number, last: number): string;
  firstAttempt: string;
  /** A run over part of the set (--tag, --limit, --missed). */
  partRun(asked: number, total: number): string;
  comparedWithSame(delta: number, last: number): string;
  noSameRun: string;
  missedItems(n: number): string;
  practiseMissed(set: string): string;
  aborted(answered: number, total: number, set: string): string;
  savedTo(file: string): string;
  notSaved(reason: string, file: string): string;
  notSavedAnywhere(reason: string): string;
  resuming(answered: number, total: number): string;
  /** Said on resuming when the item reached is a role-play: it is played again from its start. */
  roleplayRestarts: string;
  resumeOffer(answered: number, total: number): string;
  retryOffer(n: number): string;
  retried(right: number, of: number): string;
  nothingMissed(set: string): string;
  noSessionYet(set: string): string;
  startPlainly(set: string): string;
  roleplay: RoleplayText;
}

const en: Messages = {
  colon: ': ',
  aside: (t) => `(${t})`,
  correct: 'Correct',
  partly: 'Partly right',
  incorrect: 'Not quite',
  recorded: 'Recorded',
  points: (s, m) => `${fmt(s)}/${fmt(m)} ${m === 1 ? 'point' : 'points'}`,
  explanation: 'Why',
  modelAnswer: 'A good answer',
  yourAnswer: 'Your answer',
  rightAnswer: 'Right answer',
  missing: 'Missing',
  builtin: {
    'question-type': 'asks the right type of question',
    'single-question': 'asks one clear question',
    feeling: "acknowledges the customer's feeling",
    'check-question': 'ends by checking your understanding',
    'not-copied': "uses your own words, not the customer's",
    'no-forbidden': 'no forbidden or taboo phrase',
  },
  forbiddenFound: 'Phrase to avoid',
  phraseAct: checkText.en.act,
  contradicted: (said, told) => `wrong: you said “${said}” — the customer said “${told}”`,
  instead: 'instead',
  needsReview: 'The judge is not sure about this one: a trainer may review it.',
  outOfPlace: (step, at, belongs) =>
    `“${step}” is out of place (you put it ${ordinal(at)}; it belongs ${ordinal(belongs)})`,
  classified: (s, got, want) => `“${s}”: you said ${got}, it is ${want}`,
  optionMissed: (t) => `missed: ${t}`,
  optionWrong: (t) => `should not be picked: ${t}`,
  progress: (i, t) => `${i}/${t}`,
  kindHint: {
    choice: 'choose one',
    multi: 'choose all that apply (space to tick, enter to confirm)',
    order: 'put the steps in order',
    classify: 'sort each statement',
    ask: 'write a question',
    paraphrase: 'restate it in your own words',
    rewrite: 'rewrite the sentence',
    scale: 'rate each statement',
    roleplay: 'hold the conversation',
  },
  orderPick: (n) => `Step ${n}:`,
  moreBelow: 'more below: ↓ to scroll',
  nothingSelected: 'Nothing selected — press Enter again to submit anyway, or space to tick.',
  pressToContinue: 'Press any key to continue…',
  keyAction: {
    navigate: 'move',
    select: 'choose',
    submit: 'confirm',
    all: 'all',
    invert: 'invert',
  },
  keyName: { space: 'space', enter: 'enter', tab: 'tab', esc: 'esc', ctrl: 'ctrl' },
  scaleTotal: (t, b) => `Your total: ${t} — ${b}`,
  customerSaid: 'The customer says',
  scenario: 'Situation',
  original: 'Rewrite this',
  askOpen: 'Write an open question',
  askClosed: 'Write a closed (yes/no) question',
  emptyAnswer: 'Type an answer (Ctrl-C stops the drill; your answers so far are kept).',
  summaryTitle: 'Summary',
  score: 'Score',
  passed: (m) => `passed (pass mark ${m}%)`,
  notPassed: (m) => `not passed yet (pass mark ${m}%)`,
  bySkill: 'By skill',
  timeTaken: (s) => `Time: ${duration(s)}`,
  comparedWithLast: (d, last) =>
    d === 0
      ? `= the same as your last attempt (${fmt(last)}%)`
      : `${d > 0 ? '▲ up' : '▼ down'} ${fmt(Math.abs(d))} percentage points since your last attempt (${fmt(last)}%)`,
  firstAttempt: 'Your first attempt at this set.',
  partRun: (a, t) => `This run: ${a} of ${t} items — the score is over these ${a}.`,
  comparedWithSame: (d, last) =>
    d === 0
      ? `= the same as your last run of these items (${fmt(last)}%)`
      : `${d > 0 ? '▲ up' : '▼ down'} ${fmt(Math.abs(d))} percentage points since your last run of these items (${fmt(last)}%)`,
  noSameRun: 'Not compared: your earlier runs asked other items.',
  missedItems: (n) => `Not yet right (${n}):`,
  practiseMissed: (set) => `Practise them again: cs-drill start ${set} --missed`,
  aborted: (a, t, set) =>
    `Stopped after ${a} of ${t} items. Your answers are saved; continue with: cs-drill start ${set} --resume`,
  savedTo: (f) => `Saved to ${f}`,
  notSaved: (r, f) => `Could not write the history (${r}); your result is saved in ${f}`,
  notSavedAnywhere: (r) =>
    `Could not write the history (${r}) nor a fallback file; your result is printed below as JSON: keep it.`,
  resuming: (a, t) => `Continuing: ${a} of ${t} items already answered.`,
  roleplayRestarts:
    "The role-play you stopped in starts again from the customer's first line: a conversation is not resumed halfway.",
  resumeOffer: (a, t) => `You stopped this set last time. Resume (${a} of ${t} answered)?`,
  retryOffer: (n) => `Try the ${n === 1 ? 'item' : `${n} items`} you missed once more?`,
  retried: (r, n) => `Second try: ${r} of ${n} now right.`,
  nothingMissed: (set) =>
    `nothing to practise again: you answered every item of "${set}" in full last time`,
  noSessionYet: (set) => `nothing to practise again: you have no session of "${set}" yet`,
  startPlainly: (set) => `practise the whole set: cs-drill start ${set}`,
  roleplay: roleplayTextFor('en'),
};

const zh: Messages = {
  colon: '：',
  aside: (t) => `（${t}）`,
  correct: '回答正确',
  partly: '部分正确',
  incorrect: '还不对',
  recorded: '已记录',
  points: (s, m) => `${fmt(s)}/${fmt(m)} 分`,
  explanation: '要点',
  modelAnswer: '参考答案',
  yourAnswer: '你的答案',
  rightAnswer: '正确答案',
  missing: '缺少',
  builtin: {
    'question-type': '问题类型正确',
    'single-question': '只问一个清楚的问题',
    feeling: '回应了客户的情绪',
    'check-question': '最后确认自己的理解',
    'not-copied': '用自己的话，而不是照搬客户的原话',
    'no-forbidden': '没有禁用语或服务禁言',
  },
  forbiddenFound: '应避免的说法',
  phraseAct: checkText.zh.act,
  contradicted: (said, told) => `说错了：你说的是“${said}”，客户说的是“${told}”`,
  instead: '可以改为',
  needsReview: '判分器对这题不太确定，培训师可以复核。',
  outOfPlace: (step, at, belongs) => `“${step}”位置不对（你放在第${at}步，应在第${belongs}步）`,
  classified: (s, got, want) => `“${s}”：你选了${got}，应为${want}`,
  optionMissed: (t) => `漏选：${t}`,
  optionWrong: (t) => `不该选：${t}`,
  progress: (i, t) => `${i}/${t}`,
  kindHint: {
    choice: '单选',
    multi: '多选（空格勾选，回车确认）',
    order: '排出正确顺序',
    classify: '逐条归类',
    ask: '写一个问题',
    paraphrase: '用自己的话复述',
    rewrite: '改写这句话',
    scale: '逐条打分',
    roleplay: '角色扮演：完成整段对话',
  },
  orderPick: (n) => `第${n}步：`,
  moreBelow: '下面还有：按 ↓ 查看',
  nothingSelected: '还没有勾选——再按一次回车表示不选，或按空格勾选。',
  pressToContinue: '按任意键继续……',
  keyAction: { navigate: '移动', select: '选择', submit: '确认', all: '全选', invert: '反选' },
  keyName: { space: '空格键', enter: '回车键', tab: 'Tab 键', esc: 'Esc 键', ctrl: 'Ctrl 键' },
  scaleTotal: (t, b) => `总分：${t} —— ${b}`,
  customerSaid: '客户说',
  scenario: '情境',
  original: '请改写',
  askOpen: '写一个开放式问题',
  askClosed: '写一个封闭式（是/否）问题',
  emptyAnswer: '请输入答案（Ctrl-C 可结束练习，已答的题会保存）。',
  summaryTitle: '小结',
  score: '得分',
  passed: (m) => `通过（及格线 ${m}%）`,
  notPassed: (m) => `尚未通过（及格线 ${m}%）`,
  bySkill: '各项技能',
  timeTaken: (s) => `用时：${durationZh(s)}`,
  comparedWithLast: (d, last) =>
    d === 0
      ? `= 与上次（${fmt(last)}%）持平`
      : `${d > 0 ? '▲' : '▼'} 比上次（${fmt(last)}%）${d > 0 ? '提高' : '降低'} ${fmt(Math.abs(d))} 个百分点`,
  firstAttempt: '这是你第一次练习这套题。',
  partRun: (a, t) => `本次只练了 ${a}/${t} 题，得分按这 ${a} 题计算。`,
  comparedWithSame: (d, last) =>
    d === 0
      ? `= 与上次练这些题（${fmt(last)}%）持平`
      : `${d > 0 ? '▲' : '▼'} 比上次练这些题（${fmt(last)}%）${d > 0 ? '提高' : '降低'} ${fmt(Math.abs(d))} 个百分点`,
  noSameRun: '不作比较：之前练的是别的题。',
  missedItems: (n) => `还没答对的题（${n}）：`,
  practiseMissed: (set) => `再练这些题：cs-drill start ${set} --missed`,
  aborted: (a, t, set) =>
    `已在第 ${a}/${t} 题后停止。已答部分已保存；继续练习：cs-drill start ${set} --resume`,
  savedTo: (f) => `已保存到 ${f}`,
  notSaved: (r, f) => `无法写入练习记录（${r}）；结果已另存到 ${f}`,
  notSavedAnywhere: (r) =>
    `无法写入练习记录（${r}），也无法另存；结果以 JSON 形式打印在下方，请保留。`,
  resuming: (a, t) => `继续练习：已完成 ${a}/${t} 题。`,
  roleplayRestarts: '你中途停下的角色扮演会从客户的第一句话重新开始：对话不能从中间继续。',
  resumeOffer: (a, t) => `上次这套题没做完。要接着做吗（已答 ${a}/${t} 题）？`,
  retryOffer: (n) => `把没答对的 ${n} 题再做一遍吗？`,
  retried: (r, n) => `第二遍：${n} 题中答对了 ${r} 题。`,
  nothingMissed: (set) => `没有需要重练的题：上次“${set}”的每道题都答对了`,
  noSessionYet: (set) => `没有需要重练的题：你还没有练过“${set}”`,
  startPlainly: (set) => `练习整套题：cs-drill start ${set}`,
  roleplay: roleplayTextFor('zh-Hans'),
};

export function messagesFor(lang: Lang): Messages {
  return lang === 'zh-Hans' ? zh : en;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m ? `${m} min ${s} s` : `${s} s`;
}

function durationZh(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m ? `${m} 分 ${s} 秒` : `${s} 秒`;
}
