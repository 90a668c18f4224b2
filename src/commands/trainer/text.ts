import type { Lang } from '../../drills/schema.js';
import { formatProblem, type Problem } from '../../errors.js';
import { type Bilingual, pick } from '../../render/messages/common.js';
import { plainErrno } from '../../render/messages/errno.js';
import { kindLabels } from '../../render/messages/kinds.js';
import { fmt } from '../../render/points.js';
import { sanitize } from '../../render/sanitize.js';

/** Every sentence assess, template and regrade print for people. */
const en = {
  header: ['ITEM', 'KIND', 'SCORE', 'RESULT', 'BREAKDOWN'],
  kind: kindLabels.en,
  traineeScore: (score: number, max: number, pct: number, passed: boolean, mark: number) =>
    `${fmt(score)}/${fmt(max)} (${pct}%) ${passed ? 'PASSED' : 'NOT PASSED'} (pass mark ${mark}%)`,
  missing: 'missing',
  invalid: 'invalid',
  invalidCount: (n: number) =>
    `${n} ${n === 1 ? 'answer' : 'answers'} could not be read and scored zero (listed above with the line to fix)`,
  invalidAnswers: (file: string, n: number) =>
    `${file}: ${n} ${n === 1 ? 'answer' : 'answers'} not scored (the rest of the sheet is):`,
  verdict: { pass: 'pass', partial: 'partial', fail: 'fail' },
  needsReview: 'needs_review',
  regraded: 'regraded',
  summary: (scored: number, passed: number, failed: number, mark: number, skipped: number) =>
    `${scored} ${scored === 1 ? 'sheet' : 'sheets'} scored: ${passed} passed, ${failed} not passed (pass mark ${mark}%)${skipped ? `; ${skipped} skipped (see above)` : ''}`,
  reviewCount: (n: number) =>
    `${n} free-text ${n === 1 ? 'answer needs' : 'answers need'} a trainer's review (cs-drill regrade <session-id> <item-id> <score>)`,
  skippedSheet: (file: string, n: number) =>
    `skipped ${file}: ${n} ${n === 1 ? 'problem' : 'problems'}`,
  noneScored: 'no sheet could be scored',
  sets: {
    noneNamed: 'no set given, and the sheets do not name one (set: …)',
    nameIt: 'name the set: `cs-drill assess <set> --answers …`',
    several: (sets: string) => `the sheets name several sets: ${sets}`,
    onePerRun: (commands: string[]) => `score one set per run: ${commands.join('; ')}`,
  },
  setFilesLeftOut: (n: number) =>
    `left out ${n} ${n === 1 ? 'file' : 'files'} lying among the sheets that ${n === 1 ? 'is' : 'are'} no answer sheet (a drill set, results)`,
  noSheets: (dir: string) => `no answer sheets (*.yaml, *.yml, *.json) in ${dir}`,
  recorded: (n: number, file: string) =>
    `recorded ${n} ${n === 1 ? 'session' : 'sessions'} in ${file}`,
  notRecorded: (name: string, reason: string) => `could not record ${name}'s session: ${reason}`,
  /** Between why a session was not recorded and where it went instead. */
  clauseBreak: '; ',
  savedInstead: (file: string) => `it is saved in ${file}`,
  alreadyRecorded: (name: string, file: string, session: string) =>
    `${name}'s sheet ${file} is already in the history (session ${session}): not recorded again (--again records it once more)`,
  sameName: (name: string, file: string, written: string, other: string, otherWritten: string) =>
    `${file} and ${other} both name "${name}", written differently ("${written}", "${otherWritten}"): they are recorded as one trainee`,
  savedNowhere: 'nor in a fallback file; here it is as JSON, keep it:',
  progress: (done: number, total: number) => `${done}/${total} sheets`,
  workersLowered: (asked: number, cores: number) =>
    `CS_DRILL_WORKERS=${asked} is more than the ${cores} ${cores === 1 ? 'core' : 'cores'} here: using ${cores} ${cores === 1 ? 'worker' : 'workers'}`,
  templateWritten: (file: string) => `wrote an answer sheet to ${file}`,
  workerOutOfMemory:
    'a scoring thread ran out of memory: the sheets reported above are scored (and recorded with --record), the rest are not',
  workerOutOfMemoryHint:
    'run again with CS_DRILL_WORKERS=0 to score in one thread, or give Node more memory (NODE_OPTIONS=--max-old-space-size=512); with --record, sheets already recorded are skipped unless --again',
  check: {
    unreadable: (file: string, n: number) =>
      `${file}: cannot be read; nothing on it would be scored (${n} ${n === 1 ? 'problem' : 'problems'}):`,
    read: (file: string, name: string, answered: number, invalid: number, missing: number) =>
      `${file}: ${name}, ${answered} ${answered === 1 ? 'answer' : 'answers'} ready to score${invalid ? `, ${invalid} not readable (scored zero)` : ''}${missing ? `, ${missing} left empty` : ''}`,
    missing: (ids: string) => `left empty: ${ids}`,
    summary: (clean: number, faulty: number) =>
      `${clean} ${clean === 1 ? 'sheet' : 'sheets'} ready, ${faulty} to fix`,
  },
  regradeDone: (item: string, session: string, auto: number, score: number, max: number) =>
    `regraded ${item} in session ${session}: ${fmt(auto)} → ${fmt(score)} of ${fmt(max)}`,
  regradeErrors: {
    unknownItem: (session: string, item: string) => `session ${session} has no item "${item}"`,
    itsItems: (ids: string) => `its items: ${ids || '(none answered)'}`,
    tooHigh: (score: number, item: string, max: number) =>
      `${score} is more than item "${item}" is worth (${max})`,
    giveScore: (max: number) => `give a score from 0 to ${max}`,
    noteTooLong: 'the note is longer than 2000 characters',
    cannotRecord: (code: string) => `cannot record the regrade: ${code}`,
    ambiguous: (id: string, n: number) => `"${id}" matches ${n} sessions`,
    giveMore: 'give more of the session id',
    unknown: (id: string) => `no session "${id}" in the history`,
    atLeast: (n: number) => `give at least ${n} characters of the id`,
    whereIds: 'session ids are in `assess --record` output (json: session_id)',
  },
};

export type AssessText = typeof en;

const zh: AssessText = {
  header: ['题目', '题型', '得分', '结果', '明细'],
  kind: kindLabels.zh,
  traineeScore: (score, max, pct, passed, mark) =>
    `${fmt(score)}/${fmt(max)}（${pct}%）${passed ? '通过' : '未通过'}（及格线 ${mark}%）`,
  missing: '未作答',
  invalid: '无效',
  invalidCount: (n) => `有 ${n} 个答案无法读取，记 0 分（见上文，附有要改的行）`,
  invalidAnswers: (file, n) => `${file}：有 ${n} 个答案没有计分（其余答案已计分）：`,
  verdict: { pass: '正确', partial: '部分正确', fail: '错误' },
  needsReview: '待复核',
  regraded: '已改分',
  summary: (scored, passed, failed, mark, skipped) =>
    `评了 ${scored} 张答题卡：${passed} 人通过，${failed} 人未通过（及格线 ${mark}%）${skipped ? `；跳过 ${skipped} 张（见上文）` : ''}`,
  reviewCount: (n) =>
    `有 ${n} 个自由作答需要培训师复核（cs-drill regrade <练习id> <题目id> <分数>）`,
  skippedSheet: (file, n) => `已跳过 ${file}：${n} 个问题`,
  noneScored: '没有一张答题卡能评分',
  sets: {
    noneNamed: '没有给出题组，答题卡里也没有写（set: …）',
    nameIt: '请写出题组：`cs-drill assess <题组> --answers …`',
    several: (sets) => `这些答题卡写的是不同的题组：${sets}`,
    onePerRun: (commands) => `每次评一个题组：${commands.join('；')}`,
  },
  setFilesLeftOut: (n) => `答题卡中夹着 ${n} 个不是答题卡的文件（题组或评分结果），已略过`,
  noSheets: (dir) => `${dir} 中没有答题卡（*.yaml、*.yml、*.json）`,
  recorded: (n, file) => `已把 ${n} 次练习记入 ${file}`,
  notRecorded: (name, reason) => `无法记录 ${name} 的练习：${reason}`,
  clauseBreak: '；',
  savedInstead: (file) => `已另存到 ${file}`,
  alreadyRecorded: (name, file, session) =>
    `${name} 的答题卡 ${file} 已在练习记录中（练习 ${session}）：不再重复记录（加 --again 可再记一次）`,
  sameName: (name, file, written, other, otherWritten) =>
    `${file} 和 ${other} 写的都是“${name}”，只是写法不同（“${written}”、“${otherWritten}”）：记为同一位学员`,
  savedNowhere: '也无法另存；下面是它的 JSON，请保留：',
  progress: (done, total) => `${done}/${total} 张答题卡`,
  workersLowered: (asked, cores) =>
    `CS_DRILL_WORKERS=${asked} 超过了本机的 ${cores} 个核心：只用 ${cores} 个工作线程`,
  templateWritten: (file) => `已把答题卡写入 ${file}`,
  workerOutOfMemory:
    '一个计分线程内存不足：上面已列出的答题卡已计分（加 --record 时也已记录），其余的没有',
  workerOutOfMemoryHint:
    '请加 CS_DRILL_WORKERS=0 单线程重新计分，或给 Node 更多内存（NODE_OPTIONS=--max-old-space-size=512）；加 --record 时，已记录的答题卡不会重复记录（除非加 --again）',
  check: {
    unreadable: (file, n) => `${file}：无法读取，上面的答案都不会计分（${n} 个问题）：`,
    read: (file, name, answered, invalid, missing) =>
      `${file}：${name}，${answered} 个答案可以计分${invalid ? `，${invalid} 个无法读取（记 0 分）` : ''}${missing ? `，${missing} 个未作答` : ''}`,
    missing: (ids) => `未作答：${ids}`,
    summary: (clean, faulty) => `${clean} 张答题卡没有问题，${faulty} 张需要修改`,
  },
  regradeDone: (item, session, auto, score, max) =>
    `已为练习 ${session} 的 ${item} 改分：${fmt(auto)} → ${fmt(score)}（满分 ${fmt(max)}）`,
  regradeErrors: {
    unknownItem: (session, item) => `练习 ${session} 中没有题目“${item}”`,
    itsItems: (ids) => `它的题目：${ids || '（一道也没答）'}`,
    tooHigh: (score, item, max) => `${score} 超过了题目“${item}”的分值（${max}）`,
    giveScore: (max) => `请给出 0 到 ${max} 之间的分数`,
    noteTooLong: '备注超过了 2000 个字符',
    cannotRecord: (code) => `无法记录改分：${code}`,
    ambiguous: (id, n) => `“${id}”对应 ${n} 次练习`,
    giveMore: '请多给出几个练习 id 字符',
    unknown: (id) => `练习记录中没有练习“${id}”`,
    atLeast: (n) => `请至少给出 id 的 ${n} 个字符`,
    whereIds: '练习 id 见 `assess --record` 的输出（json 中的 session_id）',
  },
};

export const assessText: Bilingual<AssessText> = { en, zh };

/** English, for callers without a language (tests, logs). */
export const ASSESS_TEXT: AssessText = en;

export function assessTextFor(lang: Lang): AssessText {
  return pick(assessText, lang);
}

/** A problem for people or a JSON field, with untrusted parts made safe to print. */
export function formatProblemPlain(p: Problem): string {
  return sanitize(formatProblem(plainErrno(p, 'en') ?? p));
}
