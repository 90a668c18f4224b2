import type { Lang } from '../../drills/schema.js';
import { type Bilingual, pick } from './common.js';

/** What `start`, `try` and `new` say besides the quiz screens. */
export interface AuthoringText {
  noTerminalHint(set: string): string;
  nothingToResume(set: string, user: string): string;
  nothingToResumeHint(set: string): string;
  setChangedSinceStop(set: string, then: string, now: string): string;
  unknownItem(set: string, item: string): string;
  itsItems(ids: string): string;
  invalidAnswer(kind: string, item: string, problem: string): string;
  answerHint: {
    choice(keys: string): string;
    multi(keys: string): string;
    order(keys: string): string;
    classify(keys: string): string;
    scale(n: number, min: number, max: number): string;
    text: string;
  };
  invalidId(id: string): string;
  invalidIdHint: string;
  unknownKinds(kinds: string): string;
  kindsAre(kinds: string): string;
  wrote(file: string): string;
}

const text: Bilingual<AuthoringText> = {
  en: {
    noTerminalHint: (set) =>
      `to score answers without a terminal, write them in an answer sheet and use \`cs-drill assess ${set} --answers <file>\``,
    nothingToResume: (set, user) =>
      `there is no interrupted session of "${set}" for ${user} to continue`,
    nothingToResumeHint: (set) => `start afresh with \`cs-drill start ${set}\``,
    setChangedSinceStop: (set, then, now) =>
      `set "${set}" has changed since that session was stopped (version ${then}, now ${now}): its items and points may not match`,
    unknownItem: (set, item) => `set "${set}" has no item "${item}"`,
    itsItems: (ids) => `its items are: ${ids}`,
    invalidAnswer: (kind, item, problem) => `answer for ${kind} item "${item}": ${problem}`,
    answerHint: {
      choice: (keys) => `give one option key: ${keys}`,
      multi: (keys) => `give option keys separated by commas: ${keys}`,
      order: (keys) => `give every step key in your order, separated by commas: ${keys}`,
      classify: (keys) => `give one category per statement, separated by commas (${keys})`,
      scale: (n, min, max) => `give ${n} ratings from ${min} to ${max}, separated by commas`,
      text: 'give the answer text in quotes',
    },
    invalidId: (id) => `"${id}" cannot be a set id`,
    invalidIdHint: 'use lower-case letters, digits and hyphens, e.g. "parcel-desk"',
    unknownKinds: (kinds) => `unknown kind ${kinds}`,
    kindsAre: (kinds) => `kinds are: ${kinds}`,
    wrote: (file) => `wrote ${file}; check it with: cs-drill validate ${file}`,
  },
  zh: {
    noTerminalHint: (set) =>
      `不用终端评分：把答案写进答题卡，再用 \`cs-drill assess ${set} --answers <文件>\``,
    nothingToResume: (set, user) => `${user} 没有可以继续的“${set}”中断练习`,
    nothingToResumeHint: (set) => `重新开始：\`cs-drill start ${set}\``,
    setChangedSinceStop: (set, then, now) =>
      `套题“${set}”在那次练习中断后改过了（版本 ${then}，现在 ${now}）：题目和分值可能对不上`,
    unknownItem: (set, item) => `套题“${set}”中没有题目“${item}”`,
    itsItems: (ids) => `它的题目有：${ids}`,
    invalidAnswer: (kind, item, problem) => `${kind} 题“${item}”的答案：${problem}`,
    answerHint: {
      choice: (keys) => `请给出一个选项代号：${keys}`,
      multi: (keys) => `请给出选项代号，用逗号分隔：${keys}`,
      order: (keys) => `请按你的顺序给出全部步骤代号，用逗号分隔：${keys}`,
      classify: (keys) => `请为每句话给出一个类别，用逗号分隔（${keys}）`,
      scale: (n, min, max) => `请给出 ${n} 个 ${min} 到 ${max} 的评分，用逗号分隔`,
      text: '请把答案文字放在引号里',
    },
    invalidId: (id) => `“${id}”不能用作套题 id`,
    invalidIdHint: '请用小写字母、数字和连字符，例如 "parcel-desk"',
    unknownKinds: (kinds) => `未知题型 ${kinds}`,
    kindsAre: (kinds) => `题型有：${kinds}`,
    wrote: (file) => `已写入 ${file}；检查：cs-drill validate ${file}`,
  },
};

export function authoringTextFor(lang: Lang): AuthoringText {
  return pick(text, lang);
}
