import type { Lang } from '../../drills/schema.js';
import { type Bilingual, pick } from './common.js';

/** `cs-drill list` and `cs-drill validate`. */
export interface ListText {
  header: readonly [string, string, string, string, string, string, string];
  tagsHeader: readonly [string, string];
  noSets: string;
  watching: string;
  checkedValid(files: number): string;
  checkedProblems(files: number, problems: number, broken: number): string;
  duplicateSet(key: string, owner: string): string;
  noSuchPath: string;
  noDrillFiles: string;
  noDrillFilesHint: string;
}

export const listText: Bilingual<ListText> = {
  en: {
    header: ['SET', 'TITLE', 'LANG', 'ITEMS', 'LAST', 'BEST', 'SKILLS'],
    tagsHeader: ['SET', 'TAGS (use with --tag)'],
    noSets: 'no drill sets found',
    watching: 'watching for changes (Ctrl-C to stop)',
    checkedValid: (n) => `${n} file(s) checked: all valid`,
    checkedProblems: (n, p, b) => `${n} file(s) checked: ${p} problem(s) in ${b} file(s)`,
    duplicateSet: (key, owner) => `set ${key} is also defined in ${owner}`,
    noSuchPath: 'no such file or directory',
    noDrillFiles: 'has no .yaml drill files',
    noDrillFilesHint: 'drill files end in .yaml or .yml',
  },
  zh: {
    header: ['题组', '标题', '语言', '题数', '最近', '最好', '技能'],
    tagsHeader: ['题组', '标签（配合 --tag 使用）'],
    noSets: '没有找到题组',
    watching: '正在监视文件改动（Ctrl-C 停止）',
    checkedValid: (n) => `检查了 ${n} 个文件：全部有效`,
    checkedProblems: (n, p, b) => `检查了 ${n} 个文件：${b} 个文件中有 ${p} 个问题`,
    duplicateSet: (key, owner) => `题组 ${key} 在 ${owner} 中也有定义`,
    noSuchPath: '没有这个文件或目录',
    noDrillFiles: '里面没有 .yaml 题目文件',
    noDrillFilesHint: '题目文件以 .yaml 或 .yml 结尾',
  },
};

export function listTextFor(lang: Lang): ListText {
  return pick(listText, lang);
}
