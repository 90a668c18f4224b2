import type { Lang } from '../../drills/schema.js';
import { type Bilingual, pick } from '../../render/messages/common.js';

// Every sentence the history, stats, export and review screens print, in English and Chinese.

const en = {
  // history
  historyHeader: ['DATE', 'SET', 'LANG', 'MODE', 'SCORE', 'TIME', 'STATUS', 'ID'],
  userColumn: 'USER',
  /** A session's mode as the tables show it (exports keep the record's word). */
  modeText: { interactive: 'interactive', batch: 'answer sheet', review: 'review' },
  noSessions: (user: string) =>
    `no sessions for ${user} yet — start one with \`cs-drill start <set>\` (\`cs-drill list\` shows the sets)`,
  noSessionsMatch: 'no sessions match these filters',
  shownOf: (shown: number, total: number) =>
    `showing the ${shown} newest of ${total} sessions; --limit N shows more`,
  statusText: {
    completed: 'completed',
    stopped: 'stopped',
    passed: 'passed',
    notPassed: 'not passed',
    part: (asked: number, of: number) => `part: ${asked} of ${of}`,
  },
  // history show
  sessionTitle: (title: string) => `Session: ${title}`,
  sessionMeta: (set: string, lang: string, mode: string, date: string) =>
    `${set} · ${lang} · ${mode} · ${date}`,
  scoreLine: (pct: number, score: number, max: number, passed: boolean) =>
    `Score: ${pct}% (${score}/${max}) — ${passed ? 'passed' : 'not passed'}`,
  setUnavailable: (set: string) =>
    `The set "${set}" is not available any more: showing what the history holds.`,
  partLine: (asked: number, of: number) =>
    `This run asked ${asked} of the set's ${of} items: its score is for those items, not for the set.`,
  setChanged: 'The set has changed since this session: items are shown as they are now.',
  itemMissing: 'This item is no longer in the set.',
  /** Between a label and its text. */
  colon: ': ',
  answerLabel: 'Your answer',
  noAnswer: '(no answer)',
  verdictLabel: 'Verdict',
  verdictText: { pass: 'right', partial: 'partly right', fail: 'not right' },
  criteriaLabel: 'Checks',
  stoppedAfter: (n: number, total: number, score: string, max: string) =>
    `Stopped after ${n} of ${total} items: ${score}/${max} points on the items answered (no score for the set).`,
  // stats
  statsTitle: (user: string) => `Progress of ${user}`,
  summaryLine: (sessions: number, reviews: number, aborted: number, overall: number | null) =>
    `${sessions} completed session${sessions === 1 ? '' : 's'}${reviews ? `, ${reviews} review${reviews === 1 ? '' : 's'}` : ''}${aborted ? `, ${aborted} stopped` : ''}${overall === null ? '' : ` · overall ${overall}%`}`,
  streakLine: (current: number, longest: number, active: number) =>
    `Streak: ${current} day${current === 1 ? '' : 's'} in a row now · longest ${longest} · ${active} day${active === 1 ? '' : 's'} practised`,
  bySkill: 'By skill',
  bySet: 'By set',
  partialNote: (n: number) =>
    `Whole-set runs only: ${n} run${n === 1 ? '' : 's'} of part of a set (--tag, --limit, --missed) count${n === 1 ? 's' : ''} for ${n === 1 ? 'its' : 'their'} items and skills, not for the set.`,
  skillColumn: 'SKILL',
  setColumn: 'SET',
  groupHeader: (first: string) => [first, 'SESSIONS', 'LATEST', 'BEST', 'AVERAGE', 'TREND'],
  weakestTitle: (min: number) => `Weakest items (at least ${min} attempts)`,
  weakestHeader: ['SET', 'ITEM', 'SUCCESS', 'ATTEMPTS', 'PRACTISE WITH'],
  noWeakest: (min: number) => `No weak items yet (an item needs ${min} attempts to count).`,
  chronicTitle: (n: number) => `Chronic misses (missed ${n} times or more): revisit the principle`,
  missedTimes: (n: number, attempts: number) => `missed ${n} of ${attempts} times`,
  selfTitle: 'Self-rating against measured score',
  selfRatingLine: (item: string, total: number, lo: number, hi: number, pct: number) =>
    `${item}: ${total} on a ${lo}–${hi} scale = ${pct}%`,
  calibrationHeader: ['SKILL', 'MEASURED', 'SELF-RATING', 'GAP', ''],
  confidence: {
    'over-confident': 'over-confident',
    'under-confident': 'under-confident',
    matches: 'matches',
  },
  selfNote:
    'Self-rating: the scale total as a share of its range. Gaps over 15 points count as over- or under-confidence.',
  noStats: (user: string) => `no completed sessions for ${user} to count yet`,
  // export (HTML)
  reportTitle: (user: string) => `cs-drill progress report — ${user}`,
  generated: (when: string) => `Generated ${when}`,
  scopeSet: (id: string) => `set ${id}`,
  scopeSince: (date: string) => `since ${date}`,
  trendTitle: 'Score trend per skill',
  sessionsTitle: 'Sessions',
  sessionsCapped: (shown: number, total: number) =>
    `The ${shown} newest of ${total} sessions; export CSV for all of them.`,
  reportHeader: ['Date', 'Set', 'Language', 'Mode', 'Score', 'Time', 'Status'],
  reportUserColumn: 'Trainee',
  reportGroupHeader: ['Set', 'Sessions', 'Latest', 'Best', 'Average'],
  reportWeakestHeader: ['Set', 'Item', 'Success', 'Attempts', 'Practise with'],
  reportCalibrationHeader: ['Skill', 'Measured', 'Self-rating', 'Gap', ''],
  noTrend: 'No scored sessions yet.',
  // review
  dueNone: 'Nothing is due for review today.',
  dueCount: (n: number) => `${n} item${n === 1 ? ' is' : 's are'} due for review today.`,
  dueNext: (parts: string[]) => `Next: ${parts.join(', ')}.`,
  dueOn: (count: number, day: string) => `${count} on ${day}`,
  nothingScheduled:
    'No items are scheduled yet: answer some drills with `cs-drill start <set>` first.',
  reviewIntro: (n: number, sets: number) =>
    `Review: ${n} item${n === 1 ? '' : 's'} from ${sets} set${sets === 1 ? '' : 's'}.`,
  reviewSet: (title: string, n: number) => `── ${title} (${n}) ──`,
  reviewDone: (n: number) =>
    `Review done: ${n} item${n === 1 ? '' : 's'} answered. \`cs-drill review --due\` shows what comes next.`,
  reviewStopped: (n: number) =>
    `Review stopped; the ${n} answer${n === 1 ? '' : 's'} given so far are saved.`,
  itemsGone: (n: number) =>
    `${n} due item${n === 1 ? ' is' : 's are'} no longer in the drill sets and ${n === 1 ? 'is' : 'are'} skipped.`,
  // merge
  mergeReport: (added: number, skipped: number, damaged: number, into: string) =>
    `merged into ${into}: ${added} added, ${skipped} already present, ${damaged} damaged line${damaged === 1 ? '' : 's'} skipped`,
  mergeRegrades: (n: number) => `and ${n} trainer regrade${n === 1 ? '' : 's'}`,
  // export
  exported: (rows: number, file: string) => `wrote ${rows} row${rows === 1 ? '' : 's'} to ${file}`,
};

type Shape<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : T[K] extends (...args: infer A) => infer R
        ? (...args: A) => R extends string ? string : readonly string[]
        : Shape<T[K]>;
};

/** TypeScript checks `zh` against this shape, so both languages have every key. */
export type StatsLabels = Shape<typeof en>;

const zh: StatsLabels = {
  // history
  historyHeader: ['日期', '题组', '语言', '模式', '得分', '用时', '状态', 'ID'],
  userColumn: '学员',
  modeText: { interactive: '交互练习', batch: '答题卡', review: '复习' },
  noSessions: (user) =>
    `${user} 还没有练习记录——用 \`cs-drill start <题组>\` 开始练习（\`cs-drill list\` 列出题组）`,
  noSessionsMatch: '没有符合这些条件的练习',
  shownOf: (shown, total) => `显示 ${total} 次练习中最新的 ${shown} 次；用 --limit N 显示更多`,
  statusText: {
    completed: '已完成',
    stopped: '中途停止',
    passed: '通过',
    notPassed: '未通过',
    part: (asked, of) => `部分：${of} 题中的 ${asked} 题`,
  },
  // history show
  sessionTitle: (title) => `练习：${title}`,
  sessionMeta: (set, lang, mode, date) => `${set} · ${lang} · ${mode} · ${date}`,
  scoreLine: (pct, score, max, passed) =>
    `得分：${pct}%（${score}/${max}）—— ${passed ? '通过' : '未通过'}`,
  setUnavailable: (set) => `题组“${set}”已不可用：下面显示练习记录中保存的内容。`,
  partLine: (asked, of) =>
    `这次练习只问了题组 ${of} 题中的 ${asked} 题：得分只代表这些题，不代表整个题组。`,
  setChanged: '这次练习之后题组有改动：题目按现在的样子显示。',
  itemMissing: '这道题已不在题组中。',
  colon: '：',
  answerLabel: '你的答案',
  noAnswer: '（未作答）',
  verdictLabel: '判定',
  verdictText: { pass: '正确', partial: '部分正确', fail: '不正确' },
  criteriaLabel: '评分要点',
  stoppedAfter: (n, total, score, max) =>
    `在第 ${n}/${total} 题后停止：已答的题得 ${score}/${max} 分（不算作题组得分）。`,
  // stats
  statsTitle: (user) => `${user} 的进步`,
  summaryLine: (sessions, reviews, aborted, overall) =>
    `完成练习 ${sessions} 次${reviews ? `，复习 ${reviews} 次` : ''}${aborted ? `，中途停止 ${aborted} 次` : ''}${overall === null ? '' : ` · 总体 ${overall}%`}`,
  streakLine: (current, longest, active) =>
    `连续练习：目前 ${current} 天 · 最长 ${longest} 天 · 共练习 ${active} 天`,
  bySkill: '各项技能',
  bySet: '各题组',
  partialNote: (n) =>
    `只计整套练习：${n} 次只练部分题目的练习（--tag、--limit、--missed）计入各题和各技能，不计入题组成绩。`,
  skillColumn: '技能',
  setColumn: '题组',
  groupHeader: (first) => [first, '次数', '最近', '最好', '平均', '趋势'],
  weakestTitle: (min) => `最薄弱的题（至少答过 ${min} 次）`,
  weakestHeader: ['题组', '题目', '正确率', '次数', '练习命令'],
  noWeakest: (min) => `还没有薄弱的题（一道题答满 ${min} 次才计入）。`,
  chronicTitle: (n) => `反复出错（错了 ${n} 次或更多）：请重温要点`,
  missedTimes: (n, attempts) => `${attempts} 次中错了 ${n} 次`,
  selfTitle: '自评与实测成绩对比',
  selfRatingLine: (item, total, lo, hi, pct) =>
    `${item}：在 ${lo}–${hi} 量表上得 ${total} = ${pct}%`,
  calibrationHeader: ['技能', '实测', '自评', '差距', ''],
  confidence: {
    'over-confident': '高估自己',
    'under-confident': '低估自己',
    matches: '相符',
  },
  selfNote: '自评：量表总分占其范围的比例。差距超过 15 个百分点视为高估或低估。',
  noStats: (user) => `${user} 还没有可统计的已完成练习`,
  // export (HTML)
  reportTitle: (user) => `cs-drill 进步报告 —— ${user}`,
  generated: (when) => `生成于 ${when}`,
  scopeSet: (id) => `题组 ${id}`,
  scopeSince: (date) => `自 ${date} 起`,
  trendTitle: '各技能得分趋势',
  sessionsTitle: '练习记录',
  sessionsCapped: (shown, total) => `${total} 次练习中最新的 ${shown} 次；导出 CSV 可得到全部。`,
  reportHeader: ['日期', '题组', '语言', '模式', '得分', '用时', '状态'],
  reportUserColumn: '学员',
  reportGroupHeader: ['题组', '次数', '最近', '最好', '平均'],
  reportWeakestHeader: ['题组', '题目', '正确率', '次数', '练习命令'],
  reportCalibrationHeader: ['技能', '实测', '自评', '差距', ''],
  noTrend: '还没有计分的练习。',
  // review
  dueNone: '今天没有到期要复习的题。',
  dueCount: (n) => `今天有 ${n} 道题到期要复习。`,
  dueNext: (parts) => `接下来：${parts.join('，')}。`,
  dueOn: (count, day) => `${day} ${count} 道`,
  nothingScheduled: '还没有安排复习的题：先用 `cs-drill start <题组>` 做些练习。',
  reviewIntro: (n, sets) => `复习：${sets} 个题组中的 ${n} 道题。`,
  reviewSet: (title, n) => `── ${title}（${n}）──`,
  reviewDone: (n) => `复习完成：答了 ${n} 道题。\`cs-drill review --due\` 显示接下来的安排。`,
  reviewStopped: (n) => `复习已停止；已答的 ${n} 道题已保存。`,
  itemsGone: (n) => `有 ${n} 道到期的题已不在题组中，跳过。`,
  // merge
  mergeReport: (added, skipped, damaged, into) =>
    `已合并到 ${into}：新增 ${added} 次，已有 ${skipped} 次，跳过损坏的 ${damaged} 行`,
  mergeRegrades: (n) => `以及培训师改分 ${n} 条`,
  // export
  exported: (rows, file) => `已把 ${rows} 行写入 ${file}`,
};

export const statsLabelsText: Bilingual<StatsLabels> = { en, zh };

/** A session's mode in the table's words; an unknown mode as it is. */
export function modeWord(L: StatsLabels, mode: string): string {
  return (L.modeText as Record<string, string>)[mode] ?? mode;
}

/** The English labels (kept for code that prints for logs and tests). */
export const statsLabels: StatsLabels = en;

export function statsLabelsFor(lang: Lang): StatsLabels {
  return pick(statsLabelsText, lang);
}
