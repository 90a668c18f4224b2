import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadJudgeResources } from '../shell/phrase-list-files.js';
import { evalCorpus, renderCorpus } from './corpus.js';
import { parseCorpusSample, sampleAsReplies } from './corpus-sample.js';
import { evalParaphrases, parseParaphraseRow } from './paraphrases.js';
import { evalPhrases, parseReplyRow } from './phrases.js';
import { evalQuestions, parseQuestionRows } from './questions.js';
import type { EvalReport } from './report.js';
import { CORPORA, corporaDir, corpusJudgements, readIfThere, readJsonl } from './sources.js';

const pct = (x: number | undefined) =>
  x === undefined ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`;

/** A readable table of the reports, then each judge's misclassified rows. */
export function renderReports(reports: readonly EvalReport[]): string {
  const out: string[] = [];
  out.push('judge       lang      n     accuracy  per class: precision / recall');
  out.push('----------  -------  ----  --------  ---------------------------------');
  for (const r of reports) {
    const classes = Object.keys(r.precision ?? {})
      .map((c) => `${c} ${pct(r.precision?.[c])} / ${pct(r.recall?.[c])}`)
      .join('   ');
    out.push(
      `${r.judge.padEnd(10)}  ${r.lang.padEnd(7)}  ${String(r.n).padStart(4)}  ${pct(r.accuracy).padStart(8)}  ${classes}`,
    );
  }
  // Kappa lines stand apart so every summary line above stays as other tools compare it.
  const kappas = reports.filter((r) => r.kappa !== undefined);
  if (kappas.length > 0) out.push('');
  for (const r of kappas)
    out.push(
      `kappa ${r.judge} ${r.lang} ${r.kappa === null ? '-' : (r.kappa as number).toFixed(3)}`,
    );
  for (const r of reports) {
    if (r.lang === 'all' || r.misses.length === 0) continue;
    out.push('', `${r.judge} ${r.lang}: ${r.misses.length} misclassified`);
    for (const m of r.misses) {
      const text = m.text.replace(/\s+/g, ' ');
      out.push(
        `  expected ${m.expected}, got ${m.got}  [${m.cue}]`,
        `    ${text.length > 140 ? `${text.slice(0, 139)}…` : text}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** Runs every judge's evaluation on eval/*.jsonl under `root` and returns the reports. */
export function runEvaluations(root: string): EvalReport[] {
  const resources = loadJudgeResources(join(root, 'drills'));
  const questions = evalQuestions(
    parseQuestionRows(readFileSync(join(root, 'eval/questions.jsonl'), 'utf8')),
  );
  // Written blind from the issue's definitions, never tuned against: the generalisation figure.
  const blindSet = (file: string, judge: string) => {
    const path = join(root, 'eval', file);
    if (!existsSync(path)) return [];
    return evalQuestions(parseQuestionRows(readFileSync(path, 'utf8'))).map((r) => ({
      ...r,
      judge,
    }));
  };
  const blind = [
    ...blindSet('questions-blind.jsonl', 'q-blind'),
    ...blindSet('questions-blind2.jsonl', 'q-blind2'),
    ...blindSet('questions-blind3.jsonl', 'q-blind3'),
    ...blindSet('blind-2026-12/questions.jsonl', 'q-b2612'),
    ...blindSet('blind-2026-12c/questions.jsonl', 'q-b2612c'),
    ...blindSet('blind-2026-12d/questions.jsonl', 'q-b2612d'),
    ...blindSet('blind-2026-12e/questions.jsonl', 'q-b2612e'),
    ...blindSet('blind-2026-12f/questions.jsonl', 'q-b2612f'),
    ...blindSet('blind-2026-12g/questions.jsonl', 'q-b2612g'),
    ...blindSet('blind-2026-12h/questions.jsonl', 'q-b2612h'),
    ...blindSet('blind-2026-12i/questions.jsonl', 'q-b2612i'),
    ...blindSet('blind-2026-12j/questions.jsonl', 'q-b2612j'),
    ...blindSet('blind-2026-12k/questions.jsonl', 'q-b2612k'),
    ...blindSet('blind-2026-12l/questions.jsonl', 'q-b2612l'),
    ...blindSet('blind-2026-12m/questions.jsonl', 'q-b2612m'),
    ...blindSet('blind-2026-12n/questions.jsonl', 'q-b2612n'),
    ...blindSet('blind-2026-12o/questions.jsonl', 'q-b2612o'),
    ...blindSet('blind-2026-12p/questions.jsonl', 'q-b2612p'),
    ...blindSet('blind-2026-12q/questions.jsonl', 'q-b2612q'),
    ...blindSet('blind-2026-12r/questions.jsonl', 'q-b2612r'),
    ...blindSet('blind-2026-12s/questions.jsonl', 'q-b2612s'),
    ...blindSet('blind-2026-12t/questions.jsonl', 'q-b2612t'),
    ...blindSet('blind-2026-12u/questions.jsonl', 'q-b2612u'),
    ...blindSet('blind-2026-12v/questions.jsonl', 'q-b2612v'),
    ...blindSet('blind-2026-12w/questions.jsonl', 'q-b2612w'),
    ...blindSet('blind-2026-12x/questions.jsonl', 'q-b2612x'),
    ...blindSet('blind-2026-12y/questions.jsonl', 'q-b2612y'),
    ...blindSet('blind-2026-12z/questions.jsonl', 'q-b2612z'),
    ...blindSet('blind-2026-12aa/questions.jsonl', 'q-b2612aa'),
    ...blindSet('blind-2026-12ab/questions.jsonl', 'q-b2612ab'),
    ...blindSet('blind-2026-12ac/questions.jsonl', 'q-b2612ac'),
    ...blindSet('blind-2026-12ad/questions.jsonl', 'q-b2612ad'),
    ...blindSet('blind-2026-12ae/questions.jsonl', 'q-b2612ae'),
    ...blindSet('blind-2026-12af/questions.jsonl', 'q-b2612af'),
    ...blindSet('blind-2026-12ag/questions.jsonl', 'q-b2612ag'),
    ...blindSet('blind-2026-12ah/questions.jsonl', 'q-b2612ah'),
    ...blindSet('blind-2026-12ai/questions.jsonl', 'q-b2612ai'),
    ...blindSet('blind-2026-12aj/questions.jsonl', 'q-b2612aj'),
    ...blindSet('blind-2026-12ak/questions.jsonl', 'q-b2612ak'),
    ...blindSet('blind-2026-12al/questions.jsonl', 'q-b2612al'),
    ...blindSet('blind-2026-12am/questions.jsonl', 'q-b2612am'),
    ...blindSet('blind-2026-12an/questions.jsonl', 'q-b2612an'),
    ...blindSet('blind-2026-12ao/questions.jsonl', 'q-b2612ao'),
    ...blindSet('blind-2026-12ap/questions.jsonl', 'q-b2612ap'),
    ...blindSet('blind-2026-12aq/questions.jsonl', 'q-b2612aq'),
    ...blindSet('blind-2026-12ar/questions.jsonl', 'q-b2612ar'),
    ...blindSet('blind-2026-12as/questions.jsonl', 'q-b2612as'),
    ...blindSet('blind-2026-12at/questions.jsonl', 'q-b2612at'),
    ...blindSet('blind-2026-12au/questions.jsonl', 'q-b2612au'),
    ...blindSet('blind-2026-12av/questions.jsonl', 'q-b2612av'),
    ...blindSet('blind-2026-12aw/questions.jsonl', 'q-b2612aw'),
    ...blindSet('blind-2026-12ax/questions.jsonl', 'q-b2612ax'),
    ...blindSet('blind-2026-12ay/questions.jsonl', 'q-b2612ay'),
    ...blindSet('blind-2026-12az/questions.jsonl', 'q-b2612az'),
    ...blindSet('blind-2026-12ba/questions.jsonl', 'q-b2612ba'),
    ...blindSet('blind-2026-12bb/questions.jsonl', 'q-b2612bb'),
    ...blindSet('blind-2026-12bc/questions.jsonl', 'q-b2612bc'),
    ...blindSet('blind-2026-12bd/questions.jsonl', 'q-b2612bd'),
    ...blindSet('blind-2026-12be/questions.jsonl', 'q-b2612be'),
    ...blindSet('blind-2026-12bf/questions.jsonl', 'q-b2612bf'),
    ...blindSet('blind-2026-12bg/questions.jsonl', 'q-b2612bg'),
    ...blindSet('blind-2026-12bh/questions.jsonl', 'q-b2612bh'),
    ...blindSet('blind-2026-12bi/questions.jsonl', 'q-b2612bi'),
    ...blindSet('blind-2026-12bj/questions.jsonl', 'q-b2612bj'),
    ...blindSet('blind-2026-12bk/questions.jsonl', 'q-b2612bk'),
    ...blindSet('blind-2026-12bl/questions.jsonl', 'q-b2612bl'),
    ...blindSet('blind-2026-12bm/questions.jsonl', 'q-b2612bm'),
    ...blindSet('blind-2026-12bn/questions.jsonl', 'q-b2612bn'),
    ...blindSet('blind-2026-12bo/questions.jsonl', 'q-b2612bo'),
    ...blindSet('blind-2026-12bp/questions.jsonl', 'q-b2612bp'),
    ...blindSet('blind-2026-12bq/questions.jsonl', 'q-b2612bq'),
    ...blindSet('blind-2026-12br/questions.jsonl', 'q-b2612br'),
    ...blindSet('blind-2026-12bs/questions.jsonl', 'q-b2612bs'),
    // Probe of session 7 (restatements and questions), committed and run once before its fixes.
    ...blindSet('probe-para-s7/questions.jsonl', 'q-ps7'),
    // Session 8's probes of new questions (the second: spoken and therapist-style turns; the
    // third: request frames and elliptical turns; the fourth: chat, typos, idioms; the fifth
    // and sixth: plain trainer style, en and zh/ja; the seventh: turns of several sentences;
    // the eighth: everyday English), each committed and run once before its fixes.
    ...blindSet('probe-q-s8.jsonl', 'q-ps8'),
    ...blindSet('probe-q-s8b.jsonl', 'q-ps8b'),
    ...blindSet('probe-q-s8c.jsonl', 'q-ps8c'),
    ...blindSet('probe-q-s8d.jsonl', 'q-ps8d'),
    ...blindSet('probe-q-s8e.jsonl', 'q-ps8e'),
    ...blindSet('probe-q-s8f.jsonl', 'q-ps8f'),
    ...blindSet('probe-q-s8g.jsonl', 'q-ps8g'),
    ...blindSet('probe-q-s8h.jsonl', 'q-ps8h'),
    // Session 9: what the customer hopes for, and which parts feel wrong (committed before its run).
    ...blindSet('probe-q-s9.jsonl', 'q-ps9'),
    // Session 21: kinds the customer wants, invitations before tags, Cantonese how (before its run).
    ...blindSet('probe-q-s21.jsonl', 'q-ps21'),
    // Session 23: Japanese numbers asked with 何 + a counter, parts asked with どのあたり (before its run).
    ...blindSet('probe-ja23-s23/questions.jsonl', 'q-pja23'),
    // Session 24: spoken therapist questions (fillers, hedges, parenthetical "do you think", false
    // starts, floor offers without a verb, one recorded value), committed before its run.
    ...blindSet('probe-spoken24-s24/questions.jsonl', 'q-psp24'),
    // Session 28's probe of open/closed questions, written by the lead before any change.
    ...blindSet('probe-q-s28/questions.jsonl', 'q-pq28'),
    ...blindSet('probe-q2-s28/questions.jsonl', 'q-pq28b'),
    // Session 29 (q29): polite requests for an account, tell-verbs around one fact, described
    // aspects and wished kinds, Cantonese requests to tell, Japanese 説明 as a noun (before its run).
    ...blindSet('probe-q-s29/questions.jsonl', 'q-pq29'),
    // Development rows by trainer sessions that never saw the code (their READMEs): 12g's were
    // already tuned on; 12h's were run once held out (98.3%) before the fixes they led to.
    ...blindSet('train-2026-12g/questions.jsonl', 'q-t2612g'),
    ...blindSet('train-2026-12h/questions.jsonl', 'q-t2612h'),
    // Therapist-style questions labelled by MITI before any run (the AnnoMI stand-in) and the
    // fourth hand-written blind set: regression guards beside the floors in the tests.
    ...blindSet('questions-mi.jsonl', 'q-mi'),
    // Session 24: AnnoMI-style transcribed therapist questions, written blind by MITI-coder helpers
    // and committed before any run (their READMEs); 12a is development data, 12b was held out.
    ...blindSet('mi-2026-12a/questions.jsonl', 'q-mi12a'),
    ...blindSet('mi-2026-12b/questions.jsonl', 'q-mi12b'),
    ...blindSet('questions-blind4.jsonl', 'q-blind4'),
  ];
  const phrases = evalPhrases(
    readJsonl(join(root, 'eval/replies.jsonl'), parseReplyRow),
    resources,
  );
  const paraphrases = evalParaphrases(
    readJsonl(join(root, 'eval/paraphrases.jsonl'), parseParaphraseRow),
    resources,
  );
  // Same idea for the free-text judges: sets written from the issue text before the judges'
  // code, lists or eval rows were read. Reported separately, never tuned against row by row.
  const blindJudge = <T>(
    file: string,
    judge: string,
    parse: (v: unknown) => T,
    run: (rows: T[]) => EvalReport[],
  ): EvalReport[] => {
    const path = join(root, 'eval', file);
    if (!existsSync(path)) return [];
    return run(readJsonl(path, parse)).map((r) => ({ ...r, judge }));
  };
  const replySet = (file: string, judge: string, perLanguageOnly = false) =>
    blindJudge(file, judge, parseReplyRow, (rows) =>
      evalPhrases(rows, resources).filter((r) => !perLanguageOnly || r.lang !== 'all'),
    );
  const paraSet = (file: string, judge: string) =>
    blindJudge(file, judge, parseParaphraseRow, (rows) => evalParaphrases(rows, resources));
  // A blind round's folder: replies (en, zh), Japanese replies where it has them, restatements.
  const round = (dir: string, tag: string) => [
    ...replySet(`${dir}/replies.jsonl`, `phr-${tag}`),
    ...replySet(`${dir}/replies-ja.jsonl`, `phr-${tag}`, true),
    ...paraSet(`${dir}/paraphrases.jsonl`, `para-${tag}`),
  ];
  const freeBlind = [
    ...replySet('replies-blind.jsonl', 'phr-blind'),
    ...replySet('replies-blind2.jsonl', 'phr-blind2'),
    ...replySet('replies-blind3.jsonl', 'phr-blind3'),
    ...replySet('replies-blind4.jsonl', 'phr-blind4'),
    ...replySet('replies-blind5.jsonl', 'phr-blind5'),
    ...replySet('replies-blind6.jsonl', 'phr-blind6'),
    ...replySet('replies-blind7.jsonl', 'phr-blind7'),
    ...replySet('replies-blind8.jsonl', 'phr-blind8'),
    ...paraSet('paraphrases-blind.jsonl', 'para-blind'),
    ...paraSet('paraphrases-blind2.jsonl', 'para-blind2'),
    ...paraSet('paraphrases-blind3.jsonl', 'para-blind3'),
    ...paraSet('paraphrases-blind-rubric.jsonl', 'para-blindR'),
    // Round 2026-12: written by a trainer who never saw the code, the lists or the other sets.
    ...round('blind-2026-12', 'b2612'),
    // Round 2026-12b: the same kind of writer, after the judges had been tuned on round 2026-12.
    ...round('blind-2026-12b', 'b2612b'),
    // Round 2026-12c: written while the judges of issues 11 and 12 were reworked, run once after.
    ...round('blind-2026-12c', 'b2612c'),
    // Round 2026-12d: written while the judges were reworked a third time, run once after.
    ...round('blind-2026-12d', 'b2612d'),
    // Round 2026-12e: written while the judges were reworked a fourth time, run once after.
    ...round('blind-2026-12e', 'b2612e'),
    // Round 2026-12f: written while the judges and the reply model were reworked, run once after.
    ...round('blind-2026-12f', 'b2612f'),
    // Round 2026-12g: written while the judges, the reply model and assess were reworked, run once after.
    ...round('blind-2026-12g', 'b2612g'),
    // Round 2026-12h: written while the judges and assess were reworked (session 8), run once after.
    ...round('blind-2026-12h', 'b2612h'),
    // Round 2026-12i: written while session 9 reworked the judges, run once after.
    ...round('blind-2026-12i', 'b2612i'),
    // Round 2026-12j: written at the end of session 9 for the next session's work, run once after it.
    ...round('blind-2026-12j', 'b2612j'),
    // Round 2026-12k: written at the start of session 11 while its helpers reworked the judges, run once after.
    ...round('blind-2026-12k', 'b2612k'),
    ...round('blind-2026-12l', 'b2612l'),
    // Rounds 2026-12m and 2026-12n: written before session 13's judge work, run once after it.
    ...round('blind-2026-12m', 'b2612m'),
    ...round('blind-2026-12n', 'b2612n'),
    ...round('blind-2026-12o', 'b2612o'),
    ...round('blind-2026-12p', 'b2612p'),
    ...round('blind-2026-12q', 'b2612q'),
    ...round('blind-2026-12r', 'b2612r'),
    ...round('blind-2026-12s', 'b2612s'),
    ...round('blind-2026-12t', 'b2612t'),
    ...round('blind-2026-12u', 'b2612u'),
    ...round('blind-2026-12v', 'b2612v'),
    ...round('blind-2026-12w', 'b2612w'),
    ...round('blind-2026-12x', 'b2612x'),
    ...round('blind-2026-12y', 'b2612y'),
    ...round('blind-2026-12z', 'b2612z'),
    ...round('blind-2026-12aa', 'b2612aa'),
    ...round('blind-2026-12ab', 'b2612ab'),
    ...round('blind-2026-12ac', 'b2612ac'),
    ...round('blind-2026-12ad', 'b2612ad'),
    ...round('blind-2026-12ae', 'b2612ae'),
    ...round('blind-2026-12af', 'b2612af'),
    ...round('blind-2026-12ag', 'b2612ag'),
    ...round('blind-2026-12ah', 'b2612ah'),
    ...round('blind-2026-12ai', 'b2612ai'),
    ...round('blind-2026-12aj', 'b2612aj'),
    ...round('blind-2026-12ak', 'b2612ak'),
    ...round('blind-2026-12al', 'b2612al'),
    ...round('blind-2026-12am', 'b2612am'),
    ...round('blind-2026-12an', 'b2612an'),
    ...round('blind-2026-12ao', 'b2612ao'),
    ...round('blind-2026-12ap', 'b2612ap'),
    ...round('blind-2026-12aq', 'b2612aq'),
    ...round('blind-2026-12ar', 'b2612ar'),
    ...round('blind-2026-12as', 'b2612as'),
    ...round('blind-2026-12at', 'b2612at'),
    ...round('blind-2026-12au', 'b2612au'),
    ...round('blind-2026-12av', 'b2612av'),
    ...round('blind-2026-12aw', 'b2612aw'),
    ...round('blind-2026-12ax', 'b2612ax'),
    ...round('blind-2026-12ay', 'b2612ay'),
    ...round('blind-2026-12az', 'b2612az'),
    ...round('blind-2026-12ba', 'b2612ba'),
    ...round('blind-2026-12bb', 'b2612bb'),
    ...round('blind-2026-12bc', 'b2612bc'),
    ...round('blind-2026-12bd', 'b2612bd'),
    ...round('blind-2026-12be', 'b2612be'),
    ...round('blind-2026-12bf', 'b2612bf'),
    ...round('blind-2026-12bg', 'b2612bg'),
    ...round('blind-2026-12bh', 'b2612bh'),
    ...round('blind-2026-12bi', 'b2612bi'),
    ...round('blind-2026-12bj', 'b2612bj'),
    ...round('blind-2026-12bk', 'b2612bk'),
    ...round('blind-2026-12bl', 'b2612bl'),
    ...round('blind-2026-12bm', 'b2612bm'),
    ...round('blind-2026-12bn', 'b2612bn'),
    ...round('blind-2026-12bo', 'b2612bo'),
    ...round('blind-2026-12bp', 'b2612bp'),
    ...round('blind-2026-12bq', 'b2612bq'),
    ...round('blind-2026-12br', 'b2612br'),
    ...round('blind-2026-12bs', 'b2612bs'),
    // Development rows of 2026-12f: two trainers writing in parallel, one per language.
    ...evalParaphrases(
      ['dev-2026-12f/paraphrases-en.jsonl', 'dev-2026-12f/paraphrases-zh.jsonl']
        .map((file) => join(root, 'eval', file))
        .filter((path) => existsSync(path))
        .flatMap((path) => readJsonl(path, parseParaphraseRow)),
      resources,
    ).map((r) => ({ ...r, judge: 'para-d2612f' })),
    // Probes of new wordings (en, ja), each committed and run once before the changes it led to.
    ...replySet('probe-phren-1.jsonl', 'phr-probe1'),
    ...replySet('probe-phren-2.jsonl', 'phr-probe2'),
    ...replySet('probe-phren-3.jsonl', 'phr-probe3'),
    ...replySet('probe-phen-s7.jsonl', 'phr-pens7'),
    ...replySet('probe-phen-s7b.jsonl', 'phr-pens7b'),
    // Session 8: other real styles (support chat, social media, email, call-centre speech).
    ...replySet('probe-phen-s8.jsonl', 'phr-pens8'),
    ...replySet('probe-phen-s8b.jsonl', 'phr-pens8b'),
    ...replySet('probe-phen-s8c.jsonl', 'phr-pens8c'),
    ...replySet('probe-phen-s8d.jsonl', 'phr-pens8d'),
    ...replySet('probe-phen-s8e.jsonl', 'phr-pens8e'),
    // Session 9: dead ends, send-offs, brush-offs that end the talk, chat blame (en); doubt,
    // brush-offs, hostile questions and refusals with the alternative after が (ja).
    ...replySet('probe-phen-s9.jsonl', 'phr-pens9'),
    ...replySet('probe-phen-s9b.jsonl', 'phr-pens9b'),
    // Its held-out check: the same classes in new wordings, written after the first fixes and
    // committed before they were run on it.
    ...replySet('probe-phen-s9c.jsonl', 'phr-pens9c'),
    // And a third in longer and chat replies, after the structural dead-end rules.
    ...replySet('probe-phen-s9d.jsonl', 'phr-pens9d'),
    // Session 10: ending the exchange, agreeing the service is bad, doubt, precedent, busy, a
    // hostile question at the customer's wish, blame as a judgement of their work (en, ja).
    ...replySet('probe-phen-s10.jsonl', 'phr-pens10'),
    // Its held-out check: the same classes in new wordings, written after the first fixes and
    // committed before they were run on it.
    ...replySet('probe-phen-s10b.jsonl', 'phr-pens10b'),
    // A second held-out check, written after the fixes from s10b and committed before its run.
    ...replySet('probe-phen-s10c.jsonl', 'phr-pens10c'),
    // Session 11: the model gate's structural classes (verdicts, bare orders, fault-hunting
    // questions, precedent, busy, indifference) in new domains, committed before its first run.
    ...replySet('probe-gate-s11.jsonl', 'phr-pg11'),
    // Session 12: dismissal said alone, questions built on the customer's own choice, talking
    // down, "you must be + feeling" as empathy, dead ends and why-blame (ja), a limit handed over
    // to a named colleague (ja) — new domains, committed before its first run.
    ...replySet('probe-phen-s12.jsonl', 'phr-pens12'),
    // Session 13 (en/ja recall): dead ends told as a bare fact, false reassurance, your-call as
    // a clause, sending the customer elsewhere, doubt, busy, precedent, blame (ja) — new
    // domains and near-misses, committed before its first run.
    ...replySet('probe-phen-s13.jsonl', 'phr-pens13'),
    // Its held-out check, written after the first fixes and committed before they were run on it.
    ...replySet('probe-phen-s13b.jsonl', 'phr-pens13b'),
    // A second held-out check, written after the fixes from s13b and committed before its run.
    ...replySet('probe-phen-s13c.jsonl', 'phr-pens13c'),
    // Session 14 (en/ja): passive refusals, dead ends closed by a sign-off or 'anything else',
    // agreeing one's own side is bad, the choice handed back, deferral with no handover; near
    // misses (empathy, hold messages, free choices offered, promises that bad news won't
    // come) — new domains, committed before its first run.
    ...replySet('probe-phen-s14.jsonl', 'phr-pens14'),
    // Its held-out check: the same classes in new domains and wordings, written after the fixes
    // and committed before they were run on it.
    ...replySet('probe-phen-s14b.jsonl', 'phr-pens14b'),
    // Session 15 (en/ja, issue 11): dead ends, busy, brush-offs, false reactions and guarantees,
    // hostile questions, orders with no 'you', denials of the customer's account, with near misses
    // — new domains, committed before its first run.
    ...replySet('probe-enchk-s15.jsonl', 'phr-enchk15'),
    // Its held-out check: the same classes in other new domains and wordings, written after the
    // session's changes and committed before they were run on it.
    ...replySet('probe-enchk-s15b.jsonl', 'phr-enchk15b'),
    // Session 16 (en/ja, issue 11): bare acknowledgements and minimisers as the whole answer,
    // past and passive refusals, busy in new words, guarantees, your call; near misses with an
    // action after them — new domains, committed before its first run.
    ...replySet('probe-enchk-s16.jsonl', 'phr-enchk16'),
    // Its held-out check: the same classes in other new domains and wordings, written after the
    // session's changes and committed before they were run on it.
    ...replySet('probe-enchk-s16b.jsonl', 'phr-enchk16b'),
    // Session 17 (en/ja, issue 11): dead ends stated as facts about the customer's own case, orders
    // with deadlines, notices with greetings, reason clauses (ので/から), asking a colleague — with
    // near misses that add a next step, in new domains; committed before its first run.
    ...replySet('probe-enchk-s17.jsonl', 'phr-enchk17'),
    // Its held-out check: the same classes in other new domains and wordings, written before the
    // session's last round of changes and committed before its one run.
    ...replySet('probe-enchk-s17b.jsonl', 'phr-enchk17b'),
    // Session 17, second round (en/ja, issue 11): every flagged class in new domains (past refusals,
    // dead ends, blame, doubt, minimising, busy, precedent, your call, orders, passing the buck,
    // impatience, guarantees) with near misses that add a way forward; committed before its first run.
    ...replySet('probe-enchk-s17r2.jsonl', 'phr-enchk17r2'),
    // Session 18 (en/ja, issue 11): every flagged class in ten new domains (tree collection, bouncy
    // castles, hot tubs, home-brew, gritting, sails, mowers, bagpipes, hens, French polishing) with
    // near misses; committed before its first run.
    ...replySet('probe-phren18-s18/replies.jsonl', 'phr-phren18'),
    // Session 18, second round (en/ja, issue 11): the 12w/12x miss classes in new domains with near
    // misses; committed before its first run.
    ...replySet('probe-r2phren18-s18r2/replies.jsonl', 'phr-r2phren18'),
    // Session 19 (en/ja, issue 11): every flagged class in ten new domains (hydroponics, orienteering,
    // zorbing, cryotherapy, irrigation, terrariums, coffee carts, sandblasting, pergolas, upcycled
    // furniture) with near misses; committed before its first run.
    ...replySet('probe-phren19-s19/replies.jsonl', 'phr-phren19'),
    ...replySet('probe-phren20-s20/replies.jsonl', 'phr-phren20'),
    // Session 21 (en/ja, issue 11): the 12ac–12af miss classes in new domains (piano tuning, drones,
    // allotments, wedding cakes, kayaks, septic tanks, loft insulation, tattoo removal, dog grooming,
    // canal boats) with near misses; committed before its first run.
    ...replySet('probe-phren21-s21/replies.jsonl', 'phr-phren21'),
    // Chinese probes of new wordings, each committed before the changes its first run led to.
    ...replySet('probe-phrzh-1.jsonl', 'phr-pzh1'),
    ...replySet('probe-phrzh-2.jsonl', 'phr-pzh2'),
    ...replySet('probe-phrzh-3.jsonl', 'phr-pzh3'),
    // Session 7's Chinese probe (zh-Hans, Taiwan and Cantonese zh-Hant), committed before its first run.
    ...replySet('probe-phzh-s7.jsonl', 'phr-pzhs7'),
    ...replySet('probe-phzh-s7b.jsonl', 'phr-pzhs7b'),
    ...replySet('probe-phzh-s7c.jsonl', 'phr-pzhs7c'),
    ...replySet('probe-phzh-s7d.jsonl', 'phr-pzhs7d'),
    ...replySet('probe-phzh-s7e.jsonl', 'phr-pzhs7e'),
    ...replySet('probe-phzh-s7f.jsonl', 'phr-pzhs7f'),
    // Session 8's Chinese probes, each committed before its first run.
    ...replySet('probe-phzh-s8.jsonl', 'phr-pzhs8'),
    ...replySet('probe-phzh-s8b.jsonl', 'phr-pzhs8b'),
    ...replySet('probe-phzh-s8c.jsonl', 'phr-pzhs8c'),
    ...replySet('probe-phzh-s8d.jsonl', 'phr-pzhs8d'),
    ...replySet('probe-phzh-s8e.jsonl', 'phr-pzhs8e'),
    ...replySet('probe-phzh-s8f.jsonl', 'phr-pzhs8f'),
    ...replySet('probe-phzh-s8g.jsonl', 'phr-pzhs8g'),
    // Session 9's Chinese probes (dead ends, brush-offs, disbelief, arrangements), each committed before its first run.
    ...replySet('probe-phzh-s9.jsonl', 'phr-pzhs9'),
    ...replySet('probe-phzh-s9b.jsonl', 'phr-pzhs9b'),
    ...replySet('probe-phzh-s9c.jsonl', 'phr-pzhs9c'),
    ...replySet('probe-phzh-s9d.jsonl', 'phr-pzhs9d'),
    ...replySet('probe-phzh-s9e.jsonl', 'phr-pzhs9e'),
    ...replySet('probe-phzh-s9f.jsonl', 'phr-pzhs9f'),
    ...replySet('probe-phzh-s9g.jsonl', 'phr-pzhs9g'),
    // Session 11's Chinese probe (busy, bare orders, send-offs, precedent, hostile questions, brush-offs,
    // refusals with no way forward, Cantonese; near misses with a way forward), committed before its first run.
    ...replySet('probe-phrzh-s11.jsonl', 'phr-pzhs11'),
    // Its held-out check: the same classes in new wordings, written after the first fixes and
    // committed before they were run on it.
    ...replySet('probe-phrzh-s11b.jsonl', 'phr-pzhs11b'),
    // Session 12's Chinese probe (bare orders with no subject, send-offs under a condition, your call,
    // precedent, policy shield, doubt, blame, false reassurance; near misses with the agent acting,
    // protections, requests, requirements, a manager brought), committed before its first run.
    ...replySet('probe-phrzh-s12.jsonl', 'phr-pzhs12'),
    // Its held-out check: new wordings and domains, written after the first fixes and committed
    // before they were run on it.
    ...replySet('probe-phrzh-s12b.jsonl', 'phr-pzhs12b'),
    // A second held-out check, across all the taboo classes in everyday wordings, written after the
    // second round and committed before it was run.
    ...replySet('probe-phrzh-s12c.jsonl', 'phr-pzhs12c'),
    // Session 13's Chinese probe (the misses of blind round 12l by class in new domains: sold out with
    // no date, doubt, brush-offs to a website, deadlines with a threat, 連/连 questions, busy with a
    // queue, Cantonese 先 orders, agreeing the service is bad; near misses with a way forward),
    // committed before its first run.
    ...replySet('probe-phrzh-s13.jsonl', 'phr-pzhs13'),
    // Its held-out check: the same classes in new wordings and domains, written after the first
    // fixes and committed before they were run on it.
    ...replySet('probe-phrzh-s13b.jsonl', 'phr-pzhs13b'),
    // A second held-out check across the classes (restocks, late sanctions, 连…都, all written there,
    // agreeing, busy, 先 orders, 不会先…咩, your call, doubt), written after the third round and
    // committed before it was run.
    ...replySet('probe-phrzh-s13c.jsonl', 'phr-pzhs13c'),
    // Session 14's Chinese probe (fresh domains; passing the buck, passive refusals, dead ends closed
    // with a formula or a greeting, agreeing our side is bad, Cantonese and Taiwan usage; near misses:
    // refusals with a way forward, 應該 advice, requirements, empathy), committed before its first run.
    ...replySet('probe-phrzh-s14.jsonl', 'phr-pzhs14'),
    // Its held-out check: new domains and wordings, written after the first fixes and committed
    // before they were run on it.
    ...replySet('probe-phrzh-s14b.jsonl', 'phr-pzhs14b'),
    // Session 15's Chinese probe (fresh domains; dead ends told as full, busy, brush-offs, hostile
    // questions, orders, guarantees, doubt, passing the buck in Mandarin, Cantonese and Taiwan usage;
    // near misses with a way forward), committed before its first run.
    ...replySet('probe-zhchk-s15.jsonl', 'phr-pzhs15'),
    // Its held-out check: new domains and wordings, written after the session's fixes and committed
    // before they were run on it.
    ...replySet('probe-zhchk-s15b.jsonl', 'phr-pzhs15b'),
    // Session 16's Chinese probe (fresh domains; 九不准 and taboo phrases in new words, policy shield,
    // doubt, busy, send-offs to a manager, take-it-or-leave-it; near misses: 应该 advice, requirements,
    // 没那么 as a fact, protections, a manager brought), committed before its first run.
    ...replySet('probe-zhchk-s16.jsonl', 'phr-pzhs16'),
    // Its held-out check: the session's new classes in other domains and wordings, with near misses,
    // written after its fixes and committed before they were run on it.
    ...replySet('probe-zhchk-s16b.jsonl', 'phr-pzhs16b'),
    // Session 17's Chinese probe (fresh domains; greetings and polite openers before clean and loaded
    // replies, Cantonese and Taiwan refusals, dead ends as plain facts, brush-offs in idiom, blame by
    // question, busy, precedent, policy; near misses with a way forward), committed before its first run.
    ...replySet('probe-zhchk-s17.jsonl', 'phr-pzhs17'),
    // Its held-out check: other domains and wordings (greetings before clean and loaded replies,
    // Cantonese and Taiwan refusals, dead ends, blame by question, busy, precedent, policy), written
    // before the session's last round of changes and committed before it was run.
    ...replySet('probe-zhchk-s17b.jsonl', 'phr-pzhs17b'),
    // Session 17's second-round Chinese probe (fresh domains; the classes blind rounds 12u/12v missed in
    // new words: precedent, dead ends after an announcing opener, brush-offs with 而已, doubt, bare
    // orders with a deadline, policy; near misses: soft requests with 就好/就得, conditions, protections,
    // agreeing with the customer), committed before its first run.
    ...replySet('probe-zhchk-s17r2.jsonl', 'phr-pzhs17r2'),
    // Session 18's Chinese probe (fresh domains; dead ends told as notice, only-X refusals, doubt by the
    // agent's own record, precedent, bare orders with a deadline, blame, busy, brush-offs, Cantonese and
    // Taiwan usage; near misses: invitations, agreement then action, protections, refusals with a way
    // forward), committed before its first run.
    ...replySet('probe-phrzh-s18/replies.jsonl', 'phr-pzhs18'),
    // Its held-out check: the session's classes and others in new domains and wordings (Mandarin,
    // Cantonese, Taiwan), written after the first changes and committed before they were run on it.
    ...replySet('probe-phrzh-s18b/replies.jsonl', 'phr-pzhs18b'),
    // Session 18 second round's Chinese probe (precedent, incredulous echoes, orders with a threat,
    // guarantees, running down the company; near misses: unsure with a call-back, partial yes),
    // committed before its first run.
    ...replySet('probe-r2phrzh18-s18r2/replies.jsonl', 'phr-pr2zh18'),
    // Session 19's Chinese probe (fresh domains; Mandarin, Cantonese and Taiwan refusals, dead ends,
    // blame, taboo in new words; near misses: 只能/没办法 followed by another way, holds, quoted
    // colleagues, protections), committed before its first run.
    ...replySet('probe-phrzh19-s19/replies.jsonl', 'phr-pzhs19'),
    // Its held-out check: the session's classes and others in new domains and wordings (Mandarin,
    // Cantonese, Taiwan), written after the first changes and committed before they were run on it.
    ...replySet('probe-phrzh19-s19b/replies.jsonl', 'phr-pzhs19b'),
    // Session 19, second round (all languages, issue 11 precision): clean near misses (won't as a fact,
    // protection promises, quoted words with action, refusals with an alternative) and a few flags in new
    // domains; committed before its first run.
    ...replySet('probe-prec19-s19r2/replies.jsonl', 'phr-prec19'),
    // Session 20's Chinese probe (fresh domains; Mandarin, Cantonese and Taiwan: hostile questions, dead
    // ends, busy, orders, precedent; near misses: 您/你 inside a modifier, protections, quoted customers
    // with action, answers opening on 不是/唔係), committed before its first run.
    ...replySet('probe-phrzh20-s20/replies.jsonl', 'phr-pzhs20'),
    // Session 20 round 2's Chinese structure probe (fresh domains; Mandarin, Cantonese and Taiwan: the matter
    // passed to another party, fault put on the customer's act, outcomes vouched for, others as the measure;
    // near misses: handovers, causes denied or of no fault, grounded or own promises, conditions), committed
    // before its first run.
    ...replySet('probe-zhstruct20-s20b/replies.jsonl', 'phr-pzs20b'),
    // Session 21's Chinese question-and-reaction probe (Mandarin, Cantonese and Taiwan: hostile and
    // rebuking questions, doubts of the customer's account, brush-offs, false reactions; near misses:
    // information questions, helpful 是不是/係咪, empathy, one acknowledgement then action), committed
    // before its first run.
    ...replySet('probe-zhq21-s21/replies.jsonl', 'phr-pzq21'),
    // Session 21's Chinese statement probe (fresh domains; Mandarin, Cantonese and Taiwan: bare orders in
    // topic-comment form, refusals and bad news with nothing after, busy put-offs; near misses: the same
    // with an alternative, a person who will call or the agent's act after, 俾 as give, 保证 in a noun),
    // committed before its first run.
    ...replySet('probe-zhst21-s21/replies.jsonl', 'phr-pzst21'),
    // Session 21's Traditional Chinese reading probe (Cantonese progressive 緊 and 遲啲 'later' in busy
    // put-offs, 你估 rebukes, 邊個知 'who knows'; near misses: 緊 on the customer's own job, 要緊, 先 'only
    // then', 邊個 + noun, 估計), committed before its first run.
    ...replySet('probe-zht21b-s21/replies.jsonl', 'phr-pzht21b'),
    // Session 22's order-and-doubt probe (fresh domains; en, zh-Hans, zh-Hant, ja: orders to do a step
    // before calling back, deadline orders, curt request tails, chained bare orders, the customer's account
    // doubted or judged unlikely; near misses: polite requests with a reason, recommendations, requirements
    // for everyone, fact-gathering questions), committed before its first run.
    ...replySet('probe-order22-s22/replies.jsonl', 'phr-pord22'),
    // Session 22's dead-end and refusal probe (en, Mandarin, Cantonese, Taiwan, ja: bad news about the
    // customer's own case and refusals with nothing after; near misses: the same with a remedy, an
    // alternative or a question, conditions, rules for everyone, good news), committed before its first run.
    ...replySet('probe-deadend22-s22/replies.jsonl', 'phr-pde22'),
    // Session 22's excuse probe (en, Mandarin, Cantonese and Taiwan: the fault normalised as what such
    // things always do, disowned onto a third party, or put down to the customer's handling; near misses:
    // information for everyone, a cause then our action, recommendations, quoted words then action),
    // committed before its first run.
    ...replySet('probe-excuse22-s22/replies.jsonl', 'phr-px22'),
    // Session 23's Japanese probe (reproaching questions about the customer's own past act, rules cited as
    // the answer, orders ending in こと, refusals as ことになりました, causes put on the customer's handling;
    // near misses: wh-questions, rules as information, advice, refusals with an alternative), committed
    // before its first run.
    ...replySet('probe-ja23-s23/replies.jsonl', 'phr-pja23'),
    // Session 23's Chinese probe (fresh domains; Mandarin, Cantonese and Taiwan: precedent as a span up to
    // now, counterfactual blame on the customer's act, minimised faults nobody would notice, mocking
    // questions about what the customer expects, your-call, sent to a manager or a contractor, bad news
    // on a booking; near misses: good news since opening, conditions then our act, our own fault owned,
    // remedies after bad news, a manager brought), committed before its first run.
    ...replySet('probe-phrzh23-s23/replies.jsonl', 'phr-pzh23'),
    // Session 24's Chinese probe (fresh domains; Mandarin, Cantonese and Taiwan: outcomes vouched for
    // with 保准/包你/保證, reproaching questions on the customer's own act or check, the account doubted
    // with a demand for a witness, an acknowledgement said twice, bad news on a booking, a refusal with
    // its cause; near misses: the same news with an alternative, fact questions with a reason, typical
    // durations as information, recommendations), committed before its first run.
    ...replySet('probe-phrzh24-s24/replies.jsonl', 'phr-pzh24'),
    // Session 25's Chinese probe (fresh domains; Mandarin, Cantonese and Taiwan: bad news on a booking
    // with nothing after, blame of the customer inside a polite reply, policy as a shield in colloquial
    // words, brush-offs closed by 啦/㗎啦/齁, the account doubted; near misses: an honest "we cannot
    // guarantee" with a remedy, bad news with options, recommendations, our fault owned), committed
    // before its first run.
    ...replySet('probe-phrzh25-s25/replies.jsonl', 'phr-pzh25'),
    // Session 26's Chinese probe (fresh domains; Mandarin, Cantonese and Taiwan: the agent as the doer of
    // 把/幫/將 actions, protection promises with 絕不會, 不用/唔使 + the customer's step as relief, advice
    // with its benefit; flagged: bare refusal idioms, the customer's own contractor or family as the
    // cause, incredulous questions, orders with 必须/一定要), committed before its first run.
    ...replySet('probe-phrzh-s26/replies.jsonl', 'phr-pzh26'),
    // Session 23's English precedent and brush-off probe (the practice defended by its age or as the
    // house way, the trouble shrunk to a small count and its effect denied; near misses: the same
    // with our action after, durations as credentials or status, a refusal with an alternative, a
    // factual no), committed before its first run.
    ...replySet('probe-phren23-s23/replies.jsonl', 'phr-pphren23'),
    // Session 24's English probe (recommendations with their reason after them, a factual no, not
    // knowing with a named contact or a time, refusals in past, passive and nominal forms; near misses
    // and their flagged twins: should have, calm down, bare no, no idea, the same refusals with an
    // alternative), committed before its first run.
    ...replySet('probe-phren24-s24/replies.jsonl', 'phr-pphren24'),
    // Session 25's English probe (refusals as noun phrases, past advice forms and counterfactuals as
    // blame, the customer as the doer of the failure inside a polite reply, put up with, doubt, precedent
    // and policy as a shield; near misses: the same refusals with an alternative, forward advice with its
    // benefit, put you up, if-you-had as a present condition), committed before its first run.
    ...replySet('probe-phren-s25/replies.jsonl', 'phr-pphren25'),
    // Session 26's English probe (who acts in a refusal: a third party or thing unable with the agent's
    // alternative after it, the agent's own failed contact; an incredulous echo of the request, bare
    // imperatives with a prohibition, cutting the customer off, a fault put on the customer's
    // contractor, family or choice, precedent by a count of past cases; near misses for each),
    // committed before its first run.
    ...replySet('probe-phren-s26/replies.jsonl', 'phr-pphren26'),
    // Session 27's precision probe (en, zh-Hans, zh-Hant, ja: a fault negated after a repair, a
    // battery charged to full, a past delivery to the customer's inbox, a colleague's words quoted and
    // disowned, 有冇/有没有 questions, protection promises, a rule with its reason and what is
    // possible; flagged twins: the agent's own disowning, repetition held against the customer, bare
    // refusals), committed before its first run.
    ...replySet('probe-phrprec-s27/replies.jsonl', 'phr-pprec27'),
    // Session 27's stance probe (en, zh-Hans, zh-Hant, ja: a vow on an outcome the agent does not
    // control, the trouble shrunk, a question that rebukes, the house way held up by its age; near
    // misses: the agent's own act promised, a grounded certainty, small trouble acted on, ordinary
    // questions, a long-standing benefit), committed before its first run.
    ...replySet('probe-phrassure-s27/replies.jsonl', 'phr-pas27'),
    // Session 27's dead-end probe (en, zh-Hans, zh-Hant 粵/台, ja: the customer's thing damaged, sent
    // back or refused in the past with nothing after; near misses: the same news with the agent's
    // remedy or an alternative after it, good-news outcomes), committed before its first run.
    ...replySet('probe-phrdead-s27/replies.jsonl', 'phr-pdead27'),
    // Session 27's directive probe (en, zh-Hans, zh-Hant: bare orders and chains of them, the customer
    // sent to a manager themselves, the choice pushed back on the customer; near misses: the same step
    // softened or with its reason, conditional help, the agent receiving an item, the agent handing
    // over, a choice offered with help), committed before its first run.
    ...replySet('probe-phrsteer-s27/replies.jsonl', 'phr-psteer27'),
    // Session 28's English probe (acts defined by structure: bad news on the customer's own case with
    // no next step, certainty about an outcome a third party decides, the trouble rated small with
    // nothing done, a question that rebukes; twins: the same with the agent's step, grounded or hedged
    // certainty, real questions), committed before its first run.
    ...replySet('probe-phren-s28/replies.jsonl', 'phr-pphren28'),
    // Session 28's lead probe: protection promises, recommendations with a reason, requirements with their
    // source (clean) beside refusals with 'never', bare orders and rules as a shield (flagged); before any change.
    ...replySet('probe-protect-s28/replies.jsonl', 'phr-pprot28'),
    // Session 29's English probe (who acts and what follows: the agent binding itself with 'never' / 'you
    // won't', a requirement with its source after what to do, the manager brought in; flagged twins: 'never' and
    // "you won't" refusing the customer's request, the rule as the whole answer, the customer sent to a manager
    // or elsewhere, orders, blame, hostile questions, brush-off, dead ends, false reassurance), committed before its first run.
    ...replySet('probe-phren-s29/replies.jsonl', 'phr-pphren29'),
    // Session 30's English probe (the choice handed back to the customer alone, by who acts and what follows:
    // the decision put on them, the thing called theirs, the agent standing aside, with nothing after or only
    // "let me/us know"; refusals closed by "let me/us know" alone; twins: the same with the agent's help after
    // it, a choice offered, ownership as a plain fact), committed before its first run.
    ...replySet('probe-phren-s30/replies.jsonl', 'phr-pphren30'),
    // Session 31's English probe (acts by structure: a fault's cause placed on the customer's side — a passive
    // because-clause at their end, someone of theirs as the doer, "came from / down to" their thing with ours denied;
    // a hedged "I doubt" of their account; a duty refused as not the agent's role; the customer sent to chase a third
    // party themselves; a practice held since the business began as the whole answer; twins: the cause on our side or
    // with our fix after it, a forecast doubt, a role with a handover, the agent chasing, the history with an exception),
    // committed before its first run.
    ...replySet('probe-phren-s31/replies.jsonl', 'phr-pphren31'),
    // Session 32's English probe (acts by who acts and what follows: responsibility for a fault put on the
    // customer's side by a because- or relative clause, a by-agent, a cleft or "on you"; the trouble belittled; the
    // customer sent to someone else with no handover; a dead end told as a plain outcome; an order held by a threat;
    // precedent as the answer; twins: the cause on our side with our fix, the referral with a handover, the outcome
    // with a next step, a request with its reason, the precedent with our step), committed before its first run.
    ...replySet('probe-phren-s32/replies.jsonl', 'phr-pphren32'),
    // The lead's session-32 probe of a rule cited as the whole ground of an outcome against the customer (en, ja;
    // twins: the rule in the customer's favour, the rule with our alternative or step after it, a citation that is
    // no rule), committed before its first run.
    ...replySet('probe-policy-s32/replies.jsonl', 'phr-ppol32'),
    // Session 33's English probe (one reading per act, by clause roles: a rule source as the whole reason a cost
    // stands or a request is refused, a requirement laid on the customer or their thing, the fault's cause put on their
    // side, a dead end told as a plain past outcome, the customer sent elsewhere; twins: a policy that grants, the rule
    // with our exception, our own obligation, a requirement with our offer or as information, our own fault with the
    // fix, the outcome with a next step, a referral with a handover), committed before its first run.
    ...replySet('probe-phren-s33/replies.jsonl', 'phr-pphren33'),
    // Its second probe (hard clean near-misses of the same five readings: a requirement told as information, a pointer
    // to staff for a small thing, good news told as not found, a rule that reassures, our side owning the cause), written
    // after a fold-B reading of the five dropped 2 rows (totals only) and committed before its first run.
    ...replySet('probe-phren-s33b/replies.jsonl', 'phr-pphren33b'),
    // Its echo probe (the customer's wish thrown back as a declarative question against a time close at hand,
    // alone or with more fragments; twins: the echo answered or acted on, confirmations of a day or time with a
    // real question after, proper questions), committed before its first run.
    ...replySet('probe-phrecho-s30/replies.jsonl', 'phr-pecho30'),
    // Its repetition probe (a repetition marker standing as a clause or sentence of its own around a restated
    // fact; twins: thanks or an apology repeated, an event happening again, the agent offering to go over it
    // again), committed before its first run.
    ...replySet('probe-phragain-s30/replies.jsonl', 'phr-pagain30'),
    // Session 28's Chinese and Japanese probe (Mandarin, Cantonese, Taiwan, ja: the trouble shrunk with
    // nothing done, repetition held against the customer, the account doubted, rebuking questions; near
    // misses: the same words with the agent's act, repetition offered, checks with a reason, offers, a
    // desk named after a condition, a choice with capability, a promise, minimums as information),
    // committed before its first run.
    ...replySet('probe-phrzh-s28/replies.jsonl', 'phr-pzh28'),
    // Session 29's Chinese and Japanese probe (简体, 粵, 台, ja; acts by structure: the agent bound by a
    // never-word, a promise with its date, advice with its reason, a requirement before its source, the
    // agent redoing or handing over; flagged twins: never-refusals, 你应该 on the past, a rule as the whole
    // answer, orders with 给我 / 同我 or a bare redo, the customer sent to a manager), committed before its first run.
    ...replySet('probe-phrzh-s29/replies.jsonl', 'phr-pzh29'),
    // Its second probe (orders by clause shape: 给我 before a handling verb, a redo with a count, a result
    // to get right, a ban on anything missing; the customer sent to whoever approves or owns the matter;
    // near misses: requests, the agent's own step, 给我 as the receiver, the agent handing over),
    // committed before its first run.
    ...replySet('probe-phrzh-s29b/replies.jsonl', 'phr-pzh29b'),
    // Its Japanese probe (sent to a superior after the customer's displeasure, not this desk and try
    // elsewhere, a request closed by a curt demand for speed, a refusal told as a state; near misses:
    // advice or a requirement with its reason alone after it, the agent handing over, a request with
    // courtesy, a refusal with a later date, an offer), committed before its first run.
    ...replySet('probe-phrja-s29/replies.jsonl', 'phr-pja29'),
    // Session 30's Chinese and Japanese probe of hostile and rhetorical questions (简体, 粵, 台, ja: by what
    // right, who would notice, is it worth it, nobody on your side read it, what did you expect after your own
    // act, the price against the quality wanted; near misses: the same words in real questions, 凭 as 'with',
    // 至于 as 'as for', a check with a way forward), committed before its first run.
    ...replySet('probe-phrq-s30/replies.jsonl', 'phr-pq30'),
    // Its second probe (the matter put with another unit by a copula and nothing after, a decision announced
    // as already made, a Japanese shrug; near misses: the same with a handover, a number, our own side, another
    // option, a callback), committed before its first run.
    ...replySet('probe-phrbuck-s30/replies.jsonl', 'phr-pb30'),
    // Its third probe (the customer's displeasure as the condition, then the customer sent off on their own to
    // someone over us; near misses: the agent taking it up, the boss brought in, a contact and a reply promised,
    // writing to us), committed before its first run.
    ...replySet('probe-phrup-s30/replies.jsonl', 'phr-pu30'),
    // Session 31's Chinese and Japanese probe (简体, 粵, 台, ja: hostile questions about the customer's mind or
    // ability, has-the-customer-never-done sarcasm, 还 V 什么 N scorn, a Japanese who-would-mind, the thing gone to
    // someone else with nothing after, blame on the customer's own contractor or family, busy as the answer,
    // precedent; near misses: 不行的话 as a condition, real questions, another option, our own fault, a time to
    // come back), committed before its first run.
    ...replySet('probe-phrzh-s31/replies.jsonl', 'phr-pzh31'),
    // Session 32's Japanese and Chinese probe (ja: the customer's misreading or omission named as the fault or
    // the cause, blaming questions, a demand echoed back with と?, a refusal told as the company's decision, a
    // dead end, not my job with no answer; zh: precedent as the reason, the choice handed back; near misses: the
    // customer's slip with a fix, a refusal with an alternative, 担当外 with a handover, our own cause, a practice
    // told with an offer), committed before its first run.
    ...replySet('probe-phrcjk-s32/replies.jsonl', 'phr-pcjk32'),
    // Session 33's Chinese and Japanese probe (简体, 粵, 台, ja; acts by clause roles: a rule cited, then a charge
    // upheld or a refusal with no exception; a must on the customer's own thing with nothing after; the fault put on
    // the customer's side; their account doubted; a failed search told as a plain outcome; the decision called
    // theirs; ja precedent and the customer sent away until a superior is in; near misses: the rule in their favour
    // or with our step, a must with our help, advice with its reason, our own fault with a fix, confirmations, the
    // failure with our remedy, a promise not to keep them waiting, an alternative), committed before its first run.
    ...replySet('probe-phrcjk-s33/replies.jsonl', 'phr-pcjk33'),
    // Session 33's lead probe (a promise told with a negated negative — "we never leave you without…", 我们绝不会让您…,
    // 我哋唔會俾你乾等 — clean, in five varieties, beside refusals and blame that open with the same words), written after
    // two fresh rounds showed that false flag in every language, committed before its first run.
    ...replySet('probe-promise-s33/replies.jsonl', 'phr-pprom33'),
    // Session 34's promise probe (en, 简体, 粵, 台, ja: our side vows never to let, leave or make the customer come
    // to a bad state or an unwanted event, mostly with our step after; twins opening the same way: the customer's
    // request refused, blame after "we never make mistakes", "this never happens", a flat "we won't be doing that"),
    // committed before its first run.
    ...replySet('probe-promise-s34/replies.jsonl', 'phr-pprom34'),
    // Session 34's English probe (by clause roles: a dead end told as a plain passive or future outcome with nothing
    // after, policy as a verbless rule source with a regret marker, precedent as the reason, a brush-off that the
    // trouble mends itself or is normal; twins: the outcome with a next step, good news in the passive, the rule with
    // our exception, the past with our step, our own fault owned, advice for the customer's benefit), committed before
    // its first run.
    ...replySet('probe-en-s34/replies.jsonl', 'phr-pen34'),
    // Its second probe (a search come back empty, a session named by its day told off, the trouble called merely
    // cosmetic, a rule closed on itself; twins: the same with our step, a check come back clear, a fee off the bill,
    // near misses of the first readings), written after the first readings and fold A's misses, committed before its
    // first run.
    ...replySet('probe-en-s34b/replies.jsonl', 'phr-pen34b'),
    // Session 34's Chinese and Japanese probe (简体, 粵, 台, ja; acts by clause roles: an order built on 给我 / 俾我 before
    // a handling verb, the agent's repeated telling held against the customer, precedent as the whole answer, the
    // trouble left to mend itself with nothing of ours after, a Cantonese must with a threat; near misses: a failed
    // search with our next step, blame denied of the customer's side, a rule that grants, a Japanese alternative,
    // Cantonese statements closed by 㗎 / 喎 / 囉, 给我 as a receiver, repetition offered), committed before its first run.
    ...replySet('probe-cjk-s34/replies.jsonl', 'phr-pcjk34'),
    // Session 35's English probe (by clause roles: the customer's grasp, memory or account put down under a hedge; a
    // brush-off resting on others not noticing or minding; a refusal told in the past, the passive or as what we do not
    // do, with nothing after; twins: a thing literally missing with our fix, our own mix-up, a real question, others
    // told as unaffected, the refusal with an alternative, a handover or our step, a good-news negation), written after
    // grouping fold A's misses, committed before its first run.
    ...replySet('probe-phren-s35/replies.jsonl', 'phr-phren35'),
    // Session 36's English probe (by clause roles: blame whose cause has a body of the customer's side as its actor; the
    // matter denied as ours or put as another party's side, then the customer pointed at them with nothing of ours; a
    // refusal followed only by courtesy; twins: our side as the doer, a request as the cause, our step, a handover or a
    // number after, a refusal followed by our step told with our named fitter or the job booked for a later day),
    // written after grouping fold A's misses and the model's false flags, committed before its first run.
    ...replySet('probe-phren-s36/replies.jsonl', 'phr-phren36'),
    // Session 37's English probe (by structure: the choice handed back with nothing offered, the customer pointed at a
    // third party with no handover, precedent as the answer, doubt of the customer's account, the cause put on their
    // side, refusals in the progressive, future or "isn't something we're able to" with nothing after, a reported fault
    // dismissed; twins: a choice with a recommendation or our help, a handover or a number with an offer, "always" as
    // reassurance, a fact with our trace, our own fault with the fix, the refusal with an alternative, a "won't" that
    // is no refusal, a fault explained with a next step), written before reading fold A's rows, committed before its
    // first run.
    ...replySet('probe-phren37/replies.jsonl', 'phr-pphren37'),
    // Session 35's Chinese and Japanese probe (简体, 粵, 台, ja; acts by clause roles: the customer's request told as an
    // outcome that did not come about — a negated completion, a party's approval negated, 没法 + our service verb — the
    // customer's own thing befallen (晒, its person gone, a count after 了, a search come back empty, …てしまいました),
    // an outcome vouched for at an extreme or after calming words; near misses: the same with our next step or an
    // alternative, 还没 with a time, a negated charge, our own act vowed, a checked fact, a grant), committed before its
    // first run.
    ...replySet('probe-cjk-s35/replies.jsonl', 'phr-pcjk35'),
    // Session 36's Chinese and Japanese probe (简体, 粵, 台, ja; acts by clause roles: the agent's telling counted against
    // the customer, the choice handed back in Japanese after an embedded alternative, calming words before a certainty
    // told in the potential or as a noun, a telling-opener before the customer's thing befallen; near misses: our
    // effort counted, a third party told, a repetition offered, the choice with information or our step, a question,
    // calming words before our act or a check, a relative clause, a negated charge), committed before its first run.
    ...replySet('probe-cjk-s36/replies.jsonl', 'phr-pcjk36'),
    ...paraSet('probe-para-s7/paraphrases.jsonl', 'para-ps7'),
    // Session 9's probe of English restatements in own words, committed before its first run.
    ...paraSet('probe-para-s9/paraphrases.jsonl', 'para-ps9'),
    // Session 9's Chinese restatement probe, committed before its first run.
    ...paraSet('probe-para-s9zh/paraphrases.jsonl', 'para-ps9zh'),
    // Session 10's probe of English restatements that retell another story (who acted, what
    // happened, swapped facts), committed before its first run.
    ...paraSet('probe-para-s10/paraphrases.jsonl', 'para-ps10'),
    // Session 10's Chinese restatement probe (who said it, polarity, third parties' views), committed before its first run.
    ...paraSet('probe-para-s10zh/paraphrases.jsonl', 'para-ps10zh'),
    // Session 11's probe of English restatements (new domains), committed before its first run.
    ...paraSet('probe-para-s11/paraphrases.jsonl', 'para-ps11'),
    // Session 11's Chinese restatement probe (Cantonese and Taiwan feelings and checks, facts in
    // other words), committed before its first run.
    ...paraSet('probe-para-s11zh/paraphrases.jsonl', 'para-ps11zh'),
    // Session 12's probe of English restatements (facts in other words, who acts inside a
    // question; new domains), committed before its first run.
    ...paraSet('probe-para-s12/paraphrases.jsonl', 'para-ps12'),
    // Session 13's probe of English restatements (facts in other words, reversed stories, key
    // values; new domains), committed before its first run.
    ...paraSet('probe-para-s13/paraphrases.jsonl', 'para-ps13'),
    // Session 14's probe of English restatements (counts of different things, denials bound to one
    // thing, facts in other words; new domains), committed before its first run.
    ...paraSet('probe-para-s14/paraphrases.jsonl', 'para-ps14'),
    // Session 14's second English restatement probe, committed before its first run.
    ...paraSet('probe-para-s14b/paraphrases.jsonl', 'para-ps14b'),
    // Session 15's probe of English restatements (facts in other words, claims and places said
    // otherwise, reversals; new domains), committed before its first run.
    ...paraSet('probe-para-s15/paraphrases.jsonl', 'para-ps15'),
    // Session 15's second English restatement probe, committed before its first run.
    ...paraSet('probe-para-s15b/paraphrases.jsonl', 'para-ps15b'),
    // Session 16's probe of English restatements (arrival and absence in phrasal verbs, refusals said
    // with other verbs, facts in other words; new domains), committed before its first run.
    ...paraSet('probe-para-s16en/paraphrases.jsonl', 'para-ps16en'),
    // Session 17's probe of English restatements (values in other forms, polarity in other words, who
    // acted, swapped values; new domains), committed before its first run.
    ...paraSet('probe-para-s17en/paraphrases.jsonl', 'para-ps17en'),
    // Its held-out check (new domains), written before the session's last round of changes and
    // committed before its first run.
    ...paraSet('probe-para-s17enb/paraphrases.jsonl', 'para-ps17enb'),
    // Session 17's second-round English restatement probe (values in other forms, facts told with
    // other verbs and nouns, reversed accounts; new domains), committed before its first run.
    ...paraSet('probe-para-s17r2en/paraphrases.jsonl', 'para-ps17r2en'),
    // Session 18's English restatement probe (issue 12, good side: facts told in free words; partials
    // that drop one fact), committed before its first run.
    ...paraSet('probe-paraen18-s18/paraphrases.jsonl', 'para-pe18'),
    // Session 18's English restatement probe of the poor side (reversed, denied and swapped facts, wrong
    // key values, who acts; new domains), committed before its first run.
    ...paraSet('probe-para-s18en/paraphrases.jsonl', 'para-ps18en'),
    // Session 18 round 2's restatement probe of grades two apart (remainders, expected values, places
    // inside places, quantities after the noun) and the Chinese own excuse, committed before its first run.
    ...paraSet('probe-r2two18-s18r2/paraphrases.jsonl', 'para-pr2two18'),
    // Session 19's English restatement probe (issue 12: facts in free words, numbers in other forms; partials
    // that drop one fact; reversed, negated and swapped poors; new domains), committed before its first run.
    ...paraSet('probe-paraen19-s19/paraphrases.jsonl', 'para-pe19'),
    // Session 19 round 2's probe of facts retold in other words (wn19: synonyms, verb↔noun, near
    // adjectives; close wordings that miss or reverse a fact), committed before its first run.
    ...paraSet('probe-wn19-s19r2/paraphrases.jsonl', 'para-pwn19'),
    // Session 20's English restatement probe (paraen20: facts told in phrase-level free wording —
    // phrasal verbs, proportions of the customer's counts, absence said as 'no X', kind nouns; partials
    // that drop one fact; reversed and swapped poors; new domains), committed before its first run.
    ...paraSet('probe-paraen20-s20/paraphrases.jsonl', 'para-pe20'),
    // Session 21's English restatement probe (paraen21: every fact of a good answer in the trainee's own
    // words — other verbs and nouns, a phrase for one word, numbers in another form, a fact told by its
    // consequence; partials that drop one fact; wrong-value, swapped and reversed poors; eight new domains),
    // committed before its first run.
    ...paraSet('probe-paraen21-s21/paraphrases.jsonl', 'para-pe21'),
    // Session 21 round b's English restatement probe (paraen21b: word formation — a re- verb said as
    // the verb + 'again'/'redid the' + noun, a light verb do/make/give/take + action noun, short nouns
    // like 'app'; partials that drop one fact; swapped, wrong-value and reversed poors), committed
    // before its first run.
    ...paraSet('probe-paraen21b-s21/paraphrases.jsonl', 'para-pe21b'),
    // Session 12's Chinese restatement probe (facts in other words, who acted, polarity, Cantonese
    // and Taiwan usage, full-width punctuation), committed before its first run.
    ...paraSet('probe-para-s12zh/paraphrases.jsonl', 'para-ps12zh'),
    // Session 13's Chinese restatement probe (facts and values in other words, who acted,
    // reversed facts; Cantonese and Taiwan usage), committed before its first run.
    ...paraSet('probe-para-s13zh/paraphrases.jsonl', 'para-ps13zh'),
    // Session 13's second Chinese restatement probe, committed before its first run.
    ...paraSet('probe-para-s13zh2/paraphrases.jsonl', 'para-ps13zh2'),
    // Session 14's Chinese restatement probe (facts in the trainee's own words, swapped opposites,
    // who acted; Cantonese and Taiwan usage), committed before its first run.
    ...paraSet('probe-para-s14zh/paraphrases.jsonl', 'para-ps14zh'),
    // Session 14's second Chinese restatement probe, committed before its first run.
    ...paraSet('probe-para-s14zh2/paraphrases.jsonl', 'para-ps14zh2'),
    // Session 15's Chinese restatement probe (issue 12: facts in other words, real wrong facts),
    // committed before its first run.
    ...paraSet('probe-factszh-s15/paraphrases.jsonl', 'para-pf15'),
    // Session 15's second Chinese restatement probe, committed before its first run.
    ...paraSet('probe-factszh-s15b/paraphrases.jsonl', 'para-pf15b'),
    // Session 16's Chinese restatement probe (issue 12: refusals, absence, near-synonyms and
    // quantities in the trainee's own words), committed before its first run.
    ...paraSet('probe-para-s16zh/paraphrases.jsonl', 'para-ps16zh'),
    // Session 17's Chinese restatement probe (issue 12: who acts and who pays, values in other
    // forms, Cantonese and Taiwan wording), committed before its first run.
    ...paraSet('probe-para-s17zh/paraphrases.jsonl', 'para-ps17zh'),
    // Session 17's second Chinese restatement probe, held out until the end of the session.
    ...paraSet('probe-para-s17zhb/paraphrases.jsonl', 'para-ps17zhb'),
    // Session 17's second-round Chinese restatement probe (facts, values, feelings and checks in the
    // trainee's own words; refusals the customer reported told back), committed before its first run.
    ...paraSet('probe-para-s17r2zh/paraphrases.jsonl', 'para-ps17r2zh'),
    // Session 18's Chinese restatement probe (issue 12: facts and values in the trainee's own words,
    // swapped values and reversed facts), committed before its first run.
    ...paraSet('probe-para-s18zh/paraphrases.jsonl', 'para-ps18zh'),
    // Session 19's Chinese restatement probe (issue 12: good restatements in other words, 粵 and 台 wording),
    // committed before its first run.
    ...paraSet('probe-parazh19-s19/paraphrases.jsonl', 'para-pz19'),
    // Session 19's second-round Chinese restatement probe (values in other counting words and units),
    // committed before its first run.
    ...paraSet('probe-zhval19-s19r2/paraphrases.jsonl', 'para-pzv19'),
    // Session 20's Chinese restatement probe (facts in the trainee's own words: shared morphemes, complements,
    // proportions, classifiers, 粵 and 台 wording), committed before its first run.
    ...paraSet('probe-parazh20-s20/paraphrases.jsonl', 'para-pz20'),
    // Session 21's Chinese restatement probe (facts retold by structure: complements, split verb-objects,
    // agentless 被; deflections after a complete restatement), committed before its first run.
    ...paraSet('probe-parazh21-s21/paraphrases.jsonl', 'para-pz21'),
    // Session 21b's Chinese restatement probe (complements, moved negation, 不 inside a state word, object
    // said first, values word for word), committed before its first run.
    ...paraSet('probe-parazh21b-s21/paraphrases.jsonl', 'para-pz21b'),
    // Session 22's restatement probe (slip22: one wrong count, amount, size or length among right facts;
    // a wrong identifier, two wrong values, swapped values, a reversed account; good answers that say a value
    // twice or an absence in other words; en, zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-slip22-s22/paraphrases.jsonl', 'para-psl22'),
    // Session 22's numbers probe (numbers, quantities and lengths said in other forms — counting
    // words, colloquial prices, Cantonese units, approximate lengths — in en, zh-Hans, zh-Hant; wrong
    // values of the same form stay wrong), committed before its first run.
    ...paraSet('probe-num22-s22/paraphrases.jsonl', 'para-pn22'),
    // Session 22's restatement probe (facts22: facts told in free words — a -en verb as its adjective
    // after another verb, a particle verb with its object between, absence said as 'short of', 粵 text
    // with characters outside the BMP around variant characters (拉鍊, 項鍊), a negated antonym (不亮 for
    // 黑); partials that drop one fact; reversed and wrong-item poors), committed before its first run.
    ...paraSet('probe-facts22-s22/paraphrases.jsonl', 'para-pf22'),
    // Session 22's feeling probe (feel22: the feeling acknowledged in the trainee's own words — perception
    // verb + 'you're', validation, 'would … anyone', must-be, rhetorical and in-my-place frames in Chinese —
    // against answers that retell the story with no acknowledgement), committed before its first run.
    ...paraSet('probe-feel22-s22/paraphrases.jsonl', 'para-pfeel22'),
    // Session 23's Chinese restatement probe (parazh23: a fact told with its object fronted by 把, a generic
    // verb before the same result, a negated fact said as its antonym, another adverb or the verb said once;
    // guards: the wrong thing damaged, a change the wrong way, a wrong relative), committed before its first run.
    ...paraSet('probe-parazh23-s23/paraphrases.jsonl', 'para-pz23'),
    // Session 23's values probe (values23: values said in other forms — a day named relative to the
    // customer's weekday or date, a share of a total, compound lengths, clipped units, dozens, a count of
    // missing items, 'a couple' in another clause, 上午 inside a meal word; wrong values of the same form
    // stay wrong), committed before its first run.
    ...paraSet('probe-values23-s23/paraphrases.jsonl', 'para-pv23'),
    // Session 24's Chinese restatement probe (parazh24: counts with measure words 扇 and 针, 一块 before a
    // price, N日 as a length in 粵, the feeling said by 听得出/看得出 + you, by a degree word before the
    // agent's 理解, by a must-be frame with a fear word; guards: one wrong count or length, swapped
    // values, reversed accounts), committed before its first run.
    ...paraSet('probe-parazh24-s24/paraphrases.jsonl', 'para-pz24'),
    // Session 25's Chinese restatement probe (parazh25: counts with another measure word (两回, 三通,
    // 第三趟), Cantonese 冇 and 被…罵 for 未 and 鬧, 成個星期 for 一個禮拜, words sharing the fact's
    // morpheme (空跑, 取笑, 零件錢); partials with one fact, the feeling or the check missing, one value
    // wrong, or blame of the customer), committed before its first run.
    ...paraSet('probe-parazh25-s25/paraphrases.jsonl', 'para-pz25'),
    // Session 26's Chinese restatement probe (parazh26: value forms said otherwise — 两天前 for
    // 前天, 一个来月 for 个把月, 三点十五分 for 三点一刻, 百分之三十 for 三成, 三到四次 for 三四次,
    // 十五分钟 for 一刻钟 and 三個字, 12日 for 十二號, 一月 for 年初; partials with one value wrong
    // or the feeling or check missing; poor answers reversed or swapped), committed before its first run.
    ...paraSet('probe-parazh-s26/paraphrases.jsonl', 'para-pz26'),
    // Session 23's English restatement probe (paraen23: good answers in free words — the customer as
    // who was due something after 'should have' / 'never', the business's news retold with 'we told
    // you', a loss that 'can't be replaced', the customer's own obligation retold, a broken thing
    // said 'dead', stopping said 'won't'; partials with real blame, impatience or 'calm down'),
    // committed before its first run.
    ...paraSet('probe-paraen23-s23/paraphrases.jsonl', 'para-pen23'),
    // Session 24's English restatement probe (paraen24: counts in dozens and scores, a feeling said as
    // a participle ('that's galling'), 'not what you ordered' and 'now you can't' agreeing with the
    // account; partials with an aside excuse after 'to be fair', 'mind' or 'honestly'), committed
    // before its first run.
    ...paraSet('probe-paraen24-s24/paraphrases.jsonl', 'para-pen24'),
    // Session 25's English restatement probe (paraen25: good answers with a negated opposite ('hasn't
    // been working' for 'broke down'), phrasal verbs ('called off', 'stood in for'), other words of a
    // time or count ('a fortnight', 'midday', 'the beginning of the year', 'on three occasions'),
    // derived forms ('no repayment', 'confirming'); partials with one fact, feeling or check short or
    // blame; poors reversed or swapped), committed before its first run.
    ...paraSet('probe-paraen25-s25/paraphrases.jsonl', 'para-pen25'),
    // Session 26's English restatement probe (paraen26: good answers with a day of the month
    // without its month, 'the day before/after tomorrow', 'the best part of an hour', a share without
    // 'of', 'four floors up', values glued to letters ('10am', '£250', '2m'), clock words, 'second
    // visit' for twice, a derived noun ('a leak', 'the loss of') or a negated opposite ('wasn't hot');
    // partials and poors short by one fact, feeling or check, or reversed), committed before its first run.
    ...paraSet('probe-paraen-s26/paraphrases.jsonl', 'para-pen26'),
    // Session 26's restatement probe (phrrest26: good answers that retell other people's refusals,
    // orders and blame, or the customer's own plans and obligations — a thing or a third party as the
    // subject, 'you should have been' + place and time, 'no one had told you', 说/話 and 「」 in Chinese;
    // partials with the trainee's own forbidden phrase; en, zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-phrrest-s26/paraphrases.jsonl', 'para-prr26'),
    // Session 27's Chinese restatement probe (parafactzh27: each fact said in other common words of
    // one sense — 承诺 for 答应, 修理 for 维修, 遗失 for 弄丢, 保证金 for 押金, 通知 for 告知; partials
    // with one fact missing or a near word that changes it; poor answers reversed), committed before its first run.
    ...paraSet('probe-parafactzh-s27/paraphrases.jsonl', 'para-pfz27'),
    // Session 27's restatement probe (pararest27: complete restatements, the same with one sentence of the
    // trainee's own excuse or blame — the thing's nature as the cause, what the customer should have
    // done told after the fact, a concession turned against the customer — and good ones that retell
    // someone else's excuse; en, zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-pararest-s27/paraphrases.jsonl', 'para-prs27'),
    // Session 28's wrong-facts probe (parawrong28: poor answers that swap two of the customer's values
    // or items, tell who did what or early/late the other way round, or leave most of the story and the
    // feeling out; partials with one minor value wrong or one fact short; en, zh-Hans, 粵 and 台),
    // committed before its first run.
    ...paraSet('probe-parawrong-s28/paraphrases.jsonl', 'para-pwr28'),
    // Session 28's English restatement probe (paraen28: good answers with a count that has words
    // before its noun, 'had nothing' for 'haven't got it', 'nothing beyond' an exception, a one-word
    // wording in another form, a bare 'a couple', other words of one sense; partials one fact, the
    // feeling or the check short; poors reversed or a wrong value), committed before its first run.
    ...paraSet('probe-paraen-s28/paraphrases.jsonl', 'para-pen28'),
    // Session 28's Chinese restatement probe (parazh28: counts, amounts and days in another form —
    // another measure word of one kind (套 for 组, 部 for 台, 节 for 次, 两个…培训 for 两场), dozens for
    // a count, Cantonese 舊 for hundreds, 过两天 / 两天后 for 后天, 十五天后 for 半个月后 — and the
    // feeling or check said in Cantonese (唔好意思, 係咪咁呀, 我冇理解錯吧) or as 是吧; guards: one value
    // wrong in the same form, no feeling, an account reversed), committed before its first run.
    ...paraSet('probe-parazh-s28/paraphrases.jsonl', 'para-pz28'),
    // Session 29's English restatement probe (paraunit29: measures given in the other system or another
    // unit of their kind — feet for metres, an inch for 3 cm, pounds for kilos, gallons for litres, half a
    // metre for 50 cm; partials one fact, the feeling or the check short; poors a measure converted wrongly
    // — three inches for 3 cm — and facts dropped or reversed), committed before its first run.
    ...paraSet('probe-paraunit-s29/paraphrases.jsonl', 'para-pu29'),
    // Session 29's English feeling probe (parafeel29: the feeling said as "it's maddening", "it was
    // infuriating", "it's completely understandable that you're …", "it's only natural that you'd …";
    // partials with every fact and a sentence of the same shape about the thing instead — "it's broken
    // again", "it was missing"; poors facts dropped or reversed), committed before its first run.
    ...paraSet('probe-parafeel-s29/paraphrases.jsonl', 'para-pf29'),
    // Session 29's Chinese restatement probe (parazhval29: a count or length said without the customer's
    // number and unit — a share of an hour (三分之二个钟头, 四分三個鐘), a household by 口 (一家五口 for
    // 五个人), dozens for a count by another measure word, 片 for things counted with 块, a bare number
    // after its unit was said (得返一百 for 一百公分); guards: the same forms with a wrong value, a
    // feeling or a fact missing, an account reversed; zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-parazhval-s29/paraphrases.jsonl', 'para-pzv29'),
    // Session 29's Chinese denial probe (paraneg29: the customer denies a thing named with a modifier
    // before it — 没有原来的蓬松感, 冇平時嘅香味, 沒有照片上的草莓裝飾, 唔係我揀嘅灰色 — and the answer
    // denies it plainly (不蓬松, 唔香); guards: no feeling, the thing said to be there; zh-Hans, 粵 and
    // 台), committed before its first run.
    ...paraSet('probe-paraneg-s29/paraphrases.jsonl', 'para-pn29'),
    // Session 29's Chinese clock probe (paraclock29: a time with its half or minutes said on the hour
    // in an answer whose other values hold the missing characters — a minor value wrong, partial; the
    // same with the time right, and reversed; zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-paraclock-s29/paraphrases.jsonl', 'para-pc29'),
    // Session 29's probe of wrong facts (parawrong29: 12 customers of my own × good / partial / poor;
    // poors give two of the customer's values or items for each other, or tell early/late, asked/refused
    // the other way round; partials one minor value wrong or one fact short), committed before its first run.
    ...paraSet('probe-parawrong-s29/paraphrases.jsonl', 'para-pwr29'),
    // Session 30's probe of values said in free forms (paranum30: 13 customers of my own × good / partial /
    // poor; a count said collectively — a dozen, a trio, a fortnight, 一打 —, a price the spoken way —
    // eleven-fifty, six hundred quid, 六舊半 —, an age by its word — 古稀, 花甲 —, 四斤 for 两公斤, 廿八號,
    // 個半鐘, 块 of tiles beside 块 of money; poors the same forms with wrong values), committed before its first run.
    ...paraSet('probe-paranum-s30/paraphrases.jsonl', 'para-pnum30'),
    // Session 30's English restatement probe (paraen30: 12 customers of my own × good / partial / poor;
    // goods say one fact's verb by a free word of its kind about the same thing — 'switched you onto' for
    // 'moved us to', 'binned' for 'threw away', 'nicked' for 'cut'; partials one fact left out; poors
    // reversed or denied), committed before its first run.
    ...paraSet('probe-paraen-s30/paraphrases.jsonl', 'para-pen30'),
    // Session 30's Chinese restatement probe (parazh30: a fact the customer told as not done — 没告诉我,
    // 不肯给我看, 冇問過我, 沒有先報價 — retold with another verb of the same polarity and actor; the
    // feeling in the trainee's own words, the check as 係咪咁樣 or 沒錯吧; partials every fact but the
    // feeling or the check, or the denied fact left out; poors the denial turned round or put on the
    // customer; zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-parazh-s30/paraphrases.jsonl', 'para-pz30'),
    // Session 30's turn-after-acknowledgement probe (paraturn30: every fact, the feeling and the check,
    // then 不过 / 但是 / 可是 / 只是 into the agent's own word against the customer — partial; good ones whose
    // turn goes on with the customer's story, or with no turn; zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-paraturn-s30/paraphrases.jsonl', 'para-pt30'),
    // Session 30's probe of swapped roles (parawrong30: 12 customers of my own × good / partial / poor;
    // poors give two of the customer's items or values for each other's roles — what was ordered told
    // as what came and the other way round, from and to turned round; partials one fact or the feeling
    // short), committed before its first run.
    ...paraSet('probe-parawrong-s30/paraphrases.jsonl', 'para-pwr30'),
    // Session 31's probe of counts told with another noun (paracount31: 13 customers of my own × good /
    // partial / poor; goods say the customer's count of things by another noun for them — 'ten sessions'
    // for 'ten lessons', 'three pets' for 'three dogs', 'a dozen white flowers' for 'twelve white roses';
    // partials one other fact left out or the count wrong; poors reversed), committed before its first run.
    ...paraSet('probe-paracount-s31/paraphrases.jsonl', 'para-pcn31'),
    // Session 31's probe of word forms (paraforms31: 8 customers of my own × good / partial / poor; goods
    // say a fact in another written form of the rubric's words — 'the all-clear' for 'all clear', 'a
    // call-back' for 'call back', 'wake' / 'closing' for 'wakes' / 'closes'), committed before its first run.
    ...paraSet('probe-paraforms-s31/paraphrases.jsonl', 'para-pfm31'),
    // Session 31's Chinese restatement probe (parazh31: a feeling word inside the customer's thing or event
    // told back — 压力锅 / 壓力煲, 加急費, 急诊 / 急症室, 白跑了三趟 — in partials with no feeling; a fact said with
    // the customer's verb or noun in another shape — 漏水 as 水往下漏, 游泳训练营 as 游泳营, 摔破 as 弄破 —
    // in goods; poors turned round; zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-parazh-s31/paraphrases.jsonl', 'para-pz31'),
    // Session 31's wrong-facts probe (parawrong31: 14 customers of my own × good / partial / poor; goods
    // retell a negative fact in another structure — 'no X' for 'didn't have a X', 'could hardly' for
    // 'couldn't', 'should have been X', 能不能 asked, 不见了 as 没了; poors turn one fact round or give the
    // agreed or promised value — we agreed, you promised, 说好的是, 讲好, 约好, 讲明 — and what came each
    // other's roles, or from and to; partials one fact short), committed before its first run.
    ...paraSet('probe-parawrong-s31/paraphrases.jsonl', 'para-pwr31'),
    // Session 32's Chinese restatement probe (parazh32: a value told in another spoken form — a lone 一 inside
    // a word (一家人, 一肚子), a weekday with Cantonese 個 as a linker (下星期六個烘焙班), a day of the month
    // without its month, 半打 —; a time or length with its half left off as a wrong minor value (partial); a
    // verb-object word told by its verb (渗水 as 水往…里渗); zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-parazh-s32/paraphrases.jsonl', 'para-pz32'),
    // Session 32's wrong-facts probe (parawrong32: 15 customers of my own × good / partial / poor; poors
    // swap two values the customer gave two roles — asked for and brought, booked and given, from and to,
    // before and after — mostly inside one rubric fact, or turn a negative fact round; goods retell a
    // negative fact in another structure or a count in a count word — two dozen, a pair of, 两打), committed
    // before its first run.
    ...paraSet('probe-parawrong-s32/paraphrases.jsonl', 'para-pwr32'),
    // Session 33's wrong-facts probe (parawrong33: 11 customers of my own × good / partial / poor; goods
    // give a value in another form whose arithmetic gives the customer's — a share of a count said before
    // it ('a third of the 120 mugs', 三分之一), 'two-thirds of an hour', 'skipped three of the five' for
    // 'stopped at two of the five', figures for Chinese numerals, 'till' or 至 for 'to' — or a denial in
    // another structure; poors give two values each other's roles (a price before and after, a booked end
    // and the real one, the right and the wrong part of a count) or tell a denied verb as done (先跟您商量了,
    // 先關了總開關, 打咗電話通知); partials one fact short), committed before its first run.
    ...paraSet('probe-parawrong-s33/paraphrases.jsonl', 'para-pwr33'),
    // Session 32's English restatement probe (paraen32: 13 customers of my own × good / partial / poor;
    // partials exactly one shortfall — the agent's own excuse in a concessive clause ('though new brakes do
    // squeal', 'these things do happen', 'which is normal for …'), a closing question that is no check, no
    // feeling, one value wrong; goods a value in a form whose arithmetic gives the customer's — three-quarters
    // of an hour, a quarter to midnight, the last day of April, two and a half hours after the agreed eight
    // o'clock; poors turned round), committed before its first run.
    ...paraSet('probe-paraen-s32/paraphrases.jsonl', 'para-pen32'),
    // Session 33's Chinese restatement probe (parazh33: 12 customers of my own × good / partial / poor; goods
    // restate every fact in other words than the rubric's — another measure word or verb (两回, 个 for 部), a
    // value in another written form (2:30, 1米2, 三刻钟 / 三個骨, 九十分钟, 三十分鐘 for 半個鐘, 七天, $1,200),
    // 礼拜 / 星期, 块 / 蚊 / 元, 把 / 將 … V成, Cantonese 畀 / 攞 / 冇, synonyms of nouns (公分, 大堂); partials one
    // fact short; poors a wrong or swapped fact; zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-parazh-s33/paraphrases.jsonl', 'para-pz33'),
    // Session 33's second Chinese restatement probe (parazh33b: 6 customers of my own × good / partial / poor,
    // written after pz33's first run: a length of time in another word or measure word (三个钟头, 兩粒鐘)
    // then a negation of what was not done in it (都没修好, 都仲未搞掂); a passive fact (被拒, 被退回) retold
    // with 把 (把它拒了); zh-Hans, 粵 and 台), committed before its first run.
    ...paraSet('probe-parazh-s33b/paraphrases.jsonl', 'para-pz33b'),
    // Session 34's Chinese restatement probe (parazh34: 12 customers of my own × good / partial / poor; goods
    // tell a length against a bound (差几天就一个月, 不到三天, 大半個鐘, 一個多禮拜, 半個月 for 兩個禮拜), a fall
    // with another verb and its result (滑倒, 仆低), a count as a share (每三双就有一双) or in another measure
    // word (两趟, 三轉, 兩下), 下礼拜 / 下周 / 下星期, a price per period (每月129, 月费399); partials one shortfall
    // (one minor count wrong, or one direction the other way: 出口 for 入口, 進門 for 出門); poors origin and
    // destination turned round after 从 / 由 / 寄, the account reversed, several values wrong; zh-Hans, 粵 and
    // 台), committed before its first run.
    ...paraSet('probe-parazh-s34/paraphrases.jsonl', 'para-pz34'),
    // Session 33's English restatement probe (paraen33: 15 customers of my own × good / partial / poor; goods
    // restate every fact in words far from the rubric's — a hypernym (the boat course, messages for emails), an
    // event told in other words (nobody showed up, never went through), a number form (a fortnight, just gone
    // ten, 15:45, half a dozen, two grand, twenty-four hundred, the next afternoon); partials one shortfall;
    // poors a wrong or swapped fact), committed before its first run.
    ...paraSet('probe-paraen-s33/paraphrases.jsonl', 'para-pen33'),
    // Session 34's English restatement probe (paraen34: 14 customers of my own × good / partial / poor; goods
    // tell each fact in free words — another verb or phrasal verb for the event (put up, never turned up, took
    // off your card), another word for the person (your lad, your boy), a quantity bounded by words (just under
    // a month for 27 days, a bit over a week and a half); partials one shortfall; poors turn one direction or
    // role round in the same frame — from / to, up / down, out / in, charged / refunded, outgoing / incoming,
    // over / under, declined / accepted, pick up / drop off), committed before its first run.
    ...paraSet('probe-paraen-s34/paraphrases.jsonl', 'para-pen34'),
    // Session 35's restatement probe (para35: 12 customers of my own, 6 English and 6 Chinese × good / partial /
    // poor): goods restate a count by another noun, measure word or count word (a dozen swim sessions, 一打, 两打,
    // 回 for 次), a share of a total as a share (a quarter of them, 每四份里就有一份) and a length or amount with a
    // fraction glyph or in other units (1½ hours as ninety minutes, 2½ kilos); partials one shortfall; poors two
    // values wrong; committed before its first run.
    ...paraSet('probe-para-s35/paraphrases.jsonl', 'para-p35'),
    // Session 36's restatement probe (para36: 12 customers of my own, 6 English and 6 Chinese × good / partial /
    // poor): goods restate a date by its name (Halloween, Christmas Eve, 情人节, 国庆), an anniversary by its name
    // (ruby wedding, 金婚), a clock with another part of the day (night with 3 a.m., 半夜 for 凌晨), a length as
    // the span it ran (from eight till one, 由九點等到十二點) and a total as its parts (four had and the other
    // eight, 五次 and 剩下的十五次); partials one shortfall; poors two values wrong; committed before its first run.
    ...paraSet('probe-para-s36/paraphrases.jsonl', 'para-p36'),
    // Session 37's value probe (paraval37: 14 English customers of my own × good / partial / poor): goods restate
    // values in other forms — spoken prices (three-eighty), k / grand, decimals in words, collective counts (a
    // dozen, a pair, your trio), lengths in other units or fractions, approximate bounds that hold the value (the
    // best part of a month), totals as rate × count or per period, dates in other forms (the first of Feb, New
    // Year's Eve, the next day); partials one shortfall; poors two values wrong in the same forms; committed
    // before its first run.
    ...paraSet('probe-paraval-s37/paraphrases.jsonl', 'para-pv37'),
    // Session 37's probe of Chinese values said in other forms (zhval37: 31 statements of my own × a good
    // answer restating one value in another form and a near miss saying another value or leaving it out);
    // committed before its first run.
    ...paraSet('probe-zhval37/paraphrases.jsonl', 'para-pzv37'),
    // Training rows of 2026-12h (eval/train-2026-12h/README.md), measured here as development data.
    ...replySet('train-2026-12h/replies.jsonl', 'phr-t2612h'),
    ...paraSet('train-2026-12h/paraphrases.jsonl', 'para-t2612h'),
  ];
  // A random sample of real agent replies judged by hand without looking at the detector.
  const sample = (
    file: string,
    lang: string,
    judge: string,
    mode: 'strict' | 'wide',
    folder = 'corpus-sample',
  ) => {
    const path = join(root, 'eval', folder, file);
    if (!existsSync(path)) return [];
    const rows = sampleAsReplies(parseCorpusSample(readFileSync(path, 'utf8'), path), lang, mode);
    return evalPhrases(rows, resources)
      .filter((r) => r.lang !== 'all')
      .map((r) => ({ ...r, judge }));
  };
  const corpusSample = [
    ...sample('multiwoz.en.tsv', 'en', 'real-smpl', 'strict'),
    ...sample('crosswoz.zh-Hans.tsv', 'zh-Hans', 'real-smpl', 'strict'),
    ...sample('multiwoz.en.tsv', 'en', 'real+bord', 'wide'),
    ...sample('crosswoz.zh-Hans.tsv', 'zh-Hans', 'real+bord', 'wide'),
    // A second sample (seed 20261203, the first sample's lines left out), judged by hand in
    // session 6 and committed before the detector changes of that session were merged.
    ...sample('multiwoz.en.tsv', 'en', 'real-smpl2', 'strict', 'corpus-sample-2'),
    ...sample('crosswoz.zh-Hans.tsv', 'zh-Hans', 'real-smpl2', 'strict', 'corpus-sample-2'),
    ...sample('multiwoz.en.tsv', 'en', 'real+bord2', 'wide', 'corpus-sample-2'),
    ...sample('crosswoz.zh-Hans.tsv', 'zh-Hans', 'real+bord2', 'wide', 'corpus-sample-2'),
  ];
  return [...questions, ...blind, ...phrases, ...paraphrases, ...freeBlind, ...corpusSample];
}

/**
 * The detector on the real replies of the shared corpora: flags by label, from the corpus's
 * own judged file and from ours (eval/corpus-flags.<lang>.tsv), and every unjudged flag.
 */
export function runCorpora(root: string): string {
  const dir = corporaDir(root);
  if (!dir) return '\nreal agent replies: no shared corpora found (set CS_DRILL_CORPORA)\n';
  const { phraseLists: lists, replyModel } = loadJudgeResources(join(root, 'drills'));
  const reports = CORPORA.filter((c) => existsSync(join(dir, c.file))).map((c) =>
    evalCorpus(
      c.file,
      readIfThere(join(dir, c.file)),
      corpusJudgements(root, dir, c),
      lists,
      replyModel,
    ),
  );
  return renderCorpus(reports);
}

/** Entry for eval/run.mjs: the bundle lives in dist/, the data one level up. */
export function main(write: (s: string) => void = (s) => process.stdout.write(s)): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  write(renderReports(runEvaluations(root)));
  write(runCorpora(root));
}
