import type { Lang } from '../drills/schema.js';
import { type Bilingual, pick } from './messages/common.js';
import { fmt } from './points.js';

/** How a trainer's regrade is shown beside the judge's score (history show, report). */
const en = {
  line: (auto: number, score: number, max: number, by: string, date: string, note: string) =>
    `✎ Regraded by ${by} on ${date}: automatic ${fmt(auto)} → trainer's ${fmt(score)} of ${fmt(max)}${note ? ` — “${note}”` : ''}`,
  autoBefore: "The judge's automatic verdict, before the regrade:",
  title: "Trainers' regrades",
  header: ['ITEM', 'TRAINEE', 'AUTOMATIC', "TRAINER'S", 'BY', 'WHEN', 'NOTE'],
};

export type RegradeText = typeof en;

const zh: RegradeText = {
  line: (auto, score, max, by, date, note) =>
    `✎ ${by} 于 ${date} 改分：自动评分 ${fmt(auto)} → 培训师评分 ${fmt(score)}（满分 ${fmt(max)}）${note ? `，备注：“${note}”` : ''}`,
  autoBefore: '改分前评分程序的自动判定：',
  title: '培训师改分',
  header: ['题目', '学员', '自动评分', '培训师评分', '改分人', '时间', '备注'],
};

export const regradeText: Bilingual<RegradeText> = { en, zh };

export function regradeTextFor(lang: Lang): RegradeText {
  return pick(regradeText, lang);
}
