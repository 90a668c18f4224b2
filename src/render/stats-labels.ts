// Every sentence the history, stats, export and review screens print, kept in one place so
// the next issue can add a Chinese version beside this English one.

export const statsLabels = {
  // history
  historyHeader: ['DATE', 'SET', 'LANG', 'MODE', 'SCORE', 'TIME', 'STATUS', 'ID'],
  noSessions: (user: string) =>
    `no sessions for ${user} yet — start one with \`cs-drill start <set>\` (\`cs-drill list\` shows the sets)`,
  noSessionsMatch: 'no sessions match these filters',
  shownOf: (shown: number, total: number) =>
    `showing the ${shown} newest of ${total} sessions; --limit N shows more`,
  statusText: {
    completed: 'completed',
    aborted: 'stopped',
    passed: 'passed',
    notPassed: 'not passed',
  },
  // history show
  sessionTitle: (title: string) => `Session: ${title}`,
  sessionMeta: (set: string, lang: string, mode: string, date: string) =>
    `${set} · ${lang} · ${mode} · ${date}`,
  scoreLine: (pct: number, score: number, max: number, passed: boolean) =>
    `Score: ${pct}% (${score}/${max}) — ${passed ? 'passed' : 'not passed'}`,
  setUnavailable: (set: string) =>
    `The set "${set}" is not available any more: showing what the history holds.`,
  setChanged: 'The set has changed since this session: items are shown as they are now.',
  itemMissing: 'This item is no longer in the set.',
  answerLabel: 'Your answer',
  noAnswer: '(no answer)',
  verdictLabel: 'Verdict',
  criteriaLabel: 'Checks',
  stoppedAfter: (n: number, total: number) => `Stopped after ${n} of ${total} items.`,
  // stats
  statsTitle: (user: string) => `Progress of ${user}`,
  summaryLine: (sessions: number, reviews: number, aborted: number, overall: number | null) =>
    `${sessions} completed session${sessions === 1 ? '' : 's'}${reviews ? `, ${reviews} review${reviews === 1 ? '' : 's'}` : ''}${aborted ? `, ${aborted} stopped` : ''}${overall === null ? '' : ` · overall ${overall}%`}`,
  streakLine: (current: number, longest: number, active: number) =>
    `Streak: ${current} day${current === 1 ? '' : 's'} in a row now · longest ${longest} · ${active} day${active === 1 ? '' : 's'} practised`,
  bySkill: 'By skill',
  bySet: 'By set',
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
  trendTitle: 'Score trend per skill',
  sessionsTitle: 'Sessions',
  sessionsCapped: (shown: number, total: number) =>
    `The ${shown} newest of ${total} sessions; export CSV for all of them.`,
  reportHeader: ['Date', 'Set', 'Language', 'Mode', 'Score', 'Time', 'Status'],
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
  // export
  exported: (rows: number, file: string) => `wrote ${rows} row${rows === 1 ? '' : 's'} to ${file}`,
} as const;

export type StatsLabels = typeof statsLabels;
