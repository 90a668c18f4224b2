import type { Lang } from '../../drills/schema.js';

/** A catalogue in both interface languages; one interface types both, so neither can miss a key. */
export interface Bilingual<T> {
  en: T;
  zh: T;
}

export function pick<T>(catalogue: Bilingual<T>, lang: Lang): T {
  return lang === 'zh-Hans' ? catalogue.zh : catalogue.en;
}

/** What several commands and the one error printer (run.ts) say. */
export interface CommonText {
  interrupted: string;
  /** `--bom` given with a format other than CSV. */
  bomOnlyCsv: string;
  unexpected(message: string): string;
  runWithDebug: string;
  /** A file or line left out (a set that does not load, a damaged history line), with why. */
  skipped(problem: string): string;
  moreSkipped(n: number): string;
  warning(problem: string): string;
  fileExists: string;
  fileExistsWithAnswers: string;
  fileExistsHint: string;
  cannotWrite(code: string): string;
  cannotWriteHint: string;
  checkPath: string;
  invalidSince(message: string): string;
  invalidSinceHint: string;
  noTerminal(command: string): string;
  langFallback(wanted: string, used: string): string;
  /** Whose sessions with --all-users. */
  allUsers: string;
  userOrAllUsers: string;
  noSubcommand(group: string, word: string): string;
  strayWord(command: string, word: string): string;
  didYouMean(command: string): string;
  subcommandsAre(list: string): string;
  seeHelp(command: string): string;
  optionRequired(option: string, choices: string): string;
}

export const commonText: Bilingual<CommonText> = {
  en: {
    bomOnlyCsv: '--bom only applies to --format csv',
    interrupted: 'interrupted',
    unexpected: (m) => `unexpected error: ${m}`,
    runWithDebug: 'run again with --debug to see where it happened, and report it',
    skipped: (p) => `skipped: ${p}`,
    moreSkipped: (n) => `… and ${n} more lines skipped`,
    warning: (p) => `warning: ${p}`,
    fileExists: 'already exists',
    fileExistsWithAnswers: 'already exists (it may hold answers)',
    fileExistsHint: 'choose another name, or add --force to overwrite it',
    cannotWrite: (c) => `cannot write: ${c}`,
    cannotWriteHint: 'check that the directory exists and is writable',
    checkPath: 'check the path',
    invalidSince: (m) => `--since: ${m}`,
    invalidSinceHint:
      'use a date like 2026-11-01, a date and time like 2026-11-01T09:00, or a number of days like 7d',
    noTerminal: (c) =>
      `\`cs-drill ${c}\` asks questions and needs a terminal, but standard input is not one`,
    langFallback: (w, u) => `This set does not exist in ${w}; using ${u}.`,
    allUsers: 'all users',
    userOrAllUsers: 'give --user or --all-users, not both',
    noSubcommand: (g, w) => `"${g}" has no subcommand "${w}"`,
    strayWord: (c, w) => `"${c}" takes no argument "${w}"`,
    didYouMean: (c) => `did you mean \`cs-drill ${c}\`?`,
    subcommandsAre: (l) => `its subcommands are ${l}`,
    seeHelp: (c) => `\`cs-drill ${c} --help\` shows what it takes`,
    optionRequired: (o, c) => `${o} is required: one of ${c}`,
  },
  zh: {
    bomOnlyCsv: '--bom 只适用于 --format csv',
    interrupted: '已中断',
    unexpected: (m) => `意外错误：${m}`,
    runWithDebug: '请加上 --debug 再运行一次，看看错误出在哪里，并报告给我们',
    skipped: (p) => `已跳过：${p}`,
    moreSkipped: (n) => `…… 另有 ${n} 行已跳过`,
    warning: (p) => `注意：${p}`,
    fileExists: '已存在',
    fileExistsWithAnswers: '已存在（里面可能有答案）',
    fileExistsHint: '换一个文件名，或加上 --force 覆盖它',
    cannotWrite: (c) => `无法写入：${c}`,
    cannotWriteHint: '请检查目录是否存在、是否可写',
    checkPath: '请检查路径',
    invalidSince: (m) => `--since：${m}`,
    invalidSinceHint:
      '请给出日期（如 2026-11-01）、日期和时间（如 2026-11-01T09:00）或天数（如 7d）',
    noTerminal: (c) => `\`cs-drill ${c}\` 需要在终端里答题，但标准输入不是终端`,
    langFallback: (w, u) => `这套题没有 ${w} 版本，改用 ${u}。`,
    allUsers: '全体学员',
    userOrAllUsers: '--user 和 --all-users 只能用一个',
    noSubcommand: (g, w) => `${g} 没有子命令“${w}”`,
    strayWord: (c, w) => `${c} 不接受参数“${w}”`,
    didYouMean: (c) => `你是不是想用 \`cs-drill ${c}\`？`,
    subcommandsAre: (l) => `它的子命令有 ${l.replaceAll(', ', '、')}`,
    seeHelp: (c) => `\`cs-drill ${c} --help\` 说明它接受什么`,
    optionRequired: (o, c) => `必须给出 ${o}：${c.replaceAll(', ', '、')} 之一`,
  },
};

export function commonFor(lang: Lang): CommonText {
  return pick(commonText, lang);
}
