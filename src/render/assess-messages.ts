import { formatProblem, type Problem } from '../errors.js';
import { sanitize } from './sanitize.js';

/** Every sentence assess, template and regrade print for people (English for now). */
export const ASSESS_TEXT = {
  header: ['ITEM', 'KIND', 'SCORE', 'RESULT', 'BREAKDOWN'],
  traineeScore: (score: number, max: number, pct: number, passed: boolean, mark: number) =>
    `${fmt(score)}/${fmt(max)} (${pct}%) ${passed ? 'PASSED' : 'NOT PASSED'} (pass mark ${mark}%)`,
  missing: 'missing',
  needsReview: 'needs_review',
  regraded: 'regraded',
  summary: (scored: number, passed: number, failed: number, mark: number, skipped: number) =>
    `${scored} ${scored === 1 ? 'sheet' : 'sheets'} scored: ${passed} passed, ${failed} not passed (pass mark ${mark}%)${skipped ? `; ${skipped} skipped (see above)` : ''}`,
  reviewCount: (n: number) =>
    `${n} free-text ${n === 1 ? 'answer needs' : 'answers need'} a trainer's review (cs-drill regrade <session-id> <item-id> <score>)`,
  skippedSheet: (file: string, n: number) =>
    `skipped ${file}: ${n} ${n === 1 ? 'problem' : 'problems'}`,
  noneScored: 'no sheet could be scored',
  noSheets: (dir: string) => `no answer sheets (*.yaml, *.yml, *.json) in ${dir}`,
  recorded: (n: number, file: string) =>
    `recorded ${n} ${n === 1 ? 'session' : 'sessions'} in ${file}`,
  notRecorded: (name: string, reason: string) => `could not record ${name}'s session: ${reason}`,
  savedInstead: (file: string) => `it is saved in ${file}`,
  savedNowhere: 'nor in a fallback file; here it is as JSON, keep it:',
  progress: (done: number, total: number) => `${done}/${total} sheets`,
  templateWritten: (file: string) => `wrote an answer sheet to ${file}`,
  regradeDone: (item: string, session: string, auto: number, score: number, max: number) =>
    `regraded ${item} in session ${session}: ${fmt(auto)} → ${fmt(score)} of ${fmt(max)}`,
};

/** A problem for people or a JSON field, with untrusted parts made safe to print. */
export function formatProblemPlain(p: Problem): string {
  return sanitize(formatProblem(p));
}

export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
