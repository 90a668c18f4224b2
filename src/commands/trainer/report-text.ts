import type { Lang } from '../../drills/schema.js';
import { type Bilingual, pick } from '../../render/messages/common.js';
import { kindLabel, kindLabels } from '../../render/messages/kinds.js';
import { regradeText } from '../../render/regrade-text.js';
import { displayCopy, jsonText } from '../../render/sanitize.js';
import { table } from '../../render/width.js';
import type {
  AnalysisAttempt,
  AnalysisItem,
  ItemStats,
  SetStats,
} from '../../stats/item-analysis.js';
import type { RegradeRow } from '../../stats/regrades.js';

/** What `report` analyses: one set's items and the attempts at them, from a history or assess results. */
export interface ReportInput {
  setId: string;
  title: string;
  source: string;
  items: AnalysisItem[];
  attempts: AnalysisAttempt[];
  /** Sessions not analysed, and why (another selection of items). */
  leftOut: number;
  /** The right option(s) of choice and multi items, by item id, where the set says. */
  keyed: Record<string, string[]>;
  /** Trainers' regrades of the analysed sessions (history only: fresh results have none). */
  regrades: RegradeRow[];
}

/** Below this many attempts the report warns that its figures are unstable. */
export const SMALL_CLASS = 10;
/** Below this many attempts discrimination, efficiency and alpha are not shown at all. */
export const TINY_CLASS = 5;

/** Words of the item-analysis report; thresholds and formulas are always printed with it. */
const en = {
  title: (title: string, id: string) => `Item analysis: ${title} (${id})`,
  source: (source: string, n: number, leftOut: number) =>
    `${n} completed ${n === 1 ? 'attempt' : 'attempts'} from ${source}${leftOut ? ` (${leftOut} with another selection of items left out)` : ''}`,
  /** Between a label and its text, and between figures. */
  colon: ': ',
  comma: ', ',
  overall: 'Whole set',
  mean: 'mean',
  median: 'median',
  sd: 'sd',
  alpha: "Cronbach's alpha",
  histogram: 'Scores',
  items: 'Items',
  header: ['ITEM', 'KIND', 'N', 'FACILITY', 'SD', 'DISCRIM.', 'EFFIC.', 'FLAGS'],
  kind: kindLabels.en,
  options: 'Options picked (✓ the keyed answer)',
  small: (n: number, min: number, tiny: number) =>
    `⚠ Only ${n} ${n === 1 ? 'attempt' : 'attempts'}: with fewer than ${min} these figures are unstable${n < tiny ? `; discrimination, efficiency and alpha are not shown below ${tiny}` : ''}.`,
  noAnswer: '(no answer)',
  flags: {
    'too-easy': 'too easy',
    'too-hard': 'too hard',
    'not-discriminating': 'not discriminating',
  } as Record<string, string>,
  thresholds: (s: SetStats) =>
    `Flags: too easy when facility > ${s.thresholds.tooEasy}%, too hard when facility < ${s.thresholds.tooHard}%, not discriminating when discrimination < ${s.thresholds.minDiscrimination}.`,
  formulas: [
    'Facility: mean item score as % of its points. SD: sample standard deviation as % of its points.',
    'Discrimination: correlation of the item score with the rest of the test (total minus this item), −1 to 1.',
    "Efficiency: discrimination relative to the most this item's scores allow (cov with rest / cov of both sorted), as in Moodle.",
    "Alpha: k/(k−1) × (1 − Σ item variances / total variance). Unscored items (self-ratings) are left out; '–' means it cannot be computed.",
  ],
};

export type ReportText = typeof en;

const zh: ReportText = {
  title: (title, id) => `题目分析：${title}（${id}）`,
  source: (source, n, leftOut) =>
    `来自 ${source} 的 ${n} 次完成的作答${leftOut ? `（另有 ${leftOut} 次题目选择不同，未计入）` : ''}`,
  colon: '：',
  comma: '，',
  overall: '整套题',
  mean: '平均',
  median: '中位数',
  sd: '标准差',
  alpha: '克龙巴赫 α',
  histogram: '得分分布',
  items: '各题',
  header: ['题目', '题型', '人次', '难度', '标准差', '区分度', '效率', '标记'],
  kind: kindLabels.zh,
  options: '各选项被选次数（✓ 为正确答案）',
  small: (n, min, tiny) =>
    `⚠ 只有 ${n} 次作答：少于 ${min} 次时这些数字不稳定${n < tiny ? `；少于 ${tiny} 次时不显示区分度、效率和 α` : ''}。`,
  noAnswer: '（未作答）',
  flags: {
    'too-easy': '太容易',
    'too-hard': '太难',
    'not-discriminating': '区分度不足',
  },
  thresholds: (s) =>
    `标记：难度 > ${s.thresholds.tooEasy}% 为太容易，难度 < ${s.thresholds.tooHard}% 为太难，区分度 < ${s.thresholds.minDiscrimination} 为区分度不足。`,
  formulas: [
    '难度：该题平均得分占其分值的百分比。标准差：样本标准差，占其分值的百分比。',
    '区分度：该题得分与其余题目总分（总分减去本题）的相关系数，−1 到 1。',
    '效率：区分度相对于该题得分所能达到的最大值（与其余部分的协方差 / 两者各自排序后的协方差），同 Moodle。',
    "α：k/(k−1) × (1 − Σ 各题方差 / 总分方差)。不计分的题（自评）不计入；'–' 表示无法计算。",
  ],
};

export const reportText: Bilingual<ReportText> = { en, zh };

export function reportTextFor(lang: Lang): ReportText {
  return pick(reportText, lang);
}

export function renderReportTable(data: ReportInput, stats: SetStats, R: ReportText = en): string {
  const [input, s] = [displayCopy(data), displayCopy(stats)];
  const out = [
    R.title(input.title, input.setId),
    R.source(input.source, s.attempts, input.leftOut),
    ...smallClass(s, R),
    '',
  ];
  out.push(
    `${R.overall}${R.colon}${[`${R.mean} ${pct(s.mean)}`, `${R.median} ${pct(s.median)}`, `${R.sd} ${pct(s.sd)}`, `${R.alpha} ${num(s.alpha)}`].join(R.comma)}`,
  );
  out.push('', `${R.histogram}${R.colon.trimEnd()}`, ...histogramLines(s));
  out.push('', `${R.items}${R.colon.trimEnd()}`);
  out.push(table([R.header, ...s.items.map((i) => itemRow(i, R))]).replace(/^/gm, '  '));
  const optionLines = s.items
    .filter((i) => i.options)
    .map((i) => `  ${i.id}: ${optionText(i, R, input.keyed[i.id])}`);
  if (optionLines.length) out.push('', `${R.options}${R.colon.trimEnd()}`, ...optionLines);
  if (input.regrades.length) {
    const G = R === en ? regradeText.en : regradeText.zh;
    out.push('', `${G.title}${R.colon.trimEnd()}`);
    out.push(table([G.header, ...input.regrades.map(regradeCells)]).replace(/^/gm, '  '));
  }
  out.push('', R.thresholds(s), ...R.formulas);
  return `${out.join('\n')}\n`;
}

export function renderReportMarkdown(
  data: ReportInput,
  stats: SetStats,
  R: ReportText = en,
): string {
  const [input, s] = [displayCopy(data), displayCopy(stats)];
  const cell = (t: string) => t.replace(/\|/g, '\\|');
  const out = [
    `# ${cell(R.title(input.title, input.setId))}`,
    '',
    R.source(cell(input.source), s.attempts, input.leftOut),
    '',
    ...smallClass(s, R).flatMap((l) => [l, '']),
  ];
  out.push(
    `**${R.overall}:** ${R.mean} ${pct(s.mean)}, ${R.median} ${pct(s.median)}, ${R.sd} ${pct(s.sd)}, ${R.alpha} ${num(s.alpha)}`,
    '',
  );
  out.push(`## ${R.histogram}`, '', '```', ...histogramLines(s), '```', '');
  out.push(
    `## ${R.items}`,
    '',
    `| ${R.header.join(' | ')} |`,
    `|${R.header.map(() => '---').join('|')}|`,
  );
  for (const i of s.items) out.push(`| ${itemRow(i, R).map(cell).join(' | ')} |`);
  const withOptions = s.items.filter((i) => i.options);
  if (withOptions.length)
    out.push(
      '',
      `## ${R.options}`,
      '',
      ...withOptions.map((i) => `- **${i.id}**: ${cell(optionText(i, R, input.keyed[i.id]))}`),
    );
  if (input.regrades.length) {
    const G = R === en ? regradeText.en : regradeText.zh;
    out.push(
      '',
      `## ${G.title}`,
      '',
      `| ${G.header.join(' | ')} |`,
      `|${G.header.map(() => '---').join('|')}|`,
    );
    for (const r of input.regrades) out.push(`| ${regradeCells(r).map(cell).join(' | ')} |`);
  }
  out.push('', R.thresholds(s), '', ...R.formulas.map((f) => `- ${f}`));
  return `${out.join('\n')}\n`;
}

export function renderReportJson(input: ReportInput, s: SetStats): string {
  const small = s.attempts < SMALL_CLASS ? { small_class: true } : {};
  return `${jsonText({ set: input.setId, title: input.title, source: input.source, left_out: input.leftOut, ...small, ...s, keyed: input.keyed, regrades: input.regrades }, 2)}\n`;
}

function itemRow(i: ItemStats, R: ReportText): string[] {
  return [
    i.id,
    kindLabel(R.kind, i.kind),
    String(i.attempts),
    pct(i.facility),
    pct(i.sd),
    num(i.discrimination),
    num(i.efficiency),
    i.flags.map((f) => R.flags[f]).join(R === en ? ', ' : '、'),
  ];
}

function smallClass(s: SetStats, R: ReportText): string[] {
  return s.attempts < SMALL_CLASS ? [R.small(s.attempts, SMALL_CLASS, TINY_CLASS)] : [];
}

function regradeCells(r: RegradeRow): string[] {
  return [
    r.item,
    r.user,
    `${r.auto_score}/${r.max}`,
    `${r.score}/${r.max}`,
    r.by,
    r.at.slice(0, 16).replace('T', ' '),
    r.note,
  ];
}

function optionText(i: ItemStats, R: ReportText, keyed: string[] = []): string {
  const picked = (i.options ?? []).map(
    (o) => `${keyed.includes(o.key) ? '✓' : ''}${o.key} ${o.count} (${Math.round(o.share)}%)`,
  );
  const none = i.attempts - i.answered;
  return [...picked, ...(none > 0 ? [`${R.noAnswer} ${none}`] : [])].join(', ');
}

function histogramLines(s: SetStats): string[] {
  const top = Math.max(1, ...s.histogram.map((b) => b.count));
  return s.histogram.map((b) => {
    const label = `${String(b.from).padStart(3)}–${b.to === 100 ? '100' : String(b.to).padStart(3)}%`;
    return `  ${label} ${'█'.repeat(Math.round((b.count / top) * 30))} ${b.count}`;
  });
}

function pct(v: number | null): string {
  return v === null ? '–' : `${Math.round(v * 10) / 10}%`;
}

function num(v: number | null): string {
  return v === null ? '–' : (Math.round(v * 100) / 100).toFixed(2);
}
