import type { Lang } from '../../drills/schema.js';
import { type Bilingual, pick } from '../../render/messages/common.js';

/** Errors of history, history show/merge, stats, export and review (their screens: screen-text.ts). */
export interface HistoryErrors {
  giveSessionId: string;
  giveSessionIdHint: string;
  noSessionWithPrefix(prefix: string): string;
  listSessionsHint: string;
  ambiguous(prefix: string, count: string, list: string): string;
  moreThan10: string;
  giveMoreOfId: string;
  itemsNotHtml: string;
  itemsNotHtmlHint: string;
  cannotWriteExport(code: string): string;
  notAFile: string;
  notAHistory: string;
  giveHistoryFiles: string;
  noSuchFile: string;
  cannotRead(code: string): string;
  cannotMerge(code: string): string;
  reviewNoTerminalHint: string;
}

export const historyErrors: Bilingual<HistoryErrors> = {
  en: {
    giveSessionId: 'give a session id (or the start of one)',
    giveSessionIdHint: '`cs-drill history` lists them in the ID column',
    noSessionWithPrefix: (p) => `no session has an id starting with "${p}"`,
    listSessionsHint: '`cs-drill history` lists the sessions with their ids',
    ambiguous: (p, n, list) => `"${p}" matches ${n} sessions: ${list}`,
    moreThan10: 'more than 10',
    giveMoreOfId: 'give more characters of the id',
    itemsNotHtml: '--items does not apply to the HTML report',
    itemsNotHtmlHint: 'use --format csv --items for every answer',
    cannotWriteExport: (c) => `cannot write the export: ${c}`,
    notAFile: 'is not a file',
    notAHistory: 'is not a cs-drill history (none of its first lines is a session); nothing merged',
    giveHistoryFiles: 'give history files (.jsonl)',
    noSuchFile: 'no such file',
    cannotRead: (c) => `cannot read it: ${c}`,
    cannotMerge: (c) => `cannot merge into this file: ${c}`,
    reviewNoTerminalHint:
      '`cs-drill review --due` (or --json) tells how many items are due without asking them',
  },
  zh: {
    giveSessionId: '请给出练习 id（或它的开头）',
    giveSessionIdHint: '`cs-drill history` 的 ID 列列出了它们',
    noSessionWithPrefix: (p) => `没有 id 以“${p}”开头的练习`,
    listSessionsHint: '`cs-drill history` 列出各次练习及其 id',
    ambiguous: (p, n, list) => `“${p}”对应 ${n} 次练习：${list}`,
    moreThan10: '10 次以上',
    giveMoreOfId: '请多给出几个 id 字符',
    itemsNotHtml: '--items 不适用于 HTML 报告',
    itemsNotHtmlHint: '要导出每个答案，请用 --format csv --items',
    cannotWriteExport: (c) => `无法写入导出文件：${c}`,
    notAFile: '不是文件',
    notAHistory: '不是 cs-drill 练习记录（开头几行都不是练习记录）；什么也没有合并',
    giveHistoryFiles: '请给出练习记录文件（.jsonl）',
    noSuchFile: '没有这个文件',
    cannotRead: (c) => `无法读取：${c}`,
    cannotMerge: (c) => `无法合并到这个文件：${c}`,
    reviewNoTerminalHint: '`cs-drill review --due`（或 --json）可以不出题，只告诉你有多少道题到期',
  },
};

export function historyErrorsFor(lang: Lang): HistoryErrors {
  return pick(historyErrors, lang);
}
