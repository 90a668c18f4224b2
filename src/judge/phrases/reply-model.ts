import { hasHan } from '../text/chars.js';
import type { NormalisedText } from '../text/index.js';
import type { PhraseHit } from '../types.js';
import { actStands, agentActed, requirementAhead, wayForward } from './acts.js';
import { type Clause, clauseAt, type Edges, sentenceStartsAt } from './clause.js';
import {
  type ClauseContext,
  clauseTokens,
  EN_NO,
  JA_NO,
  ZH_WORD_NOT_NEGATING,
} from './clause-features.js';
import type { ActCues, CompiledEntry, PhraseList } from './compile.js';
import { DEAD_END_ENTRY, tellsOwnCaseZh } from './dead-end.js';
import { answerFactEn } from './en-answer-fact.js';
import { customerDidItEn } from './en-customer-act.js';
import { blankKindEn } from './en-kind.js';
import {
  opensOnOrder,
  questionsCustomer,
  statesByStructure,
  structureAct,
} from './en-structure.js';
import { anyPlace, findPattern, occursWithin, type Pattern, zhNegates } from './phrase-patterns.js';
import type { SpeechAct } from './schema.js';
import { vowsSparing } from './vow-spares.js';
import { adviceWithReasonZh } from './zh-advice.js';
import { blankCheckedEitherZh } from './zh-either.js';
import { blankOpenerZh } from './zh-opener.js';
import { ZH_OWNER_AFTER_YOU } from './zh-owner.js';
import { zhReports } from './zh-reported.js';
import { searchGoesOnZh } from './zh-search-goes-on.js';

/**
 * A learned second opinion for replies the phrase lists do not cover: logistic regression over
 * hashed character 2–4-grams and word 1–2-grams of the folded text (so full width, case and
 * Traditional script are already folded). Trained by `npm run train-model` on the labelled
 * reply sets and real agent replies; see docs/reply-model.md for the data and its figures.
 */
export interface LinearModel {
  bias: number;
  /** Feature buckets with a weight, ascending; every other bucket weighs 0. */
  index: number[];
  weight: number[];
}

export interface ReplyModel {
  format: 1;
  /** Buckets are the low `bits` bits of a feature's FNV-1a hash. */
  bits: number;
  /** A sentence at or above this probability is flagged (the lowest of `thresholds`). */
  threshold: number;
  /** The threshold per script's list (en, zh-Hans, ja), where cross-validation chose one. */
  thresholds?: Partial<Record<string, number>>;
  flag: LinearModel;
  /** One-vs-rest over flagged replies: which act a flagged reply most likely is. */
  acts: Partial<Record<SpeechAct, LinearModel>>;
  /** Clause features (clause-features.ts) beside the n-grams. */
  clause?: boolean;
}

/** What is wrong with a parsed reply-model file, or undefined when it is usable. */
export function replyModelProblem(value: unknown): string | undefined {
  const m = value as Partial<ReplyModel> | null;
  if (typeof m !== 'object' || m === null) return 'not a reply model (expected a JSON object)';
  if (m.format !== 1) return `unknown reply-model format ${String(m.format)} (expected 1)`;
  if (typeof m.bits !== 'number' || m.bits < 8 || m.bits > 24) return 'bits must be 8 to 24';
  if (typeof m.threshold !== 'number' || !(m.threshold > 0 && m.threshold < 1))
    return 'threshold must be between 0 and 1';
  if (
    m.thresholds !== undefined &&
    (typeof m.thresholds !== 'object' ||
      m.thresholds === null ||
      !Object.values(m.thresholds).every(
        (t) => typeof t === 'number' && t >= (m.threshold as number) && t < 1,
      ))
  )
    return 'thresholds must map languages to thresholds from threshold up to 1';
  const linear = (l: Partial<LinearModel> | undefined) =>
    l !== undefined &&
    typeof l.bias === 'number' &&
    Array.isArray(l.index) &&
    Array.isArray(l.weight) &&
    l.index.length === l.weight.length;
  if (!linear(m.flag)) return 'flag must be a linear model (bias, index, weight)';
  if (typeof m.acts !== 'object' || m.acts === null || !Object.values(m.acts).every(linear))
    return 'acts must map acts to linear models';
  if (m.clause !== undefined && typeof m.clause !== 'boolean')
    return 'clause must be true or false';
  return undefined;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

export function hashString(seed: number, s: string): number {
  let h = mix(FNV_OFFSET, seed);
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

const WORD = /[a-z0-9']+|\p{Script=Han}|[\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

/** The feature buckets of one folded text (each counted once). */
export function featureBuckets(folded: string, bits: number): Set<number> {
  const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
  const s = ` ${folded.replace(/\s+/g, ' ').trim()} `;
  const out = new Set<number>();
  for (let i = 0; i + 1 < s.length; i++) {
    let h = mix(FNV_OFFSET, 1);
    for (let n = 1; n <= 4 && i + n <= s.length; n++) {
      h = mix(h, s.charCodeAt(i + n - 1));
      if (n >= 2) out.add((h ^ n) & mask);
    }
  }
  const words = s.match(WORD) ?? [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    out.add(hashString(2, w) & mask);
    const next = words[k + 1];
    if (next !== undefined) out.add(hashString(3, `${w} ${next}`) & mask);
  }
  return out;
}

/** What a model with clause features reads beside the text: the lists and the text's edges. */
export interface ModelContext {
  lists: readonly PhraseList[];
  runOn: ReadonlySet<number>;
  edges: () => Edges;
}

/**
 * The buckets of folded text `t` in [start, end): its n-grams, and for a model with clause
 * features, the clause tokens of the span read with the list of its script.
 */
export function spanBuckets(
  model: ReplyModel,
  t: string,
  start: number,
  end: number,
  ctx: ModelContext | undefined,
): Set<number> {
  const out = featureBuckets(t.slice(start, end), model.bits);
  const list = model.clause && ctx ? listFor(t.slice(start, end), ctx.lists) : undefined;
  if (!list || !ctx) return out;
  const mask = (1 << model.bits) - 1;
  const clause: ClauseContext = { list, runOn: ctx.runOn, edges: ctx.edges() };
  for (const token of clauseTokens(t, start, end, clause)) out.add(hashString(5, token) & mask);
  return out;
}

const tables = new WeakMap<LinearModel, Float64Array>();

/** Every bucket's weight, by bucket (0 for the buckets without one): one array read per bucket. */
function table(m: LinearModel): Float64Array {
  let t = tables.get(m);
  if (!t) {
    t = new Float64Array(m.index.reduce((a, b) => Math.max(a, b + 1), 0));
    for (let k = 0; k < m.index.length; k++) t[m.index[k] as number] = m.weight[k] as number;
    tables.set(m, t);
  }
  return t;
}

/** The model's log-odds for a set of buckets: unlike the probability, it never saturates at 1. */
function logit(m: LinearModel, buckets: ReadonlySet<number>): number {
  const t = table(m);
  let z = m.bias;
  for (const b of buckets) z += t[b] ?? 0;
  return z;
}

/** Log-odds as a probability. */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's probability for a set of buckets. */
export function probability(m: LinearModel, buckets: ReadonlySet<number>): number {
  return sigmoid(logit(m, buckets));
}

/** The acts the model knows for a flagged text, most likely first. */
export function likelyActs(model: ReplyModel, buckets: ReadonlySet<number>): SpeechAct[] {
  return (Object.entries(model.acts) as [SpeechAct, LinearModel][])
    .map(([act, m]) => ({ act, z: logit(m, buckets) }))
    .sort((x, y) => y.z - x.z)
    .map((a) => a.act);
}

/**
 * Sentence spans [start, end) of the folded text, by the detector's own sentence edges
 * (`sentenceStartsAt`: a closing mark, not a dot inside "7.84", or a run-on question start).
 */
export function sentenceSpans(
  t: string,
  runOn: ReadonlySet<number> = NO_RUN_ON,
): readonly (readonly [number, number])[] {
  // The detector's structures each read the same reply's sentences: the last reply's are kept.
  if (t === lastSpans.t && runOn === lastSpans.runOn) return lastSpans.spans;
  spanReads++;
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= t.length; i++) {
    if (i < t.length && !sentenceStartsAt(t, i, runOn)) continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(t[s] as string)) s++;
    while (e > s && /\s/.test(t[e - 1] as string)) e--;
    if (/[\p{L}\p{N}]/u.test(t.slice(s, e))) out.push([s, e]);
    start = i;
  }
  lastSpans = { t, runOn, spans: out };
  return out;
}

const NO_RUN_ON: ReadonlySet<number> = new Set();
let lastSpans: {
  t: string | undefined;
  runOn: ReadonlySet<number>;
  spans: readonly (readonly [number, number])[];
} = { t: undefined, runOn: NO_RUN_ON, spans: [] };
/** Texts whose sentences were read so far: tests count it. */
let spanReads = 0;
export const sentenceSpanReads = (): number => spanReads;

/** Replies up to this many sentences are judged whole, as the model was trained. */
const WHOLE_UP_TO = 4;

export interface ModelVerdict {
  p: number;
  /** The log-odds behind `p`: what ranks sentences that both score p = 1. */
  z: number;
  /** A sentence of the folded text, [start, end), and its feature buckets. */
  start: number;
  end: number;
  buckets: ReadonlySet<number>;
}

/**
 * The sentences of a folded reply the model flags, most likely first. A short reply is judged
 * whole (the way the model learned) and shown at its heaviest sentence; a long text (an email)
 * sentence by sentence.
 */
export function flaggedSentences(
  model: ReplyModel,
  folded: string,
  runOn: ReadonlySet<number> = new Set(),
  ctx?: ModelContext,
  worth: (start: number, end: number) => boolean = () => true,
): ModelVerdict[] {
  const spans = sentenceSpans(folded, runOn);
  const judgedWhole = spans.length > 1 && spans.length <= WHOLE_UP_TO;
  // Judged whole, the reply stands or falls at one of its sentences: with none worth a flag
  // there is nothing to score.
  if (judgedWhole && !spans.some(([a, b]) => worth(a, b))) return [];
  // Judged whole, most replies fall below the threshold: their sentences need no scoring.
  const wholeZ = judgedWhole
    ? logit(model.flag, spanBuckets(model, folded, 0, folded.length, ctx))
    : 0;
  const whole = sigmoid(wholeZ);
  if (judgedWhole && whole < model.threshold) return [];
  // Sentence by sentence, each stands alone: one that cannot be flagged needs no score.
  // Ranked by log-odds: two sentences may both score p = 1, and the first of them is not
  // thereby the heavier.
  const ranked = (judgedWhole ? spans : spans.filter(([a, b]) => worth(a, b)))
    .map(([start, end]) => {
      const buckets = spanBuckets(model, folded, start, end, ctx);
      const z = logit(model.flag, buckets);
      return { start, end, buckets, z, p: sigmoid(z) };
    })
    .sort((x, y) => y.z - x.z);
  if (!judgedWhole) return ranked.filter((v) => v.p >= model.threshold);
  // The reply stands or falls at its heaviest sentence: another sentence of it ("Anything
  // else?") does not carry the flag.
  const heaviest = ranked[0];
  return heaviest ? [{ ...heaviest, p: whole, z: wholeZ }] : [];
}

/**
 * Every act the digest forbids turns on the customer, on a "no" or on an adverse outcome: a
 * sentence without any of them ("The museum has 0 stars", "Your booking has been made",
 * "您的订单已经发货了") is information, whatever its words resemble. A sentence whose only "no" is
 * that of a courtesy or good-news formula ("no rush", "you won't be charged", 没关系, 不会再让…)
 * is kind, even with the customer in it.
 */
function charged(written: string, lang: string, cues: ActCues): boolean {
  // "You must be so relieved…", "Nobody has booked it yet, so it's yours", "I'm busy with your
  // refund": kind, whatever word in them is loaded.
  // A fault denied ("it won't leak again", 没再漏, 異音は出ませんでした) is good news: neither its "no"
  // nor its fault word charges the sentence.
  const sentence = (lang === 'en' ? blankKindEn(written) : written)
    .replace(FAULT_DENIED[lang] ?? NOTHING, ' ')
    .replace(lang === 'zh-Hans' ? PLAN_KEPT_ZH : NOTHING, ' ')
    .replace(lang === 'zh-Hans' ? BLAME_DENIED_ZH : NOTHING, ' ');
  const found = (p: Pattern) => findPattern(sentence, p, 0, sentence.length, anyPlace);
  // An outcome under a condition ("…when the order is cancelled") has not happened.
  const unconditioned = (a: number) => !CONDITION.test(sentence.slice(0, a));
  const happened = (p: Pattern) => findPattern(sentence, p, 0, sentence.length, unconditioned);
  // "Nope, it's a thriller": a leading "no" answers a yes/no question with the fact, and a loaded
  // word inside that fact ("Nope, that is the only one we send") is part of the answer.
  let rest = sentence.replace(ANSWER_NO, ' ');
  const answers = rest !== sentence;
  // "Nope, they're self-draining, so you won't need a pump": after an answering "no", a need
  // denied lifts the worry asked about.
  if (answers) rest = rest.replace(NEED_LIFTED_EN, ' ');
  if (
    (!answers && cues.loaded.some(found)) ||
    (cues.adverse.some(happened) && !cues.requested.some(found))
  )
    return true;
  let kind = false;
  const blank = (a: number, b: number) => {
    rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
    kind = true;
    return false;
  };
  for (const p of cues.courtesy) findPattern(rest, p, 0, rest.length, blank);
  // A promise told with a negated negative ("we never let an order sit", 我们不会让孩子一个人等着) is
  // kind as a courtesy is: its "no" rules out our own harm to the customer.
  for (const [a, b] of vowsSparing(rest, 0, rest.length)) blank(a, b);
  if (lang === 'ja') return chargedJa(rest);
  const cjk = hasHan(rest);
  const negative = cjk
    ? zhNegates(
        blankCheckedEitherZh(rest.replace(ZH_WORD_NOT_NEGATING, ' ').replace(ZH_GOOD_NEWS, ' ')),
      )
    : // Blanking words out finds no "no" the sentence did not hold: most hold none.
      EN_NO.test(rest) &&
      EN_NO.test(rest.replace(CONTRASTIVE_NOT, ' ').replace(NOT_BAD, ' ')) &&
      !(answers && answerFactEn(rest));
  if (negative) return true;
  // An order opening the sentence on a bare verb ("Bring the receipt in tomorrow.") is put to the
  // customer whether or not it names them.
  if (!cjk && (opensOnOrder(rest) || statesByStructure(rest))) return true;
  // The customer as a person, not the one an act is for ("a taxi booked for you"; ZH_CUSTOMER);
  // in Chinese also the customer's own thing told befallen or ended (您报名的班停开了), and the
  // agent vouching for an outcome (…，我保证): the customer is not named as a person in either.
  if (cjk)
    return (
      !kind &&
      (ZH_CUSTOMER.test(rest) ||
        LONG_SINCE_SENT_ZH.test(rest) ||
        tellsOwnCaseZh(rest) ||
        ZH_VOUCH.test(rest))
    );
  return !kind && CUSTOMER_YOU.test(rest.replace(RELATIVE_YOU, ' '));
}

/**
 * A thing long since sent to the customer (早就发到您邮箱了): the past held against them, as "as I
 * already told you" holds it; sent just now (刚发到您邮箱了), it is news.
 */
const LONG_SINCE_SENT_ZH = /(?:早就|早已|老早)[^,.!?]{0,6}到(?:你|您)/;

/** The agent vouching for an outcome (我保证 / 我打包票 / Cantonese 我拍心口 / 包在我身上). */
const ZH_VOUCH = /我(?:敢)?(?:保证|担保|打包票|拍心口)|包在我身上/;

/**
 * 你 + a short verb phrase + 的/嘅 + a head noun (not 的时候 / 的话 / 的是, nor a particle or a "no"
 * after 的, which make the 的 close the sentence or a clause of its own). A copula, 把/被 or a
 * co-verb in the phrase (您是把别家的报价…), a verb of going (你去找开票的窗口) or 自己 (是你自己装的插件
 * 弄的) makes 你 the subject of the main clause, as does a phrase longer than a verb and its object.
 */
const ZH_PICKS_OUT =
  '(?!自己|去|来)[^的嘅你我是把被将让叫给跟和同对,.!?;:\\s]{1,3}[的嘅](?![时话是了吗呢啊吧啦呀哦不没冇唔都也就还很太])(?=\\p{Script=Han})';

/**
 * Verbs of telling that open the customer's own account (你说… / 你话… / 你提到…), not the customer's
 * talking itself (你说话 / 你讲嘢 / 你讲咗好耐 / 你说得对).
 */
const ZH_TELLS = '(?:说|讲|话|提到|反映)(?![话嘢得咗了过完好太啦吧])';

/**
 * The customer as a person in Chinese: not after a benefactive (帮您, 给您, Cantonese 俾你) or the
 * agent's verb of serving them (我教你, 我陪你, 我哋送你) nor as
 * where a thing is sent (发到您邮箱, 传到你LINE), not
 * asked to hold while the agent acts (你等我查查), not the owner of a thing (您那双鞋, 您家, Cantonese
 * 你个预约页面 / 你间屋), not the subject of a 的-clause that only picks out a thing (您量的那面墙,
 * 您报的那个班: the thing is what the sentence is about), nor the teller of an account the sentence
 * opens on (你话个城堡一送到就漏气，我记低咗).
 */
const ZH_CUSTOMER = new RegExp(
  String.raw`(?<![帮替给为俾畀到]|[我咱](?:们|哋)?(?:来|嚟|再|先)?(?:教|陪|带|接|送))你(?!${ZH_OWNER_AFTER_YOU}|稍?等(?:一下)?我|[那这][把台件辆只张份双部套条块]|${ZH_PICKS_OUT}|(?<=^\W*你)${ZH_TELLS})`,
  'u',
);

/**
 * Words whose ない/ません negate nothing: an adjective (少ない, 危ない), a hedge (かもしれません), an
 * assent (構いません) or an apology (申し訳ありません).
 */
const JA_WORD_NOT_NEGATING =
  /(?:ご)?無理(?:のない|なく)|少な[いくめ]|危な[いく]|かもしれ(?:ません|ない)|(?:構|かま)いません|申し訳(?:ありません|ございません|ない)/g;

/** A reason clause (…から、 / …ので、 / …ため、) and the main clause after it. */
const JA_REASON_THEN = /^(.*(?:から|ので|ため)[、,])(.*)$/;

/** A sentence that is only a reason (…縮みますので。, …多いから。, …見えないためです。). */
const JA_REASON_ALONE = /(?:ので|んで|から|ため(?:です|でございます))[よね]?[.!]?$/;

/**
 * Advice (…をおすすめしております, …したほうがいいですよ, …されるのがいいと思います, …されるといいです) or a
 * requirement told as information (原本が必要です, 必須となります).
 */
const JA_ADVICE =
  /お?(?:すすめ|勧め|薦め)|(?:ほう|方|の)が(?:いい|よい|よろしい)|といいです|必要(?:です|でございます|となります)|必須(?:です|となります)/;

/** The advice or requirement just before a reason left standing, which that reason backs. */
function backsAdvice(own: string, start: number, runOn: ReadonlySet<number>): boolean {
  const before = sentenceSpans(own.slice(0, start), runOn).at(-1);
  return before !== undefined && JA_ADVICE.test(own.slice(before[0], before[1]));
}

/** A sentence closing on advice (…のほうがいいかと思います, …のがよいと思います, …ほうがいいですよ). */
const JA_ADVICE_CLOSE =
  /(?:ほう|方|の)が(?:いい|よい|よろしい)(?:か)?(?:と(?:思い|存じ)ます|です)?[よね]?[.!]?$/;

/**
 * ない closing a clause that qualifies the noun after it (傷が目立たない床材; folded, katakana read as
 * hiragana): an attribute, not a "no". Any ending, particle or mark after ない keeps it a predicate.
 */
const JA_NOT_BEFORE_NOUN =
  /ない(?!です|でしょう|で|と|か|から|ので|よう|ほう|方|の|こと|ん|し|けど|が|よ|ね|[.,!?]|$)/g;

/**
 * Japanese advice with no "no" of its own: the sentence closes on advice, and any ない in it
 * qualifies a noun (傷が目立たないマットな床材のほうがいいかと思います) — the choice's merit, not a refusal
 * or blame.
 */
function adviceAloneJa(sentence: string): boolean {
  return (
    JA_ADVICE_CLOSE.test(sentence) &&
    !/ません|ない|ず|なかった/.test(sentence.replace(JA_NOT_BEFORE_NOUN, ''))
  );
}

/**
 * A Japanese sentence closing on a proposal (…のはいかがでしょうか / …しましょうか) or on a caution to take
 * care that something not happen (…をお忘れにならないようお気をつけください / お間違えのないようご注意ください):
 * an offer and advice, whatever "no" its reason holds.
 */
const JA_PROPOSAL_OR_CAUTION =
  /(?:いかが(?:でしょうか|ですか)|ましょうか|(?:ない|のない)よう(?:に)?,?(?:ご注意|お気をつけ|お気を付け|ご留意)(?:ください|くださいませ|願います))[.!?]?$/;

/**
 * A condition of service stated as information: a nominalised state, then "is the condition" or "the
 * premise" (…釘や針金が入っていないことが全てのご依頼の条件です): whatever "no" the state holds, it
 * tells what a request needs, and sends or refuses nobody.
 */
const JA_CONDITION_STATED =
  /(?:こと|の)(?:が|は)[^.!?]{0,16}?(?:条件|前提)(?:です|となります|になります|でございます)[.!]?$/;

/** The agent's own act closing a main clause (…作り直します。, …お送りいたします。). */
const JA_AGENT_ACT_CLOSE = /(?:いたし|致し|し|参り|伺い)ます[。.!！]?$/;

/**
 * The agent's own act closing a sentence in a humble verb, which only our side can be the subject of
 * (…確認してまいります / …お調べいたします / …伺います), with no "no" in it.
 */
const JA_HUMBLE_ACT = /(?:いたし|致し|参り|まいり|伺い|させていただき)ます[。.!！]?$/;

/** Courtesy closed in a humble verb: a request, an apology, thanks or a farewell, no act. */
const JA_HUMBLE_COURTESY = /お願い|失礼|申し訳|お詫び|おわび|感謝|了承|理解/;

/**
 * Japanese: the sentence right after offset `end` is the agent's next act told in a humble verb
 * (まだ見つかっておりません。もう一度倉庫を確認してまいります。): the search goes on, a way forward.
 */
function humbleActNextJa(own: string, end: number, runOn: ReadonlySet<number>): boolean {
  const next = sentenceSpans(own, runOn).find(([a]) => a >= end);
  if (!next) return false;
  const sentence = own.slice(next[0], next[1]).trim();
  return (
    JA_HUMBLE_ACT.test(sentence) && !JA_HUMBLE_COURTESY.test(sentence) && !JA_NO.test(sentence)
  );
}

/**
 * A Japanese sentence with a charge: a "no", the customer (not "other customers"), or a close on
 * the bare て-form (…持ってきて。), an order put to the customer with no request in it, or on a
 * reason left standing (…担当ですので。). A reason clause whose main clause is the agent's own act
 * (…とのことですから、無料で作り直します。) is charged by that act alone.
 */
function chargedJa(written: string): boolean {
  // いいえ、…戻りますので、止める必要はありません: after an answering "no", a need denied for a reason
  // given lifts the worry asked about.
  const sentence =
    /^いいえ[、,]/.test(written) && JA_REASON_THEN.test(written)
      ? written.replace(JA_NEED_LIFTED, ' ')
      : written;
  const reason = JA_REASON_THEN.exec(sentence);
  const main = reason && JA_AGENT_ACT_CLOSE.test(reason[2] ?? '') ? (reason[2] ?? '') : sentence;
  const rest = main.replace(JA_NO_CHARGE, ' ').replace(JA_WORD_NOT_NEGATING, ' ');
  return JA_NO.test(rest) || /(?<!(?:他|ほか|別)の)お客様|あなた|[てで][。.!！]?$/.test(rest);
}

/**
 * Can any sentence of the reply be `charged`? A superset test, cheap before the model reads the
 * clauses: a "no" word, the customer, a Japanese negation or て-form close, or an adverse or loaded
 * cue anywhere. A reply with none of them is information, whatever the model would score.
 */
function mayBeCharged(t: string, lists: readonly PhraseList[]): boolean {
  if (
    ANY_CHARGE.test(t) ||
    t.split(/(?<=[.!?])\s+/).some((s) => opensOnOrder(s) || statesByStructure(s))
  )
    return true;
  const list = listFor(t, lists);
  return (
    list !== undefined && occursWithin(t, [...list.acts.adverse, ...list.acts.loaded], 0, t.length)
  );
}

const ANY_CHARGE =
  /\b(?:not|never|no|nothing|nobody|none|cannot|unable|you|yourself)\b|[不没別别未无無唔冇你]|ない|ません|なかった|ず[、。,.]|あなた|お客様|[てで](?:[。.!！]|$)/m;

/**
 * The customer as a person: "you" not after a preposition or a verb of serving ("a taxi booked
 * for you", "she can help you", "we'll let you know").
 */
const CUSTOMER_YOU =
  /(?<!\b(?:for|to|with|help|assist|serve|call|ring|email|text|send|show|give|get|join|let|thank|see|update|reach|connect|transfer|put|book) )\byou(?:rself)?\b/;

/** A sentence opening on the customer's future need ("Sorry, you'll need…"). */
const OPENS_NEED = /^\W*(?:[a-z]+\W+){0,2}you (?:will|are going to) need\b/;

/** A thing needed for a step of the customer's ("need the booking reference to collect…"). */
const NEED_THING_FOR =
  /\bneed (?:your|the|a|an|some|this|that|photo|proof|two|both)\b[^.!?;]{0,48}? (?:to|for|when|at) [a-z]+/;

/** The agent as the subject of a sentence's first words ("Sorry, I promise…", "OK, we will…"). */
const AGENT_OPENS = /^\W*(?:[a-z]+\W+){0,2}(?:i|we)\b/;
/**
 * A Chinese sentence opening on agreement with the customer (你说得对 / 你讲得啱): its 你 is whose
 * words are right, so the only act it can carry is joining a moan about a side — ours, a place, a
 * party (我们这系统真烂 / 这医院排队…); agreeing that the customer's own wait was hard (…等两个钟真系好难顶)
 * is empathy when the reply goes on (to what is done about it).
 */
const AGREES_OPENS_ZH =
  /^\s*(?:[唉嗯哦][,\s]*)?你(?:说|讲)(?:得|的)(?:很|真|太|好|非常|十分|完全|都|确实)?(?:对|是|啱|没错|冇错)/;
const SIDE_NAMED_ZH =
  /我|咱|公司|系统|这(?![样么])|那(?![样么])|𠮶|呢[间个度]|店|他们|佢|老板|领导|上面|售后|客服|平台/;

/** An agreement opening the sentence `own[start, end)`, no side run down after it, more after it. */
function agreesOnly(own: string, start: number, end: number): boolean {
  const sentence = own.slice(start, end);
  const m = AGREES_OPENS_ZH.exec(sentence);
  return (
    m !== null &&
    !SIDE_NAMED_ZH.test(sentence.slice(m[0].length)) &&
    /\p{Script=Han}/u.test(own.slice(end))
  );
}

/**
 * A statement corrected by a contrast closing it ("the warranty is three years, not two", "it's a
 * refund, not a credit"): the "not" sets one value against another and refuses nothing. Set
 * against the agent's own side ("that's the courier's problem, not ours") it disowns the matter.
 */
const CONTRASTIVE_NOT =
  /(?<=\b(?:is|are|was|were)\b[^,;!?]*),\s*not\s+(?!(?:me|us|mine|ours|my|our|i|we)\b)[\w£$€.'-]+(?:\s[\w£$€.'-]+)?\s*[.!]?\s*$/;

/**
 * Bad news negated is good news: "the sauna is no longer closed", "your train is not delayed",
 * "that's not too late", "the price is not affected"; and a burden a thing does not need ("the
 * hens do not need another jab"): not one the agent declines to need ("we do not need your…").
 */
const NOT_BAD =
  /\b(?:no longer|not|never) (?:(?:too|that|so|at all) )?(?:closed|shut|broken|delayed|late|cancelled|canceled|full|lost|damaged|suspended|blocked|affected)\b|(?<!\b(?:i|we) )\b(?:does|do|will) not need\b/g;

/**
 * Chinese good news worded with a "no": bad news negated, also by degree (也不是很贵, 不算晚, 不太远,
 * and a burden by degree or foretold away: 恢复期没那么长, 没那么苦, 坐久了也不会累 — not a bare 不疼
 * promised, nor one vouched for with 肯定/绝对, nor one 吧/啦/嘛 plays down),
 * and nothing to pay (不要门票, 不用花钱, 不收费); a session or service not cancelled and going ahead as
 * planned (没有取消，周六照常上课).
 */
const ZH_GOOD_NEWS =
  /(?:并|並)?(?:没有?|沒有?|冇)(?:被)?(?:取消|停课|停課|停开|停開|关闭|關閉|延误|延誤|推迟|推遲|延期|停运|停運)(?=[^。！!？?]*(?:照常|如期|照旧|照舊|正常))|(?<=有[，,]\s*[^，,。.！!？?]{1,12})没有(?=\s*[。.!！]?\s*$)|错不了|[不别](?:光|只)(?=[\u3400-\u9fff])|[不没](?:是|算)?(?:很|太|那么|这么|多|算)?(?:贵|晚|迟|远|难|麻烦)|[不没](?:是|算)?(?:很|太|那么|这么)(?:长|久|痛|疼|苦|累|辛苦|复杂|硬|吵|挤|冷|热|重|辣|咸)(?![吧啦嘛])|(?<!肯定|保证|绝对|一定|百分百)不会(?:很|太)?(?:痛|疼|苦|累|吵|挤|冷|热|硬)(?![吧啦嘛])|(?:不|无)(?:要|用|收|需要?)(?:门票|花钱|收费|付费|费用?|钱)/g;

/**
 * A fault denied is good news (the agent reporting a repair or a test): a "no" whose object is a
 * fault of a thing — a leak, a skip, a jam, a noise, a break, a problem — rather than a service or
 * a person. English "it won't leak again", "the gears don't slip any more"; Chinese 不会再漏水,
 * 试了一个钟都冇跳飞, 没再响; Japanese 異音は出ませんでした, 接続テストも問題ありませんでした (folded:
 * katakana as hiragana, 一度 as 1度).
 */
const FAULT_DENIED: Partial<Record<string, RegExp>> = {
  en: /\b(?:does|do|did|will|would|should|has|have) not (?:(?:once|ever|even|again) )?(?:leak|drip|slip|skip|jump|jam|rattle|squeak|crash|freeze|overheat|break|crack|fail|fade)(?:s|ed|ing)?\b|\bwill not happen again\b/g,
  'zh-Hans':
    /(?:不会|不再|没有?|冇)再?(?:漏|滴|渗|跳|卡住|卡顿|卡纸|断|裂|松|响|堵|歪|偏|锈|掉色|褪色|死机|黑屏|出错|出问题|出毛病|出故障|发烫|过热|异响|杂音)/g,
  ja: /(?:異音|異常|水漏れ|漏れ|えらー|不具合|問題|故障|のいず|音飛び|ひび|傷)(?:は|も)?(?:1度も|特に|全く|何も)?(?:出ませんでした|出ません|ありませんでした|ありません|ございませんでした|ございません|起きませんでした|起きません|発生しませんでした|見られませんでした|見つかりませんでした)/g,
};

/**
 * The agent's promise that an agreed plan will not change again (我跟您保证，这次的出货日期不会再改了 /
 * 我承诺价格不会再变): a commitment on the agent's own side, not a "no" put to the customer. A device's
 * fault promised away (保证不会再坏) is no plan and stays.
 */
const PLAN_KEPT_ZH =
  /(?:我|我们|我哋)?(?:跟|向|同|和)?你?(?:保证|承诺|担保)[^.!?]{0,16}?(?:不会|唔会)再(?:改|变|更改|变动|推迟|延期|延后|拖|涨价|加价)(?:了|喇|啦)?/g;

/**
 * Blame denied with the customer's side as its object (这个真不能怪你们那边 / 這真的不是你們的錯 / 唔怪得你):
 * the agent clearing the customer, neither its "no" nor its blame word charges the sentence. Not
 * 不关你的事, which may as well tell the customer it is none of their business.
 */
const BLAME_DENIED_ZH =
  /(?:不是|唔系|并不是|并非)(?:你|你们|你哋)(?:那边|这边|嗰边|一方)?(?:的|嘅)?(?:错|问题|责任|过失)|(?:不能|不可以|唔可以|唔能够|不该|不应该|不会|唔会)(?:怪|赖|责怪)(?:到)?(?:你|你们|你哋)(?:那边|这边|嗰边)?|(?:不|唔)(?:怪|赖)(?:得)?(?:你|你们|你哋)(?:那边|这边|嗰边)?|怪不(?:了|到|得)(?:你|你们|你哋)(?:那边|这边|嗰边)?/g;

/** Matches nothing: a language with no fault-denial reading. */
const NOTHING = /(?!)/g;

/**
 * A Japanese "no" of charge or of a burden (キャンセル料はかかりません, 手数料はいただきません,
 * 乗り換えはありません, 予約は要りません): good news.
 */
const JA_NO_CHARGE =
  /(?:料|料金|費用|代金?)(?:は|も)?(?:一切|特に)?(?:かかりません|かかりませんので|いただきません|発生しません)|(?:乗り換え|乗換え?|工事|手続き|予約|持ち物)(?:は|も)(?:一切|特に)?(?:必要)?(?:ありません|ございません|いりません|要りません)/g;

/** A condition word before an outcome in its sentence. */
const CONDITION = /\b(?:if|when|once|unless|whether|in case)\b|如果|要是|假如|万一|一旦|场合|場合/;

/**
 * A sentence opening on a condition whose main clause is the agent's act ("if …, we can …"; "ill"
 * after the condition is chat's I'll).
 */
const IF_THEN_AGENT =
  /^\W*(?:if|in case|should you)\b[^.!?;]*?\b(?:(?:i|we) (?:can|will|could|am going to|are going to|would be happy to)\b(?! not\b)|ill (?!not\b)[a-z]+)/;

/**
 * Chinese: a condition closed by 的话 / 嘅话 that holds the "no" (还是不行的话 / 唔得嘅话), then the agent
 * acting with no "no" of its own (我再帮你申请 / 我即刻同你换过): an offer, not a refusal.
 */
const IF_THEN_AGENT_ZH =
  /^[^.!?]*?(?:的话|嘅话),?(?:我们|我哋|我)(?:再|就|马上|会|可以|即刻|立刻|先|来|帮|给|同|跟|替|为)[^.!?不没别未无唔冇]*$/;

/**
 * A need denied ahead ("you will not need a pump"): a prediction about the customer's case, unlike
 * "you don't need to shout", which is about how they behave now.
 */
const NEED_LIFTED_EN = /\b(?:you )?will not need\b/g;

/** A need denied in Japanese: 止める必要はありません, 必要ございません. */
const JA_NEED_LIFTED = /必要(?:は|も)?(?:ありません|ございません|ない)/g;

/** The agent's own yes right after its question: "…? Yes, Thursday works." / 可以 / 有的. */
const ANSWERED_YES =
  /^\s*(?:(?:yes|yeah|yep|sure|of course|certainly|absolutely)\b|可以|有的|好的|没问题)/;

/** The choice left to the customer: "whatever you like", "however you want", "up to you", "your pick". */
const CHOICE_HANDED_BACK =
  /\b(?:whatever|whichever|however|wherever|whenever)\b[^.!?]*\byou\b|\bup\s+to\s+you\b|\byour\s+(?:call|pick|choice|decision)\b/;

/** A sentence that is only an answering "no". */
const BARE_NO = /^\s*(?:no|nope|nah)\s*[.!]?\s*$/;

/** "No, …" / "Nope, …" / 不是, … (Cantonese 唔系, …) opening a sentence: an answer, not a refusal. */
const ANSWER_NO =
  /^(?:(?:no|nope|nah)\b\s*(?:[,.!]\s*|(?=(?:it|that|this|these|those|the|they|there|quite|actually|just|only|i|we|he|she)\b))|(?:不是|唔系|不|没有|冇)[啊喔哦呀啦呢]?[,.!]\s*)(?=\S)/;

/**
 * Quotations (of the customer, of a colleague), blanked to spaces so offsets stay put; a Chinese
 * single-quoted one right after its speech verb or the measure word of an utterance (同事说'…',
 * 同事那句'…') too.
 */
const QUOTED =
  /"[^"\n]{1,160}"|“[^”\n]{1,160}”|「[^」\n]{1,160}」|『[^』\n]{1,160}』|(?<=^|[\s(:,]|[说讲话道问写句])'[^'\n]{2,160}'(?=$|[\s,.!?;:)\u3400-\u9fff])/g;

export function blankQuotes(t: string): string {
  return t.replace(QUOTED, (q) => `${q[0]}${' '.repeat(q.length - 2)}${q[q.length - 1]}`);
}

/**
 * "you" in a relative clause after a noun ("the total you saw", "the form you sent") tells
 * which thing is meant, and one after "whichever" / "whatever" and a noun ("whichever scarf you
 * like") offers a free choice of it; the customer is not what the sentence is about.
 */
const RELATIVE_YOU =
  /\b(?:the|a|an|this|that|these|those|any|every|each)\s+[a-z]+(?:\s+[a-z]+)?\s+you\b(?=\s+[a-z]+ed\b|\s+(?:saw|sent|got|gave|paid|made|bought|took|had|wrote|put|found|chose|picked|booked|ordered|received)\b)|\b(?:whichever|whatever)\s+[a-z]+(?:\s+[a-z]+)?\s+you\b(?=\s+(?:like|want|prefer|fancy|choose|pick|need)\b)/g;

/**
 * A hedge followed in its sentence by what the agent does know, with no "no" after the pivot
 * ("I'm not sure what it costs to get in, but people really seem to like it", 我不太清楚价格，不过
 * 评价很好): the approved rewrite of "I don't know", not a refusal.
 */
function hedgedThenTold(t: string, start: number, end: number, list: PhraseList): boolean {
  let told = false;
  for (const h of list.acts.hedge)
    findPattern(t, h, start, end, (_a, b) => {
      for (const p of list.acts.pivot)
        findPattern(t, p, b, end, (_c, d) => {
          const rest = t.slice(d, end);
          const no = hasHan(rest) ? zhNegates(rest) : EN_NO.test(rest);
          told ||= /[\p{L}\p{N}]/u.test(rest) && !no;
          return told;
        });
      return told;
    });
  return told;
}

/**
 * A Chinese sentence whose first clause is advice with no "no" in it, and whose later clauses
 * leave the agent out (建议您早点来，十一点以后草莓就不多了): what follows is the advice's reason,
 * not a refusal of the agent's.
 */
function opensOnAdviceZh(
  t: string,
  start: number,
  firstClause: number,
  end: number,
  list: PhraseList,
): boolean {
  return (
    occursWithin(t, list.acts.recommend, start, firstClause) &&
    !zhNegates(t.slice(start, firstClause)) &&
    !/[我咱]/.test(t.slice(firstClause, end))
  );
}

/**
 * Chinese: the agent offering to say it over for the customer to check (我再跟您重复一遍收货地址，您听听
 * 有没有错): the digest's restatement with its check, not repetition held against them.
 */
const REPEAT_OFFERED_ZH =
  /(?:我|我们|我哋)(?:再|重新)?(?:跟你|同你|给你|帮你|为你|向你)?(?:重复|复述|念|读|报|说|讲|核对)[^.!?]{0,16}?,[^.!?]{0,12}?(?:对不对|对吗|有没有错|有冇错|啱唔啱|核对|确认|听听|看看)/u;

/**
 * Chinese: a fault told as the whole of it (就是滤网脏了 / 只是外机堵了) and then our side's fix done in
 * a clause after (我们已经清洗干净 / 师傅已经换好了): a report of what we did, neither blame nor a shrug.
 */
const FAULT_THEN_FIXED_ZH =
  /(?:就是|就系|只是|只系|原来是|原来系|问题出在)[^.!?]{1,12}?[了的咗嘅],(?:[^.!?,]{0,6},)?(?:我们|我哋|我|师傅|技师|同事)(?:已经|已)(?:帮你|给你|替你)?[^.!?,]{0,6}?(?:好|干净|妥|掂|完)/u;

/** How far after a model flag's sentence its way forward is looked for. */
const FOLLOW_REACH = 300;

/** The agent (私 / こちら / 弊社) as the subject of a polite verb: the agent acting. */
const JA_AGENT_ACTS =
  /(?:私|わたくし|こちら|当方|弊社)(?:から|が|の方で|で)[^。!?！？]{0,30}(?:ます|ましょう)(?![^。!?！？]*ません)/;

/** The agent as the subject of getting, finding or booking, done or able, with no "no" after it. */
const EN_AGENT_GOT =
  /\b(?:i|we) (?:(?:did|have|had|was able to|were able to|managed to|can|could|will)(?: just| also| already)? )?(?:get|got|find|found|book|booked|reserve|reserved|secure|secured|arrange|arranged)\b(?![^.!?]*\b(?:not|no|nothing|none|neither)\b)/;

/** A sentence opening on the customer's own account ("You said…", "You mentioned…"). */
const CITES_CUSTOMER = /^\W*(?:[a-z]+\W+){0,2}you (?:said|mentioned|told (?:us|me))\b/;

/** The agent finding the customer right ("you're right", "that's quite right"). */
const BORNE_OUT =
  /\b(?:you are|you were) (?:quite |absolutely |completely |totally )?right\b|\bthat is (?:quite |absolutely )?right\b/;

/**
 * An English sentence opening with an offer ("Would you like a booking made.", "Can I book it
 * for you."): an offer or a question, even when its writer closed it with a full stop.
 */
function opensOffer(t: string, start: number, end: number, list: PhraseList): boolean {
  return (
    list.lang === 'en' &&
    list.acts.offer.some((p) => findPattern(t, p, start, end, (a) => a === start))
  );
}

/** Han characters; built once (for Node 20 the bundler writes this literal as `new RegExp`). */
const HAN = /\p{Script=Han}/u;

/** The language of a text's list, by its script: Han → Chinese, kana → Japanese, else English. */
export function scriptLang(text: string): 'en' | 'zh-Hans' | 'ja' {
  return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
    ? 'ja'
    : HAN.test(text)
      ? 'zh-Hans'
      : 'en';
}

function listFor(text: string, lists: readonly PhraseList[]): PhraseList | undefined {
  const lang = scriptLang(text);
  return lists.find((l) => l.lang === lang);
}

/** The folded reply with the edges the detector already found for it. */
export interface PreparedText {
  f: NormalisedText;
  runOn: ReadonlySet<number>;
  edges: () => Edges;
}

/**
 * A hit for a reply the lists passed over but the model flags: the strongest sentence, named
 * by its likely act and worded by the list's first entry for that act. None when a list hit
 * already stands in that sentence, or when no list of the reply's script is in use.
 */
export function modelHit(
  original: string,
  text: PreparedText,
  lists: readonly PhraseList[],
  model: ReplyModel,
  listed: readonly PhraseHit[],
): PhraseHit | undefined {
  // Quoted words are someone else's (the customer's, a colleague's): the model judges the rest.
  const quoted = blankQuotes(text.f.text);
  const own = scriptLang(quoted) === 'zh-Hans' ? blankOpenerZh(quoted) : quoted;
  if (!mayBeCharged(own, lists)) return undefined;
  // What standingHit rejects before it reads the clause, read before the model scores.
  const overlapsListed = (start: number, end: number) =>
    listed.some((h) => h.span.start < end && h.span.end > start);
  const worth = (s: number, e: number): boolean => {
    // A sentence a listed hit already stands in cannot carry the model's flag.
    if (overlapsListed(text.f.starts[s] ?? 0, text.f.ends[e - 1] ?? original.length)) return false;
    return chargedSentence(own, text.f.text, s, e, lists) !== undefined;
  };
  for (const v of flaggedSentences(model, own, text.runOn, { lists, ...text }, worth)) {
    const hit = standingHit(original, text, own, lists, model, v);
    if (hit && !overlapsListed(hit.span.start, hit.span.end)) return hit;
  }
  return undefined;
}

/** A question with a rhetorical cue ("how many times…?", 你有没有搞错?) attacks; others ask. */
function attacks(t: string, start: number, end: number, list: PhraseList): boolean {
  return (
    occursWithin(t, list.acts.rhetorical, start, end) ||
    (list.lang === 'en' && questionsCustomer(t.slice(start, end)))
  );
}

/**
 * The list of a sentence the model may flag, read before its clause: in a list's script,
 * `charged`, and not a question that does not attack. `own` is the folded text `t` with quotes
 * blanked.
 */
function chargedSentence(
  own: string,
  t: string,
  start: number,
  end: number,
  lists: readonly PhraseList[],
): PhraseList | undefined {
  const sentence = own.slice(start, end);
  const list = listFor(sentence, lists);
  if (!list || !charged(sentence, list.lang, list.acts)) return undefined;
  // "No. There's no place to sit outside.": a bare "no" before more of the reply answers a
  // question, and what follows it is judged on its own.
  if (BARE_NO.test(sentence) && /\p{L}/u.test(own.slice(end))) return undefined;
  if (/[?？]$/.test(sentence) && !attacks(t, start, end, list)) return undefined;
  // "You want it plastered this week? Yes, Thursday works.": a question the agent answers at once
  // with a yes checks what was asked; it does not throw it back.
  if (/[?？]$/.test(sentence) && ANSWERED_YES.test(own.slice(end))) return undefined;
  return list;
}

/**
 * The act a flagged sentence names by its structure or by the agent's load said in it: the
 * model's act classifier guesses from n-grams ("Swamped today, sorry" as impatience), these know.
 */
function namedAct(own: string, v: ModelVerdict, list: PhraseList): SpeechAct | undefined {
  const said = own.slice(v.start, v.end);
  const named = list.lang === 'en' ? structureAct(said) : undefined;
  if (named) return named;
  // 早就发到您邮箱了: the past held against the customer, as "as I already told you" holds it.
  if (list.lang === 'zh-Hans' && LONG_SINCE_SENT_ZH.test(said)) return 'impatience';
  return occursWithin(own, list.acts.busy, v.start, v.end) ? 'dismissal' : undefined;
}

/**
 * The acts to try for a flagged sentence, in order: the one its structure names, else the
 * classifier's, with what the structure says put first — told the customer did it ("…was fine,
 * you dropped it") a doubt is blame; a bare verb with its object opening the sentence orders,
 * unless it hands a choice back ("Pick whatever you like": that is the classifier's to name).
 */
function actsToTry(own: string, v: ModelVerdict, list: PhraseList, model: ReplyModel): SpeechAct[] {
  const said = own.slice(v.start, v.end);
  const named = namedAct(own, v, list);
  const acts = named ? [named] : likelyActs(model, v.buckets);
  if (list.lang !== 'en') return acts;
  if (acts[0] === 'doubt' && customerDidItEn(said)) acts.unshift('blame');
  if (!named && opensOnOrder(said) && !CHOICE_HANDED_BACK.test(said)) acts.unshift('order');
  return acts;
}

/**
 * The hit for one flagged sentence, when its act stands there as a listed phrase's would. The
 * act is the one the sentence's structure names (`namedAct`), else the likeliest act of the
 * model's act classifier that stands: the classifier names, the clause decides, so a retrained
 * classifier naming a refusal where the clause reads the customer as its actor ("您要的那款沙发没货了")
 * neither drops a real flag nor, by naming an act whose exemptions do not apply, adds one.
 */
function standingHit(
  original: string,
  { f, runOn, edges }: PreparedText,
  own: string,
  lists: readonly PhraseList[],
  model: ReplyModel,
  v: ModelVerdict,
): PhraseHit | undefined {
  const t = f.text;
  const said = own.slice(v.start, v.end);
  const list = chargedSentence(own, t, v.start, v.end, lists);
  if (!list || v.p < (model.thresholds?.[list.lang] ?? model.threshold)) return undefined;
  // The model proposes, the clause decides: not asked, not offered, not a recommendation, and
  // no way forward after it.
  const clause = clauseAt(t, v.start, v.end, list.acts, edges());
  // A recommendation with no "no" in it ("you should definitely see the view") is advice; a
  // question that does not attack ("您遇到什么问题了?", "…, is that right?") asks.
  if (clause.modality === 'recommendation' && !clause.negative) return undefined;
  if ((clause.question || opensOffer(t, v.start, v.end, list)) && !attacks(t, v.start, v.end, list))
    return undefined;
  if (hedgedThenTold(t, v.start, v.end, list)) return undefined;
  // Under a condition with no "no" in it ("if you need to change the time, just reply"), a way
  // is offered.
  if (clause.conditionNear && !clause.negative) return undefined;
  // A condition of the customer's whose "no" is theirs, then the agent acting ("if you didn't get
  // the code, we can send another now"): an offer.
  if (list.lang === 'en' && IF_THEN_AGENT.test(said)) return undefined;
  if (list.lang.startsWith('zh') && IF_THEN_AGENT_ZH.test(said)) return undefined;
  // A sentence that is only a requirement told ahead ("You'll need the booking reference to
  // collect the keys", "You'll need to show the card you paid with") informs, whatever act the
  // model guessed.
  if (
    list.lang === 'en' &&
    OPENS_NEED.test(said) &&
    (requirementAhead(t, v.start, v.end, list.acts.present) || NEED_THING_FOR.test(said))
  )
    return undefined;
  // A way forward after the sentence, or in a clause after its first ("…, so I'll reverse it").
  const firstClause = Math.min(v.end, edges().clauseEnd[v.start] ?? v.end);
  // A sentence that opens on another party saying or thinking (师傅话…) is their words.
  if (list.lang.startsWith('zh') && zhReports(t, v.start, firstClause)) return undefined;
  if (list.lang.startsWith('zh') && opensOnAdviceZh(t, v.start, firstClause, v.end, list))
    return undefined;
  // Advice with its reason (去那片海滩,你应该带长袖的,比涂防晒霜省事 / 你们去那家吧,很适合小孩子) is
  // neither an order nor a send-off, whatever act the classifier names.
  if (list.lang.startsWith('zh') && adviceWithReasonZh(said)) return undefined;
  if (list.lang.startsWith('zh') && REPEAT_OFFERED_ZH.test(said)) return undefined;
  if (list.lang.startsWith('zh') && FAULT_THEN_FIXED_ZH.test(said)) return undefined;
  if (wayForward(t, v.start, firstClause, list, runOn)) return undefined;
  // Chinese: the agent looking again in the clause after (仲係搵唔到，我聽朝再打去問).
  if (list.lang.startsWith('zh') && searchGoesOnZh(t, firstClause)) return undefined;
  // Japanese: a reason standing after advice or a requirement (…ほうがいいですよ。3%ほど縮みますので。)
  // backs it; advice with no "no" of its own advises.
  if (
    list.lang === 'ja' &&
    ((JA_REASON_ALONE.test(said) && backsAdvice(own, v.start, runOn)) || adviceAloneJa(said))
  )
    return undefined;
  if (list.lang === 'ja' && (JA_PROPOSAL_OR_CAUTION.test(said) || JA_CONDITION_STATED.test(said)))
    return undefined;
  // Japanese: the agent taking the matter on after the first clause (…が、担当部署に私から伝えて
  // おきます) is a way forward the alternative cues may not word.
  if (list.lang === 'ja' && JA_AGENT_ACTS.test(t.slice(firstClause, v.end + FOLLOW_REACH)))
    return undefined;
  if (list.lang === 'ja' && humbleActNextJa(own, v.end, runOn)) return undefined;
  // English: the customer's account cited, then borne out or acted on ("You said the tutor was
  // late; I've checked and you're right, so…", "You said it beeped twice — so I've topped it up").
  if (
    list.lang === 'en' &&
    CITES_CUSTOMER.test(said) &&
    (BORNE_OUT.test(own.slice(v.start, v.end + FOLLOW_REACH)) ||
      agentActed(own.slice(v.start, v.end + FOLLOW_REACH)))
  )
    return undefined;
  // English: the agent having got the customer something after the sentence ("That wasn't
  // available. I did get a table at Fitzbillies though.") is that way forward.
  if (list.lang === 'en' && EN_AGENT_GOT.test(own.slice(v.end, v.end + FOLLOW_REACH)))
    return undefined;
  const acts = actsToTry(own, v, list, model);
  for (const act of acts.length > 0 ? acts : [undefined]) {
    const entry = actEntry(list, act);
    if (!entry) return undefined;
    const verdict = actVerdict(t, own, v, act, entry, clause, list, runOn);
    if (verdict === 'misnamed') continue;
    if (verdict === 'excused') return undefined;
    const start = f.starts[v.start] ?? 0;
    const end = f.ends[v.end - 1] ?? original.length;
    const care = inOurCare(said, list, act);
    const words = care ?? entry;
    return {
      phrase: words.phrase,
      category: words.category,
      act: care ? care.act : (act ?? entry.act),
      span: { start, end },
      clause: { start, end },
      suggestion: words.suggestion,
      by: 'model',
    };
  }
  return undefined;
}

/**
 * A sentence whose subject is a thing the customer left in our care, the customer named only in
 * its relative clause: "The cello you left with us split along the seam". Read as blame or doubt
 * by the classifier (its "you left"), it tells bad news on the customer's own case: the dead end's
 * entry words it. Only the naming changes, never whether it is flagged.
 */
const LEFT_IN_OUR_CARE =
  /^\W*the(?:\s+[a-z0-9'-]+){1,3}\s+you\s+(?:left|sent|brought|dropped\s+off|lent|handed)\b(?![^.!?]*\byou(?:r|rs|rself)?\b)/;

function inOurCare(
  sentence: string,
  list: PhraseList,
  act: SpeechAct | undefined,
): CompiledEntry | undefined {
  if (
    list.lang !== 'en' ||
    (act !== 'blame' && act !== 'doubt') ||
    !LEFT_IN_OUR_CARE.test(sentence)
  )
    return undefined;
  const id = DEAD_END_ENTRY.en;
  return list.entries.find((e) => e.id === id);
}

/**
 * The act's general entry, which words the flag: one whose words are not themselves the taboo
 * (the list's first entry when it has none for the act).
 */
function actEntry(list: PhraseList, act: SpeechAct | undefined): CompiledEntry | undefined {
  const entry =
    list.entries.find((e) => e.act === act && !e.wording) ??
    list.entries.find((e) => e.act === act) ??
    list.entries[0];
  return entry && { ...entry, wording: false };
}

/** A modal, a request or a step word: what makes a Chinese sentence ask something of someone. */
const ZH_ASKS_OF =
  /要|必须|得|应该|应当|需要|一定|务必|记住|别|不要|唔好|唔该|请|麻烦|先|再|快|把|将/u;

/**
 * Chinese: every clause of the sentence a copula linking two things (你下一堂系5月14号…,教练系唐sir),
 * with no modal or step word anywhere: it states who and when, it orders nobody.
 */
function copulasOnlyZh(sentence: string): boolean {
  const clauses = sentence
    .replace(/[.!]+$/, '')
    .split(/[,;:]/)
    .filter((c) => c.trim() !== '');
  return (
    clauses.length > 0 && clauses.every((c) => /[系是]/u.test(c)) && !ZH_ASKS_OF.test(sentence)
  );
}

/**
 * Whether `act`, worded by `entry`, stands in the flagged sentence as a listed phrase's would;
 * is excused there (a request, a way forward, information); or cannot be that act by the clause's
 * structure (`misnamed`: a refusal whose actor is the customer, an order whose subject is the
 * agent), which leaves the naming to the next likeliest act.
 */
function actVerdict(
  t: string,
  own: string,
  v: ModelVerdict,
  act: SpeechAct | undefined,
  entry: CompiledEntry,
  clause: Clause,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): 'stands' | 'excused' | 'misnamed' {
  // "I promise to call you back…": a sentence whose subject is the agent orders nobody.
  if (
    (act === 'refusal' && clause.actor === 'customer') ||
    (act === 'order' && AGENT_OPENS.test(own.slice(v.start, v.end)))
  )
    return 'misnamed';
  // A sentence of copulas with no "no" (你下一堂系…,教练系唐sir) states the customer's booking: the
  // model's order has nothing to order, and no other act is in it either.
  if (
    act === 'order' &&
    list.lang.startsWith('zh') &&
    copulasOnlyZh(own.slice(v.start, v.end)) &&
    !zhNegates(own.slice(v.start, v.end))
  )
    return 'excused';
  if (!actStands(t, v.start, v.end, entry, clause, list, runOn)) return 'excused';
  if (list.lang.startsWith('zh') && agreesOnly(own, v.start, v.end)) return 'excused';
  if (
    (act === 'order' || act === 'passing-the-buck' || act === 'send-to-manager') &&
    requirementAhead(t, v.start, v.end, list.acts.present)
  )
    return 'excused';
  // An order put as a request ("Please bring the receipt…") is the digest's own rewrite.
  if (act === 'order' && occursWithin(t, list.acts.request, v.start, v.end)) return 'excused';
  // A refusal after an offer of another way in the same reply ("Would you like to change the
  // dates? I was unable to find anything.") has its way forward, if before it.
  return act === 'refusal' &&
    sentenceSpans(own, runOn).some(([a, b]) => a !== v.start && opensOffer(t, a, b, list))
    ? 'excused'
    : 'stands';
}
