import type { Lang } from '../../drills/schema.js';
import { type Bilingual, pick } from '../../render/messages/common.js';

/** Words of the HTML report beyond the stats labels: chart captions and trainers' regrades. */
const en = {
  chartCaption: (skill: string, average: number) => `${skill} — average ${average}%`,
  chartFooter: (sessions: number, latest: number) =>
    `${sessions} session${sessions === 1 ? '' : 's'}, latest ${latest}%`,
  regradesTitle: "Trainers' regrades",
  regradesHeader: ['Regraded', 'Trainee', 'Set', 'Item', 'Automatic', "Trainer's", 'By', 'Note'],
  regradedMark: (n: number) => `${n} regraded`,
  regradesCapped: (shown: number, total: number) => `The ${shown} newest of ${total} regrades.`,
};

export type HtmlLabels = typeof en;

const zh: HtmlLabels = {
  chartCaption: (skill, average) => `${skill}：平均 ${average}%`,
  chartFooter: (sessions, latest) => `${sessions} 次练习，最近 ${latest}%`,
  regradesTitle: '培训师改分',
  regradesHeader: ['改分时间', '学员', '题组', '题目', '自动评分', '培训师评分', '改分人', '备注'],
  regradedMark: (n) => `${n} 题已改分`,
  regradesCapped: (shown, total) => `共 ${total} 次改分，只列出最新的 ${shown} 次。`,
};

export const htmlLabels: Bilingual<HtmlLabels> = { en, zh };

export function htmlLabelsFor(lang: Lang): HtmlLabels {
  return pick(htmlLabels, lang);
}
