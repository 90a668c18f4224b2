import { hasHan, hasKana, type NormalisedText, readCantonese } from '../text/index.js';
import type { PhraseHit } from '../types.js';
import { actStands, closingOnly, inFarewell } from './acts.js';
import { candidates, sequenceCandidates } from './buckets.js';
import { clauseAt, type Edges, edgesOf, runOnStarts } from './clause.js';
import { bieEndsWord } from './clause-features.js';
import type { CompiledEntry, ContextRule, PhraseList } from './compile.js';
import { DEAD_END_ENTRY, deadEndAt } from './dead-end.js';
import { ECHO_ENTRY, echoChain } from './echo.js';
import { BLAME_CAUSE_ENTRY_EN, blamedCauseEn } from './en-blame-cause.js';
import { BRUSH_OFF_ENTRY_EN, brushOffEn } from './en-brush-off.js';
import { DOUBT_OTHERS_ENTRY_EN, doubtByOthersEn } from './en-doubt-others.js';
import { DOUBT_QUESTION_ENTRY_EN, doubtQuestionEn } from './en-doubt-question.js';
import { DOUBT_STATED_ENTRY_EN, doubtStatedEn } from './en-doubt-stated.js';
import { DUTY_REFUSED_ENTRY_EN, dutyRefusedEn } from './en-duty-refused.js';
import {
  DISOWNED_ENTRY_EN,
  disownedFaultEn,
  HANDLED_ENTRY_EN,
  handledFaultEn,
  NORMALISED_ENTRY_EN,
  normalisedFaultEn,
} from './en-excuse.js';
import { FAULT_SIDE_ENTRY_EN, faultSideEn, NOT_OURS_ENTRY_EN, notOursEn } from './en-fault-side.js';
import {
  GRASP_ENTRY_EN,
  graspDoubtedEn,
  MUDDLE_ENTRY_EN,
  muddleDoubtedEn,
} from './en-grasp-doubted.js';
import { LOSS_DOUBTED_ENTRY_EN, lossDoubtedEn } from './en-loss-doubted.js';
import { measuredByOthersEn, PRECEDENT_ENTRY_EN } from './en-measured-by-others.js';
import { REBUKE_ENTRY_EN, rebukeQuestionEn } from './en-rebuke-question.js';
import { RULE_CITED_ENTRY_EN, ruleCitedEn } from './en-rule-cited.js';
import { SENT_AWAY_ENTRY_EN, sentAwayEn } from './en-sent-away.js';
import { insistedOrder, ordersByDeadline, ordersToWait } from './en-structure.js';
import { passedOnEn, THIRD_PARTY_ENTRY_EN } from './en-third-party.js';
import { VOUCH_ENTRY_EN, vouchedOutcomeEn } from './en-vouch.js';
import { YOUR_CALL_ENTRY_EN, yourCallEn } from './en-your-call.js';
import { filledUp } from './filled-up.js';
import { BLAME_CAUSE_ENTRY_JA, blameCauseJa } from './ja-blame-cause.js';
import { COUNT_HELD_ENTRY_JA, countHeldJa } from './ja-count-held.js';
import { CURT_REQUEST_ENTRY_JA, curtRequestJa } from './ja-curt-request.js';
import { DEMAND_ECHOED_ENTRY_JA, demandEchoedJa } from './ja-demand-echoed.js';
import { DOUBT_ACCOUNT_ENTRY_JA, doubtAccountJa } from './ja-doubt-account.js';
import { REFUSAL_DECIDED_ENTRY_JA, refusalDecidedJa } from './ja-refusal-decided.js';
import { REPROACH_QUESTION_ENTRY_JA, reproachQuestionJa } from './ja-reproach-question.js';
import { RULE_CITED_ENTRY_JA, ruleCitedJa } from './ja-rule-cited.js';
import {
  sentToBossJa,
  sentToPartyJa,
  TO_BOSS_ENTRY_JA,
  TO_PARTY_ENTRY_JA,
} from './ja-sent-elsewhere.js';
import { TOLD_AS_ORDER_ENTRY_JA, toldAsOrderJa } from './ja-told-as-order.js';
import { VOUCH_ENTRY_JA, vouchedOutcomeJa } from './ja-vouch.js';
import {
  endsSentenceAt,
  findPattern,
  findSequence,
  foldForPhrases,
  followedBy,
  isClauseEnd,
  isWordChar,
  negated,
  occursWithin,
  type Pattern,
  precededBy,
} from './phrase-patterns.js';
import { modelHit, type ReplyModel, sentenceSpans } from './reply-model.js';
import { spared } from './vow-spares.js';
import { BARE_ORDER_ENTRY_ZH, bareOrderZh } from './zh-bare-order.js';
import { BLAME_CAUSE_ENTRY_ZH, blamedCauseZh } from './zh-blame-cause.js';
import { BRUSH_OFF_ENTRY_ZH, brushOffZh } from './zh-brush-off.js';
import { COUNTERFACTUAL_ENTRY_ZH, counterfactualZh } from './zh-counterfactual.js';
import { DEADLINE_ECHO_ENTRY_ZH, deadlineEchoZh } from './zh-deadline-echo.js';
import { DOUBT_ACCOUNT_ENTRY_ZH, doubtAccountZh } from './zh-doubt-account.js';
import { asksEitherZh } from './zh-either.js';
import {
  DISOWNED_ENTRY_ZH,
  disownedFaultZh,
  NORMALISED_ENTRY_ZH,
  normalisedFaultZh,
} from './zh-excuse.js';
import { FALSE_REACTION_ENTRY_ZH, falseReactionZh } from './zh-false-reaction.js';
import { JOIN_MOAN_ENTRY_ZH, joinMoanZh } from './zh-join-moan.js';
import { measuredByPastZh, PRECEDENT_ENTRY_ZH } from './zh-measured-by-others.js';
import { ONLY_WAY_ENTRY_ZH, onlyWayShutZh } from './zh-only-way.js';
import { blankGreetingZh } from './zh-opener.js';
import { PUT_OFF_ENTRY_ZH, putOffAtZh } from './zh-put-off.js';
import { REBUKE_ENTRY_ZH, rebukeQuestionZh } from './zh-rebuke-question.js';
import { zhReportedAt } from './zh-reported.js';
import { CHALLENGE_ENTRY_ZH, challengeAtZh, DOUBT_ENTRY_ZH, doubtAtZh } from './zh-rhetorical.js';
import { RULE_CITED_ENTRY_ZH, ruleCitedZh } from './zh-rule-cited.js';
import { TAUTOLOGY_ENTRY_ZH, tautologyAtZh } from './zh-tautology.js';
import {
  passedOnZh,
  THIRD_PARTY_ENTRY_ZH,
  WRITE_UP_ENTRY_ZH,
  writeUpAloneZh,
} from './zh-third-party.js';
import { TOLD_COUNT_ENTRY_ZH, toldCountZh } from './zh-told-count.js';
import { VOUCH_ENTRY_ZH, vouchedOutcomeZh } from './zh-vouch.js';
import { YOUR_CALL_ENTRY_ZH, yourCallZh } from './zh-your-call.js';

/**
 * A hyphen joining the hit's last word to the next ("Sign-language classes are…", "check-in
 * desk"): the word is half of a compound, not the phrase.
 */
const COMPOUND_GOES_ON = /^-[a-z]/i;

/** Farthest a clause-positioned phrase looks for its clause edges; fillers are short. */
const CLAUSE_REACH = 60;

interface RawHit {
  entry: CompiledEntry;
  s: number;
  e: number;
  /** The clause, in the original text. */
  cs: number;
  ce: number;
  /** Found by a grammar sequence: yields to an overlapping listed phrase. */
  grammar: boolean;
  /** The listed pattern that matched, as the list writes it (none for a grammar sequence). */
  matched?: string;
}

/**
 * Forbidden and taboo phrases in `text`, with spans in the original text. Context decides:
 * each entry's requires/unless rules, its clause position, and reported speech (a phrase
 * restated as someone else's words — after "you were told", or quoted after "您说" — is
 * not the trainee's own). When hits overlap, one containing another wins.
 */
export function detectPhrases(
  text: string,
  lists: readonly PhraseList[],
  model?: ReplyModel,
): PhraseHit[] {
  return detectFolded(text, foldForPhrases(text), lists, model);
}

/** As detectPhrases, on text already folded with the detector's folds (`foldForPhrases`). */
export function detectFolded(
  original: string,
  folded: NormalisedText,
  lists: readonly PhraseList[],
  model?: ReplyModel,
): PhraseHit[] {
  const f = folded.japanese ? folded : { ...folded, text: blankGreetingZh(folded.text) };
  const raw: RawHit[] = [];
  const plain = prepare(f);
  const scan = (list: PhraseList, p: Prepared) => {
    const t = p.f.text;
    const accept = (
      entry: CompiledEntry,
      pattern: Pattern | undefined,
      s: number,
      e: number,
    ): boolean => {
      const grammar = pattern === undefined;
      if (
        positionOk(t, list, entry.position, s, e, p) &&
        (!entry.repeated || (pattern !== undefined && repeatedAt(t, list, pattern, s, e))) &&
        (entry.requires.length === 0 || entry.requires.some((r) => holds(t, r, s, e))) &&
        !entry.unless.some((r) => excuses(t, list, r, s, e)) &&
        !reported(t, list, p.quoteOpen, s) &&
        !bieEndsWord(t, s) &&
        !asksEitherZh(t, s) &&
        !filledUp(t, s, e) &&
        !COMPOUND_GOES_ON.test(original.slice(p.f.ends[e - 1] ?? 0, (p.f.ends[e - 1] ?? 0) + 2))
      ) {
        const clause = clauseAt(t, s, e, list.acts, p.edges());
        if (!actStands(t, s, e, entry, clause, list, p.runOn)) return false;
        raw.push({
          entry,
          s: p.f.starts[s] ?? 0,
          e: p.f.ends[e - 1] ?? original.length,
          cs: p.f.starts[clause.start] ?? 0,
          ce: p.f.ends[clause.end - 1] ?? original.length,
          grammar,
          ...(pattern ? { matched: pattern.source } : {}),
        });
      }
      return false;
    };
    for (const { entry, pattern } of candidates(list, t)) {
      findPattern(t, pattern, 0, t.length, (s, e) => accept(entry, pattern, s, e));
    }
    for (const { entry, seq, firsts } of sequenceCandidates(list, t))
      findSequence(t, seq, 0, t.length, (s, e) => accept(entry, undefined, s, e), firsts);
  };
  const scanText = (list: PhraseList, text: NormalisedText, p: Prepared) => {
    if (list.softeners.length === 0) {
      scan(list, p);
      return;
    }
    const { hedged, literal } = byHedging(list);
    const softened = withoutSofteners(text, list.softeners);
    scan(hedged, softened === text ? p : prepare(softened));
    if (literal) scan(literal, p);
  };
  for (const list of lists) scanText(list, f, plain);
  // Written Cantonese is also read as Mandarin (冇→没有, 咗→了, 俾人→被人), so the Chinese list's
  // Mandarin wordings reach it; its own Cantonese wordings, matched on the text as written, keep
  // their hits, and the reading only adds where they found nothing.
  const cantonese = readCantonese(f);
  const zh = lists.find((l) => l.lang === 'zh-Hans');
  if (zh && cantonese !== f) {
    const asWritten = raw.length;
    scanText(zh, cantonese, prepare(cantonese));
    const read = raw.splice(asWritten);
    for (const h of read) if (!raw.some((w) => w.s < h.e && w.e > h.s)) raw.push(h);
  }
  // Spans are in the original text from here on. The grammar layer only adds: where a listed
  // phrase was found, its hit (span, wording, suggestion) stands and an overlapping grammar hit
  // is dropped.
  const listed = raw.filter((h) => !h.grammar).sort((a, b) => a.s - b.s);
  const overlapsListed = (h: RawHit): boolean => {
    let lo = 0;
    let hi = listed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((listed[mid] as RawHit).s < h.e) lo = mid + 1;
      else hi = mid;
    }
    // listed[0..lo) start before h ends; any of them ending after h starts overlaps.
    for (let k = lo - 1; k >= 0 && k >= lo - 64; k--)
      if ((listed[k] as RawHit).e > h.s) return true;
    return false;
  };
  const kept = listed.length === 0 ? raw : raw.filter((h) => !h.grammar || !overlapsListed(h));
  kept.sort((a, b) => a.s - b.s || b.e - a.e);
  const hits: PhraseHit[] = [];
  let maxEnd = -1;
  for (const h of kept) {
    if (h.e <= maxEnd) continue;
    maxEnd = h.e;
    const start = h.s;
    const end = h.e;
    hits.push({
      phrase: h.entry.phrase,
      category: h.entry.category,
      act: h.entry.act,
      span: { start, end },
      clause: { start: Math.min(h.cs, start), end: Math.max(h.ce, end) },
      suggestion: h.entry.suggestion,
      ...(h.matched !== undefined ? { matched: h.matched } : {}),
    });
  }
  const echoed = echoHit(original, plain, lists, hits);
  if (echoed) hits.push(echoed);
  const dead = hits.length === 0 ? deadEndHit(original, plain, lists) : undefined;
  if (dead) hits.push(dead);
  const ordered = hits.length === 0 ? deadlineOrderHit(original, plain, lists) : undefined;
  if (ordered) hits.push(ordered);
  const closed = hits.length === 0 ? structureHitIn(original, plain, lists) : undefined;
  if (closed) hits.push(closed);
  const learned = model && modelHit(original, plain, lists, model, hits);
  if (learned) hits.push(learned);
  return learned || echoed ? hits.sort((a, b) => a.span.start - b.span.start) : hits;
}

const hedging = new WeakMap<PhraseList, { hedged: PhraseList; literal?: PhraseList }>();

/**
 * A list's entries matched on the text without its hedges, and those matched on the text as
 * written (`literal`), each as a list of its own (built once per list).
 */
function byHedging(list: PhraseList): { hedged: PhraseList; literal?: PhraseList } {
  let split = hedging.get(list);
  if (!split) {
    const literal = list.entries.filter((e) => e.literal);
    split =
      literal.length === 0
        ? { hedged: list }
        : {
            hedged: { ...list, entries: list.entries.filter((e) => !e.literal) },
            literal: { ...list, entries: literal },
          };
    hedging.set(list, split);
  }
  return split;
}

const ids = new WeakMap<PhraseList, Map<string, CompiledEntry>>();

/**
 * A list's entry by id (its first, as `entries.find` gives it): the flags found by structure are
 * worded by entries looked up for every reply, in lists of hundreds.
 */
function entryOf(list: PhraseList, id: string): CompiledEntry | undefined {
  let byId = ids.get(list);
  if (!byId) {
    byId = new Map();
    for (const e of list.entries) if (!byId.has(e.id)) byId.set(e.id, e);
    ids.set(list, byId);
  }
  return byId.get(id);
}

/** An echo chain ("Today? Before lunch? …", echo.ts), worded by the English list's echo entry. */
function echoHit(
  original: string,
  p: Prepared,
  lists: readonly PhraseList[],
  hits: readonly PhraseHit[],
): PhraseHit | undefined {
  const en = lists.find((l) => l.lang === 'en');
  const entry = en && entryOf(en, ECHO_ENTRY);
  const chain = entry && echoChain(p.f.text, p.runOn);
  if (!entry || !chain) return undefined;
  const hit = structureHit(original, p, entry, chain);
  const { start, end } = hit.span;
  return hits.some((h) => h.span.start < end && h.span.end > start) ? undefined : hit;
}

/**
 * A dead end by structure (dead-end.ts), worded by its language's dead-end entry; not one told as
 * an outside party's words (物业来电说电梯修不好). Our own people's verdict (我哋师傅话执唔返) is the
 * agent's news.
 */
function deadEndHit(
  original: string,
  p: Prepared,
  lists: readonly PhraseList[],
): PhraseHit | undefined {
  for (const list of lists) {
    const id = DEAD_END_ENTRY[list.lang];
    const entry = id && entryOf(list, id);
    const range = entry && deadEndAt(p.f.text, list, p.runOn);
    if (
      entry &&
      range &&
      !(reported(p.f.text, list, p.quoteOpen, range[0]) && !ours(p.f.text, range[0]))
    )
      return structureHit(original, p, entry, range);
  }
  return undefined;
}

/** The English list's bare-order entry, which words an order held to a deadline. */
const DEADLINE_ORDER_ENTRY = 'g-bare-order';

/**
 * A bare imperative with a deadline, ending on a wait in place, or insisted on by a curt "Now."
 * after it (en-structure.ts), outside quotations.
 */
function deadlineOrderHit(
  original: string,
  p: Prepared,
  lists: readonly PhraseList[],
): PhraseHit | undefined {
  const en = lists.find((l) => l.lang === 'en');
  const entry = en && entryOf(en, DEADLINE_ORDER_ENTRY);
  if (!entry) return undefined;
  const t = p.f.text;
  const spans = sentenceSpans(t, p.runOn);
  for (const [k, [s, e]] of spans.entries()) {
    if ((p.quoteOpen[s] ?? -1) >= 0) continue;
    const sentence = t.slice(s, e);
    const next = spans[k + 1];
    if (ordersByDeadline(sentence) || ordersToWait(sentence))
      return structureHit(original, p, entry, [s, e]);
    if (next && insistedOrder(sentence, t.slice(next[0], next[1])))
      return structureHit(original, p, entry, [s, next[1]]);
  }
  return undefined;
}

/** Acts found by structure per language, each worded by an entry of that language's list. */
const STRUCTURES = {
  'zh-Hans': [
    { id: TAUTOLOGY_ENTRY_ZH, at: tautologyAtZh },
    { id: RULE_CITED_ENTRY_ZH, at: ruleCitedZh },
    { id: ONLY_WAY_ENTRY_ZH, at: onlyWayShutZh },
    { id: CHALLENGE_ENTRY_ZH, at: challengeAtZh },
    { id: DOUBT_ENTRY_ZH, at: doubtAtZh },
    { id: PUT_OFF_ENTRY_ZH, at: putOffAtZh },
    { id: THIRD_PARTY_ENTRY_ZH, at: passedOnZh },
    { id: WRITE_UP_ENTRY_ZH, at: writeUpAloneZh },
    { id: BLAME_CAUSE_ENTRY_ZH, at: blamedCauseZh },
    { id: COUNTERFACTUAL_ENTRY_ZH, at: counterfactualZh },
    { id: VOUCH_ENTRY_ZH, at: vouchedOutcomeZh },
    { id: PRECEDENT_ENTRY_ZH, at: measuredByPastZh },
    { id: REBUKE_ENTRY_ZH, at: rebukeQuestionZh },
    { id: DOUBT_ACCOUNT_ENTRY_ZH, at: doubtAccountZh },
    { id: BRUSH_OFF_ENTRY_ZH, at: brushOffZh },
    { id: YOUR_CALL_ENTRY_ZH, at: yourCallZh },
    { id: DEADLINE_ECHO_ENTRY_ZH, at: deadlineEchoZh },
    { id: FALSE_REACTION_ENTRY_ZH, at: falseReactionZh },
    { id: JOIN_MOAN_ENTRY_ZH, at: joinMoanZh },
    { id: BARE_ORDER_ENTRY_ZH, at: bareOrderZh },
    { id: DISOWNED_ENTRY_ZH, at: disownedFaultZh },
    { id: NORMALISED_ENTRY_ZH, at: normalisedFaultZh },
    { id: TOLD_COUNT_ENTRY_ZH, at: toldCountZh },
  ],
  en: [
    { id: VOUCH_ENTRY_EN, at: vouchedOutcomeEn },
    { id: THIRD_PARTY_ENTRY_EN, at: passedOnEn },
    { id: DUTY_REFUSED_ENTRY_EN, at: dutyRefusedEn },
    { id: RULE_CITED_ENTRY_EN, at: ruleCitedEn },
    { id: BLAME_CAUSE_ENTRY_EN, at: blamedCauseEn },
    { id: REBUKE_ENTRY_EN, at: rebukeQuestionEn },
    { id: DOUBT_QUESTION_ENTRY_EN, at: doubtQuestionEn },
    { id: PRECEDENT_ENTRY_EN, at: measuredByOthersEn },
    { id: DOUBT_OTHERS_ENTRY_EN, at: doubtByOthersEn },
    { id: DOUBT_STATED_ENTRY_EN, at: doubtStatedEn },
    { id: GRASP_ENTRY_EN, at: graspDoubtedEn },
    { id: MUDDLE_ENTRY_EN, at: muddleDoubtedEn },
    { id: LOSS_DOUBTED_ENTRY_EN, at: lossDoubtedEn },
    { id: DISOWNED_ENTRY_EN, at: disownedFaultEn },
    { id: HANDLED_ENTRY_EN, at: handledFaultEn },
    { id: NORMALISED_ENTRY_EN, at: normalisedFaultEn },
    { id: BRUSH_OFF_ENTRY_EN, at: brushOffEn },
    { id: YOUR_CALL_ENTRY_EN, at: yourCallEn },
    { id: FAULT_SIDE_ENTRY_EN, at: faultSideEn },
    { id: NOT_OURS_ENTRY_EN, at: notOursEn },
    { id: SENT_AWAY_ENTRY_EN, at: sentAwayEn },
  ],
  ja: [
    { id: TO_BOSS_ENTRY_JA, at: sentToBossJa },
    { id: TO_PARTY_ENTRY_JA, at: sentToPartyJa },
    { id: COUNT_HELD_ENTRY_JA, at: countHeldJa },
    { id: TOLD_AS_ORDER_ENTRY_JA, at: toldAsOrderJa },
    { id: DOUBT_ACCOUNT_ENTRY_JA, at: doubtAccountJa },
    { id: CURT_REQUEST_ENTRY_JA, at: curtRequestJa },
    { id: REPROACH_QUESTION_ENTRY_JA, at: reproachQuestionJa },
    { id: RULE_CITED_ENTRY_JA, at: ruleCitedJa },
    { id: REFUSAL_DECIDED_ENTRY_JA, at: refusalDecidedJa },
    { id: DEMAND_ECHOED_ENTRY_JA, at: demandEchoedJa },
    { id: BLAME_CAUSE_ENTRY_JA, at: blameCauseJa },
    { id: VOUCH_ENTRY_JA, at: vouchedOutcomeJa },
  ],
} as const;

/**
 * The first act by structure: Chinese, a rule closed on itself (zh-tautology.ts), a rule cited as
 * the ground of an outcome held against the customer (zh-rule-cited.ts), a way shut
 * after "only" (zh-only-way.ts), a question that challenges or doubts the customer
 * (zh-rhetorical.ts), the customer's matter put off under the agent's load (zh-put-off.ts), the
 * matter passed to another party or the displeased customer sent to write to someone
 * (zh-third-party.ts), a fault put down to the customer's act by a
 * cleft (zh-blame-cause.ts) or by a counterfactual on it (zh-counterfactual.ts), an outcome
 * vouched for (zh-vouch.ts), the past held up as the measure (zh-measured-by-others.ts), a question
 * rebuking the customer (zh-rebuke-question.ts), their account doubted (zh-doubt-account.ts), their
 * problem brushed off (zh-brush-off.ts), the choice handed back to them alone (zh-your-call.ts),
 * their deadline echoed back as a question (zh-deadline-echo.ts), an acknowledgement said over and
 * over (zh-false-reaction.ts), the agent joining a complaint against their own side
 * (zh-join-moan.ts), a bare order to the customer (zh-bare-order.ts), or the fault explained away
 * as what such things are or as not ours (zh-excuse.ts), or the agent's telling counted against them
 * (zh-told-count.ts);
 * English, an outcome vouched for (en-vouch.ts), the matter passed to a third party (en-third-party.ts) or refused as
 * not the agent's duty (en-duty-refused.ts), a fault put down to the customer's act (en-blame-cause.ts)
 * a question hunting their fault (en-rebuke-question.ts), "are you sure" put to their account
 * (en-doubt-question.ts) or stated after a hedge (en-doubt-stated.ts), their grasp or memory put down
 * (en-grasp-doubted.ts), their report of a loss doubted (en-loss-doubted.ts), others before them as the measure
 * (en-measured-by-others.ts), their
 * account put down to others' common mistake (en-doubt-others.ts) or the fault explained away as
 * what such things do, as not ours or as the customer's handling (en-excuse.ts) or their trouble
 * shrunk to a small count with its effect denied (en-brush-off.ts) or the choice handed back to
 * them alone (en-your-call.ts); Japanese,
 * the customer sent elsewhere by a request form (ja-sent-elsewhere.ts), the count of times held
 * against them (ja-count-held.ts), their account doubted (ja-doubt-account.ts), a request closed by
 * a curt tail (ja-curt-request.ts), a question reproaching their own past act
 * (ja-reproach-question.ts), a written rule cited with only a refusal after it
 * (ja-rule-cited.ts), a refusal told as a decision (ja-refusal-decided.ts), the customer's request
 * echoed back as a bare order (ja-demand-echoed.ts) or an outcome put down to their slip by a cleft of
 * cause (ja-blame-cause.ts), or calming words before a certainty over a thing's outcome (ja-vouch.ts) — outside quotations
 * and reported speech, and not excused by its entry's `unless` rules.
 */
function structureHitIn(
  original: string,
  p: Prepared,
  lists: readonly PhraseList[],
): PhraseHit | undefined {
  for (const list of lists) {
    for (const { id, at } of structuresOf(list.lang, p.f.text)) {
      structureReads++;
      const entry = entryOf(list, id);
      const range = entry && at(p.f.text, list, p.runOn);
      if (
        entry &&
        range &&
        (p.quoteOpen[range[0]] ?? -1) < 0 &&
        !reported(p.f.text, list, p.quoteOpen, range[0]) &&
        !entry.unless.some((r) => excuses(p.f.text, list, r, range[0], range[1])) &&
        !spared(p.f.text, range[0], range[1], entry.act)
      )
        return structureHit(original, p, entry, range);
    }
  }
  return undefined;
}

/**
 * A language's structures that can stand in folded text `t`: every Chinese one needs a Han
 * character, every Japanese one a kana or Han character (規約上, 不可 are all Han).
 */
function structuresOf(
  lang: string,
  t: string,
): readonly (typeof STRUCTURES)[keyof typeof STRUCTURES][number][] {
  if (lang === 'zh-Hans' && !hasHan(t)) return [];
  if (lang === 'ja' && !hasHan(t) && !hasKana(t)) return [];
  return STRUCTURES[lang as keyof typeof STRUCTURES] ?? [];
}

/** Structures tried on replies so far: tests count it. */
let structureReads = 0;
export const structureTries = (): number => structureReads;

/** Chinese: the agent's side named shortly before `at` (我们师傅说 / 我哋同事话). */
function ours(t: string, at: number): boolean {
  return /我|咱/.test(t.slice(Math.max(0, at - OURS_REACH), at));
}

/** Characters before a reported dead end within which our own speaker is named. */
const OURS_REACH = 12;

/** A hit found by structure over folded range `range`, worded by a list entry. */
function structureHit(
  original: string,
  p: Prepared,
  entry: CompiledEntry,
  range: readonly [number, number],
): PhraseHit {
  const start = p.f.starts[range[0]] ?? 0;
  const end = p.f.ends[range[1] - 1] ?? original.length;
  return {
    phrase: entry.phrase,
    category: entry.category,
    act: entry.act,
    span: { start, end },
    clause: { start, end },
    suggestion: entry.suggestion,
  };
}

/**
 * The model's flag on `text` as if no list had hit it: what the model and its gate alone
 * decide (training measures them on rows the lists were tuned on).
 */
export function modelOnlyHit(
  text: string,
  lists: readonly PhraseList[],
  model: ReplyModel,
): PhraseHit | undefined {
  return modelHit(text, prepare(foldForPhrases(text)), lists, model, []);
}

interface Prepared {
  f: NormalisedText;
  runOn: Set<number>;
  /** Built on the first hit: most replies have none. */
  edges: () => Edges;
  quoteOpen: Int32Array;
  lastContent: number;
}

function prepare(f: NormalisedText): Prepared {
  const runOn = runOnStarts(f);
  let edges: Edges | undefined;
  return {
    f,
    runOn,
    edges: () => {
      edges ??= edgesOf(f.text, runOn);
      return edges;
    },
    quoteOpen: quoteOpenings(f.text),
    lastContent: lastContentIndex(f.text),
  };
}

/** The folded text without the list's hedging words (and the space after each). */
function withoutSofteners(f: NormalisedText, softeners: readonly string[]): NormalisedText {
  const t = f.text;
  // Most replies hold none of them: the text itself, prepared once for every list.
  if (!softeners.some((w) => t.includes(w))) return f;
  // Softeners of a CJK script are dropped wherever they stand; words only as whole words.
  const cjkSofteners = softeners.filter((w) => !isWordChar(w[0]));
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < t.length) {
    const cjk = cjkSofteners.find((w) => t.startsWith(w, i));
    if (cjk) {
      i += cjk.length;
      continue;
    }
    if (isWordChar(t[i]) && !isWordChar(t[i - 1])) {
      let j = i;
      while (isWordChar(t[j])) j++;
      if (t[j] === ' ' && softeners.includes(t.slice(i, j))) {
        i = j + 1;
        continue;
      }
    }
    text += t[i];
    starts.push(f.starts[i] ?? 0);
    ends.push(f.ends[i] ?? 0);
    i++;
  }
  return { ...f, text, starts, ends };
}

/** The same pattern again right after this match, or right before it (punctuation, fillers between). */
function repeatedAt(t: string, list: PhraseList, p: Pattern, s: number, e: number): boolean {
  const glue = (from: number, to: number) =>
    /^[\s,.!~]*$/.test(t.slice(from, to)) ||
    onlyFillers(t.slice(from, to).replace(/[,.!~]/g, ' '), list.leading);
  return (
    findPattern(t, p, e, Math.min(t.length, e + 12 + (p.parts[0]?.length ?? 0) * 2), (a) =>
      glue(e, a),
    ) ||
    findPattern(t, p, Math.max(0, s - 12 - (p.parts[0]?.length ?? 0) * 2), s, (_a, b) => glue(b, s))
  );
}

/**
 * An unless rule holds. An excuse standing before the match does not reach past a clause mark
 * or a contrast word ("Sorry, but you filled it in wrong"; "不对,你弄错了").
 */
function excuses(t: string, list: PhraseList, r: ContextRule, s: number, e: number): boolean {
  // An excuse that is itself refused ("…也不会帮您问") excuses nothing, nor one inside a farewell
  // (the いたします of 失礼いたします offers nothing).
  // Nor one with the customer as its subject ("…because you let us start": their act, no offer).
  if (r.dir === 'after')
    return followedBy(
      t,
      r.patterns,
      e,
      r.within,
      (a, b) =>
        !negated(t, a, b, e) &&
        !inFarewell(t, list, a, b) &&
        !(t.startsWith('let ', a) && CUSTOMER_LETS.test(t.slice(Math.max(0, a - 4), a))),
    );
  let lo = s;
  while (lo > 0 && s - lo < r.within + 80 && !isClauseEnd(t[lo - 1])) lo--;
  return r.patterns.some((p) =>
    endsOnMark(p)
      ? endsClauseBefore(t, p, s, r.within)
      : findPattern(
          t,
          p,
          lo,
          s,
          (_a, b) => s - b <= r.within && !occursWithin(t, list.contrast, b, s),
        ),
  );
}

/** "you" right before an offer's "let": the customer is its subject ("you let us start…"). */
const CUSTOMER_LETS = /\byou $/;

/**
 * A phrase ending with a clause mark ("之前,") names the clause before the match's: it ends on
 * the mark that opens the match's clause (您确认之前,我们不会装车 — the customer's step first).
 */
function endsClauseBefore(t: string, p: Pattern, s: number, within: number): boolean {
  let lo = s;
  while (lo > 0 && s - lo < within + 80 && !isClauseEnd(t[lo - 1])) lo--;
  if (lo === 0 || s - lo > within) return false;
  let before = lo - 1;
  while (before > 0 && lo - before < within + 80 && !isClauseEnd(t[before - 1])) before--;
  return findPattern(t, p, before, lo, (_a, b) => b === lo);
}

const endsOnMark = (p: Pattern) => isClauseEnd((p.parts.at(-1) ?? '').at(-1));

/** A requires rule holds; before the match, a phrase ending with a clause mark reads as in `excuses`. */
function holds(t: string, r: ContextRule, s: number, e: number): boolean {
  if (r.dir !== 'before') return followedBy(t, r.patterns, e, r.within);
  if (r.patterns.some((p) => endsOnMark(p) && endsClauseBefore(t, p, s, r.within))) return true;
  return precededBy(
    t,
    r.patterns.filter((p) => !endsOnMark(p)),
    s,
    r.within,
  );
}

function positionOk(
  t: string,
  list: PhraseList,
  position: CompiledEntry['position'],
  s: number,
  e: number,
  p: Prepared,
): boolean {
  if (position === 'any') return true;
  const lastContent = p.lastContent;
  // The reply's last act: after the match's sentence ends, nothing but punctuation or closing
  // courtesy ("…fully booked. Have a lovely weekend!").
  if (position === 'last-sentence') {
    let k = e;
    while (k < t.length && !endsSentenceAt(t, k)) k++;
    return lastContent < k || closingOnly(t, k, list, p.runOn);
  }
  let cs = s;
  while (cs > 0 && !isClauseEnd(t[cs - 1])) if (s - --cs > CLAUSE_REACH) return false;
  if (!onlyFillers(t.slice(cs, s), list.leading)) return false;
  if (position === 'clause-start') return true;
  let ce = e;
  while (ce < t.length && !isClauseEnd(t[ce])) if (++ce - e > CLAUSE_REACH) return false;
  if (!onlyFillers(t.slice(e, ce), list.trailing)) return false;
  return position === 'clause' || lastContent < ce;
}

/** Is `segment` nothing but fillers (and spaces)? Strips the longest filler first, a few times. */
function onlyFillers(segment: string, fillers: readonly Pattern[]): boolean {
  let rest = segment.trim();
  for (let round = 0; round < 8 && rest.length > 0; round++) {
    let best = '';
    for (const p of fillers) {
      const w = p.parts[0] ?? '';
      if (
        w.length > best.length &&
        rest.startsWith(w) &&
        !(isWordChar(w[w.length - 1]) && isWordChar(rest[w.length]))
      ) {
        best = w;
      }
    }
    if (!best) return false;
    rest = rest.slice(best.length).trim();
  }
  return rest.length === 0;
}

/** Someone else's words restated: after a reporting cue, or quoted right after a speech verb. */
function reported(t: string, list: PhraseList, quoteOpen: Int32Array, s: number): boolean {
  const open = quoteOpen[s] ?? -1;
  if (open >= 0) {
    let k = open;
    while (k > 0 && /[\s,:]/.test(t[k - 1] ?? '')) k--;
    // The verb may have its hearer or its topic as object first ("told her '…'", "called it '…'").
    const verbEnd = k - (HEARER_BEFORE_QUOTE.exec(t.slice(Math.max(0, k - 6), k))?.[0].length ?? 0);
    if (
      list.quoteVerbs.some((v) =>
        findPattern(t, v, Math.max(0, verbEnd - 20), verbEnd, (_a, b) => b === verbEnd),
      )
    )
      return true;
  }
  // Japanese and many English quotes name the speaker after them: 「…」と言われた, "…," he said.
  const close = open >= 0 ? closingQuote(t, s) : -1;
  if (
    close >= 0 &&
    list.cues.some((cue) =>
      findPattern(t, cue, close + 1, close + 1 + AFTER_QUOTE + cue.source.length * 2, (a) => {
        return /^[\s,，、]*$/.test(t.slice(close + 1, a));
      }),
    )
  )
    return true;
  const at = open >= 0 ? open : s;
  // The cue stands in the match's own sentence: "You're saying he never came? That doesn't sound
  // like him" doubts the customer in a sentence of its own.
  let lo = at;
  while (lo > 0 && at - lo < list.cueWithin + 40 && !endsSentenceAt(t, lo - 1)) lo--;
  // A verb of saying with a complement of how well it was said (你讲得啱, 你说得对) agrees with
  // the customer, one with a measure closed by a mark (跟您说一下，/ 同你讲声，) announces the
  // agent's own news, and one closed as done (都跟您讲过了，) names a telling: none reports anything. Nor does a cue reach past the speaker's own
  // conclusion.
  const cued = list.cues.some((cue) =>
    findPattern(t, cue, lo, at, (a, b) => {
      if (
        at - b > list.cueWithin ||
        (OWN_TELLING.test(t[a] ?? '') && SUBJECT_DROPPED.test(t.slice(lo, a))) ||
        t[b] === '得' ||
        ANNOUNCES.test(t.slice(b, b + 4)) ||
        TOLD_BEFORE.test(t.slice(b, b + 4))
      )
        return false;
      // The conclusion's opener starts between the cue and the match (it may run into the match).
      const own = (o: Pattern) => findPattern(t, o, b, at + o.source.length, (c) => c < at);
      if (list.ownAfter.some(own)) return false;
      return !precededBy(t, list.notAfter, a, 1);
    }),
  );
  // Chinese reports by structure: another party, then a verb of saying or thinking.
  return cued || (list.lang.startsWith('zh') && zhReportedAt(t, at));
}

/** An object pronoun between a verb of saying and the quotation ("told him '…'"). */
const HEARER_BEFORE_QUOTE = / (?:him|her|them|me|us|you|it)$/;

/**
 * A telling to the customer (跟你说 / 同你讲 / 告诉你) opening the sentence with its subject dropped,
 * at most an interjection before it (欸跟你說，…): the speaker's own telling, the agent's voice.
 */
const OWN_TELLING = /[跟和对同告]/;
const SUBJECT_DROPPED = /^\s*(?:欸|诶|哎|喂|嗯|哦|噢|那)?[,\s]*$/;

/** After a verb of telling, a measure closed by a mark: the agent announcing (跟你说一声，). */
const ANNOUNCES = /^(?:一下|一声|声)[,:.!。]/;

/**
 * After a verb of telling, its perfective closed by a mark (都跟你讲过了，/ 同你讲咗，): the telling is
 * done and named, not quoted — what follows is the speaker's own next clause.
 */
const TOLD_BEFORE = /^(?:过了|过|咗|了)[,:.!。]/;

/** Characters a speaker cue may stand after a closing quote (", he said"). */
const AFTER_QUOTE = 3;

/** Where the quotation around position `s` closes; -1 when it runs to the end of the line. */
function closingQuote(t: string, s: number): number {
  for (let i = s; i < t.length; i++) {
    const c = t[i];
    if (c === '”' || c === '"' || (c === "'" && closesSingle(t, i))) return i;
    if (c === '\n') return -1;
  }
  return -1;
}

/**
 * A single quote opens a quotation after a space or a bracket and before a letter ("the driver
 * said 'not my problem'"); one between letters is an apostrophe ("the driver's van").
 */
const opensSingle = (t: string, i: number): boolean =>
  ((i === 0 || /[\s(:]/.test(t[i - 1] ?? '')) && isWordChar(t[i + 1])) ||
  (HAN_CHAR.test(t[i - 1] ?? '') && HAN_CHAR.test(t[i + 1] ?? ''));
const closesSingle = (t: string, i: number): boolean =>
  !/\s/.test(t[i - 1] ?? ' ') && !isWordChar(t[i + 1]);

/** Chinese has no apostrophe: a single quote between Han characters quotes (同事那句'不归我们管'). */
const HAN_CHAR = /\p{Script=Han}/u;

/** For each position inside a quotation, where the quotation opened; -1 outside. */
function quoteOpenings(t: string): Int32Array {
  const out = new Int32Array(t.length).fill(-1);
  let open = -1;
  let single = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '“') open = i;
    else if (c === '”' || c === '\n') open = -1;
    else if (c === '"') open = open >= 0 ? -1 : i;
    else if (c === "'" && open < 0 && opensSingle(t, i)) {
      open = i;
      single = true;
      continue;
    } else if (c === "'" && single && open >= 0 && closesSingle(t, i)) {
      open = -1;
      single = false;
      continue;
    } else out[i] = open;
    if (open < 0 || c === '“' || c === '"') single = false;
  }
  return out;
}

function lastContentIndex(t: string): number {
  for (let i = t.length - 1; i >= 0; i--) if (/[\p{L}\p{N}]/u.test(t[i] ?? '')) return i;
  return -1;
}
