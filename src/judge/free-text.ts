import type { z } from 'zod';
import type { AskItem, FreeTextItem, Lang, ParaphraseItem, RewriteItem } from '../drills/schema.js';
import {
  COPIED_THRESHOLD,
  copiedShare,
  coveredShare,
  handedBackWhole,
  isCopy,
} from './paraphrase/copy.js';
import { customerAsDoer } from './paraphrase/customer-as-doer.js';
import { deniedForDone, doneForDenied, doneForDeniedVerb } from './paraphrase/done-for-denied.js';
import { asideExcuses } from './paraphrase/en-aside-excuse.js';
import { blameReported } from './paraphrase/en-blame-reported.js';
import { withUnitChangedTo } from './paraphrase/en-changed-to.js';
import { concededExcuses } from './paraphrase/en-conceded-excuse.js';
import { failedForDone } from './paraphrase/en-failed-act.js';
import { faultSide } from './paraphrase/en-fault-side.js';
import { enHindsight } from './paraphrase/en-hindsight.js';
import { onReceivingEnd } from './paraphrase/en-on-receiving-end.js';
import { oppositeInFrame, oppositeWords } from './paraphrase/en-opposite-words.js';
import { ownExcuses } from './paraphrase/en-own-excuse.js';
import { ratesRetold } from './paraphrase/en-rates.js';
import { storyVoiceEn } from './paraphrase/en-story-voice.js';
import { minorSlip } from './paraphrase/minor-slip.js';
import { oppositeSides } from './paraphrase/opposite-sides.js';
import { OWN_CLAIMS_FROM, ownClaims } from './paraphrase/own-claims.js';
import { checkQuestion, feelingCheck, feelingsInTheirPlace } from './paraphrase/restate.js';
import { retoldClauses } from './paraphrase/retold-clause.js';
import { reversedValues } from './paraphrase/reversed-values.js';
import { sameValue } from './paraphrase/same-value.js';
import { tooShort } from './paraphrase/shortfalls.js';
import { swappedActors } from './paraphrase/swapped-actor.js';
import { swappedFacts } from './paraphrase/swapped-facts.js';
import { swappedRoles, swappedValueRoles } from './paraphrase/swapped-roles.js';
import { asSwapped, swappedValues } from './paraphrase/swapped-values.js';
import { toldAsFine } from './paraphrase/told-as-fine.js';
import { withUnitCarried } from './paraphrase/unit-carried.js';
import { valueSaidOnce } from './paraphrase/value-said-once.js';
import { wishForDone } from './paraphrase/wish-for-done.js';
import { wrongNames } from './paraphrase/wrong-names.js';
import { asContradicted, readCustomer, wrongValues } from './paraphrase/wrong-values.js';
import { alignedClauses } from './paraphrase/zh-aligned.js';
import { blameRetold } from './paraphrase/zh-blame.js';
import { cantoneseFacts } from './paraphrase/zh-cantonese-facts.js';
import { zhConceded } from './paraphrase/zh-conceded.js';
import { converseTrade } from './paraphrase/zh-converse.js';
import { zhDeflections } from './paraphrase/zh-deflection.js';
import { denialRetold } from './paraphrase/zh-denial-retold.js';
import { zhDoneForDenied } from './paraphrase/zh-done-for-denied.js';
import { fellRetold } from './paraphrase/zh-fell.js';
import { wrongRelative } from './paraphrase/zh-kin.js';
import { lateForOnTime, onTimeForLate } from './paraphrase/zh-late.js';
import { swappedOpposites } from './paraphrase/zh-opposites.js';
import { ownDoing } from './paraphrase/zh-own-doing.js';
import { zhOwnExcuses } from './paraphrase/zh-own-excuse.js';
import { chineseRetold } from './paraphrase/zh-retold.js';
import { shapedFacts } from './paraphrase/zh-shaped.js';
import { ownWordsZh, storyVoiceZh } from './paraphrase/zh-story-voice.js';
import { tellingReversed } from './paraphrase/zh-telling.js';
import { businessSayingToldBack, customersDoingToldBack } from './paraphrase/zh-told-back.js';
import { doneForThem } from './paraphrase/zh-who-pays.js';
import { detectFolded } from './phrases/index.js';
import { classifyQuestion, questionsAsked } from './question/index.js';
import type { JudgeResources } from './resources.js';
import { hasHan } from './text/chars.js';
import { contentKeys } from './text/content.js';
import {
  detectorText,
  findAny,
  matchCriterion,
  type NormalisedText,
  normalise,
  prepareAnswer,
} from './text/index.js';
import { keptReadings } from './text/kept.js';
import { valuesIn } from './text/values.js';
import type { CriterionResult, FreeTextJudge, Judgement, PhraseHit } from './types.js';
import { verdictOf } from './verdict.js';

type Ask = z.infer<typeof AskItem>;
type Paraphrase = z.infer<typeof ParaphraseItem>;
type Rewrite = z.infer<typeof RewriteItem>;

/**
 * A copied restatement keeps at most this share of the points: below PARTIAL_RATIO, so the
 * customer's words handed back fail ("a restatement that copies … is not a paraphrase").
 */
export const COPIED_CAP = 0.3;
/** A rewrite in which the wording it was asked to change survives keeps at most this share. */
export const FORBIDDEN_CAP = 0.3;
/**
 * Just below a pass: the most a restatement missing its feeling or check can get, and the
 * most any paraphrase or rewrite with a forbidden phrase can get (the phrase is its own ✗;
 * met facts stay met).
 */
export const BELOW_PASS = 0.75;
/** A restatement that gets none of the facts keeps at most this share (a fail). */
export const NO_FACTS_CAP = 0.3;

/** The free-text judge: pure, one instance per set of phrase lists. */
export function createJudge(resources: JudgeResources): FreeTextJudge {
  // The detector's folds leave most answers as the judge normalised them: folded once, not twice.
  const forbidden = (answer: NormalisedText) =>
    detectFolded(answer.original, detectorText(answer), resources.phraseLists);
  return {
    judge(item: FreeTextItem, answer: string, lang: Lang): Judgement {
      const prepared = prepareAnswer(answer);
      switch (item.kind) {
        case 'ask':
          return judgeAsk(item, prepared, lang, forbidden(prepared));
        case 'paraphrase':
          return judgeParaphrase(item, prepared, forbidden(prepared));
        case 'rewrite':
          return judgeRewrite(item, prepared, forbidden(prepared));
        default: {
          const never: never = item;
          throw new Error(`not a free-text item: ${String(never)}`);
        }
      }
    },
  };
}

function rubric(
  item: FreeTextItem,
  answer: NormalisedText,
  reference?: NormalisedText,
): CriterionResult[] {
  return item.criteria.map((c) => matchCriterion(c, answer, reference));
}

const weightOf = (list: readonly CriterionResult[], met?: boolean) =>
  list.reduce((sum, c) => sum + (met === undefined || c.met === met ? c.weight : 0), 0);

function result(
  max: number,
  score: number,
  criteria: CriterionResult[],
  forbidden: PhraseHit[],
  needsReview: boolean,
): Judgement {
  const rounded = Math.max(0, Math.round(score * 1000) / 1000);
  return {
    score: rounded,
    max,
    verdict: verdictOf(rounded, max),
    criteria: criteria.map((c) => (c.status ? c : { ...c, status: c.met ? 'met' : 'missed' })),
    forbidden,
    needsReview,
  };
}

function judgeAsk(item: Ask, answer: NormalisedText, lang: Lang, hits: PhraseHit[]): Judgement {
  const q = classifyQuestion(answer, lang);
  const asks = q.cue !== 'no-question' && q.cue !== 'empty';
  const type: CriterionResult = {
    id: 'question-type',
    builtin: 'question-type',
    met: asks && q.verdict === item.require,
    weight: 1,
    detail: `${q.verdict}:${q.cue}`,
    ...(q.question ? { span: q.span } : {}),
  };
  const asked = questionsAsked(answer, lang);
  const single: CriterionResult = {
    id: 'single-question',
    builtin: 'single-question',
    met: asks && !asked.barrage && asked.hostile.length === 0,
    weight: 0,
    detail: `questions:${asked.questions.length}`,
  };
  const topics = rubric(item, answer);
  const criteria = [type, single, ...topics];
  const total = weightOf(criteria);
  // A question of the wrong type, no question at all, or a hostile one fails whatever else
  // it does; a barrage of questions cannot pass.
  let score =
    type.met && asked.hostile.length === 0 ? (item.points * weightOf(criteria, true)) / total : 0;
  if (asked.barrage) score = Math.min(score, BELOW_PASS * item.points);
  // The phrase lists know hostile questions too: one question is one problem, named as such.
  const overlaps = (h: PhraseHit) =>
    asked.hostile.some((q) => h.span.start < q.span.end && q.span.start < h.span.end);
  const others = hits.filter((h) => !overlaps(h));
  return result(item.points, score, criteria, [...asked.hostile, ...others], !q.confident);
}

const DETERMINERS = /\b(?:the|a|an|my|your|our|their|his|her|its)\b/g;
/**
 * The agent agreeing with the complaint just before a hit, in its sentence: "You're right, how
 * annoying", "You're so right — that's just so annoying".
 */
const AGREES =
  /\byou(?:['’]re| are) (?:so |absolutely |completely |totally )?right\b[^.!?]{0,20}$/i;

/**
 * "you got to" before a place ("you got to Pine Lodge", "got to the gate at six") tells where the
 * customer arrived, not what they must do: a name, a determiner or a number follows.
 */
const ARRIVED = /^\s+(?:[A-Z]|\d|(?:the|a|an|my|your|our|their|his|her|this|that|there|here)\b)/;
const arrival = (answer: string, h: PhraseHit) =>
  /\bgot to$/i.test(answer.slice(h.span.start, h.span.end)) &&
  ARRIVED.test(answer.slice(h.span.end, h.span.end + 8));

/**
 * Forbidden-phrase hits that are the customer's own story handed back, not the agent
 * speaking: a hit inside a restated fact or the acknowledged feeling ("you've called three times", "it never happens"
 * for "nobody ever calls back"), or words the customer said themselves (您在家沒辦法工作 for
 * 我在家完全沒辦法工作, "you have to" for "I have to"). The rest keep their penalty and are always shown.
 */
function agentHits(
  hits: readonly PhraseHit[],
  facts: readonly { id?: string; met: boolean; span?: { start: number; end: number } }[],
  answer: NormalisedText,
  customer: string,
): PhraseHit[] {
  if (hits.length === 0) return [];
  const { told, bareTold } = toldOf(customer);
  const feeling = facts.find((f) => f.id === 'feeling' && f.met)?.span;
  return hits.filter((h) => {
    if (arrival(answer.original, h)) return false;
    // Blame said as a feeling ("You must be confused") is still blame, and so is the feeling
    // said as agreeing with the complaint ("You're right, how annoying"): only a fact excuses it.
    const agreeing = AGREES.test(
      answer.original.slice(Math.max(0, h.span.start - 30), h.span.start),
    );
    const inFact = facts.some(
      (f) =>
        f.met &&
        f.span &&
        f.span.start < h.span.end &&
        h.span.start < f.span.end &&
        !((h.category === 'blame' || agreeing) && f.id === 'feeling'),
    );
    if (inFact) return false;
    const said = normalise(answer.original.slice(h.span.start, h.span.end), {
      plainYou: true,
    }).text.replace(/[^\p{L}\p{N} ]/gu, '');
    const long = /[\u4e00-\u9fff]/.test(said) ? said.length >= 2 : said.includes(' ');
    // The customer's "I have to" handed back as "you have to" is still their words.
    const theirs = said.replace(/\byou\b/g, 'i').replace(/\byour\b/g, 'my');
    // "you missed the flight" hands back "I missed my flight": articles and possessives aside.
    const bare = (t: string) => t.replace(DETERMINERS, ' ').replace(/\s+/g, ' ').trim();
    const quoted = [said, theirs].some(
      (t) => told.includes(t) || bareTold.includes(` ${bare(t)} `),
    );
    return (
      !(long && quoted) &&
      !caseToldBack(h, said, answer, told) &&
      !customersDoingToldBack(h.span, answer.original, customer) &&
      !businessSayingToldBack(h.span, answer.original, customer) &&
      !blameReported(h, answer.original, customer) &&
      !onReceivingEnd(h, answer.original, feeling) &&
      !storyVoiceEn(h, answer.original, customer) &&
      !storyVoiceZh(h, answer.original, customer)
    );
  });
}

/**
 * The customer's words as a hit is compared with them (`told`; `bareTold` without punctuation and
 * determiners, spaced at both ends): the same for every answer to the item, read once.
 */
const toldOf: (customer: string) => { told: string; bareTold: string } = keptReadings(
  1000,
  (customer) => {
    toldReadings++;
    // Words the customer quotes from someone else are not theirs to hand back.
    const told = normalise(ownWordsZh(customer), { plainYou: true }).text;
    const bareTold = ` ${told
      .replace(/[^\p{L}\p{N} ]/gu, ' ')
      .replace(DETERMINERS, ' ')
      .replace(/\s+/g, ' ')
      .trim()} `;
    return { told, bareTold };
  },
);
/** Customers' texts read for comparing hits so far: tests count it. */
let toldReadings = 0;
export const toldReads = (): number => toldReadings;

const FIRST_PERSON = /\b(?:i|we|us|our|me|my)\b/;

const ZH_FIRST_PERSON = /[我咱]|本店|本公司/;
/**
 * Kinds of hit a Chinese restatement may hold as the story told back (合同里白纸黑字写着…, 每回都说师傅
 * 没空, 下午两点才送来): what the business said or did to the customer, not the agent speaking.
 */
const ZH_TOLD_BACK = new Set(['command', 'blame', 'dismissal', 'policy-shield']);
/** Kinds of hit that stay the agent's when put to the customer (您必须…, 您本该…). */
const ZH_PUT_TO_CUSTOMER = new Set(['command', 'blame']);
const REPORTED = /[说說写寫话話讲講称稱]/;
/** Content characters a retold Chinese clause must share with the customer's text besides the hit. */
const ZH_SHARED = 2;

/**
 * Bad news about the case said with no agent in it ("the workshop was cancelled", "the items
 * had lost …", 护士打了两次针都没成功) is a refusal when the agent announces it; in a restatement
 * that names what the customer told, it is their story told back (in Chinese, orders, brush-offs
 * and rules quoted from the story too: see ZH_TOLD_BACK). English: the hit's own words
 * share a content word with the customer's text; Chinese: its clause, outside the words of the
 * hit, shares content characters with it.
 */
function caseToldBack(h: PhraseHit, said: string, answer: NormalisedText, told: string): boolean {
  const english = /^[a-z ]+$/.test(said);
  if (h.category !== 'refusal' && (english || !ZH_TOLD_BACK.has(h.category))) return false;
  const theirs = new Set(contentKeys(told));
  if (english) return !FIRST_PERSON.test(said) && contentKeys(said).some((k) => theirs.has(k));
  if (!h.clause) return false;
  const clause = answer.original.slice(h.clause.start, h.clause.end);
  if (!/[\u4e00-\u9fff]/.test(clause) || ZH_FIRST_PERSON.test(clause)) return false;
  // An order or blame stays one when put to the customer (您必须把材料补齐, 您本该早点检查); a rule or
  // brush-off is the story only where the clause reports it (说, 写着, 话): 以前从来没有人投诉过 in
  // the agent's own voice stays the agent's.
  const upToHit = answer.original.slice(h.clause.start, h.span.end);
  const putToCustomer = ZH_PUT_TO_CUSTOMER.has(h.category);
  if (putToCustomer && /[你您]/.test(upToHit)) return false;
  if (h.category !== 'refusal' && !putToCustomer && !REPORTED.test(clause)) return false;
  const outside =
    answer.original.slice(h.clause.start, h.span.start) +
    answer.original.slice(h.span.end, h.clause.end);
  const shared = contentKeys(normalise(outside).text).filter((k) => theirs.has(k));
  return new Set(shared).size >= ZH_SHARED;
}

/**
 * Criteria named like the built-in checks (`feeling`, `check`) are not facts: their phrases
 * are further wordings the built-in feeling and check accept.
 */
const FEELING_IDS = new Set(['feeling']);
const CHECK_IDS = new Set(['check', 'check-question']);

function judgeParaphrase(item: Paraphrase, answer: NormalisedText, all: PhraseHit[]): Judgement {
  const customer = readCustomer(item.customer);
  const factCriteria = item.criteria.filter((c) => !FEELING_IDS.has(c.id) && !CHECK_IDS.has(c.id));
  const feelingAlso = item.criteria.filter((c) => FEELING_IDS.has(c.id));
  const checkAlso = item.criteria.filter((c) => CHECK_IDS.has(c.id)).flatMap((c) => c.any);
  const said = withUnitCarried(
    answer.original,
    withUnitChangedTo(answer.original, valuesIn(answer)),
  );
  type Reading = (f: readonly CriterionResult[]) => CriterionResult[];
  const readInTurn = (start: CriterionResult[], readings: readonly Reading[]) =>
    readings.reduce((f, read) => read(f), start);
  // Facts said in other ways: a Cantonese wording, another clause, a denial told as done.
  const matched = readInTurn(
    factCriteria.map((c) =>
      sameValue(matchCriterion(c, answer, customer.n), c, said, answer.original, customer.values),
    ),
    [
      (f) => ratesRetold(f, factCriteria, said, answer.original, item.customer, customer.values),
      (f) => cantoneseFacts(f, factCriteria, answer, customer.n),
      (f) => retoldClauses(f, factCriteria, answer, customer.n),
      (f) => doneForDenied(f, factCriteria, answer, customer.n),
      (f) => chineseRetold(f, factCriteria, answer),
      (f) => alignedClauses(f, factCriteria, answer, customer.n),
      (f) => shapedFacts(f, factCriteria, answer),
      (f) => fellRetold(f, factCriteria, answer, customer.n),
      (f) => denialRetold(f, factCriteria, answer, customer.n),
    ],
  );
  const once = valueSaidOnce(matched, factCriteria, answer.original);
  const metAt = new Map(once.flatMap((f) => (f.met && f.span ? [[f.id, f.span]] : [])));
  const { wrong, unsure } = wrongValues(factCriteria, answer, item.customer, said, metAt);
  const valued = once.map((f) => {
    const w = wrong.get(f.id);
    return w ? asContradicted(f, w, answer.original, item.customer) : f;
  });
  const swapped = asSwapped(
    swappedFacts(valued, factCriteria, answer.original, customer.n),
    factCriteria,
    swappedValues(answer, said, item.customer),
    answer.original,
    item.customer,
    wrong,
  );
  const story = { criteria: factCriteria, answer, customer: customer.n };
  // Each reading may mark a fact wrong that the earlier ones met; English and Chinese readings
  // each skip answers in the other language.
  const facts = readInTurn(swapped, [
    (f) => reversedValues(f, said, answer.original, item.customer),
    (f) => swappedRoles(f, factCriteria, answer.original, customer.n),
    (f) => swappedValueRoles(f, answer.original, said, item.customer, customer.values),
    (f) => wrongNames(f, factCriteria, answer, customer.n),
    (f) => wrongRelative(f, factCriteria, answer, customer.n),
    (f) => oppositeSides(f, factCriteria, answer, customer.n),
    (f) => swappedOpposites(f, answer, customer.n),
    (f) => wishForDone(f, story),
    (f) => blameRetold(f, factCriteria, answer),
    (f) => lateForOnTime(f, factCriteria, answer),
    (f) => onTimeForLate(f, answer, customer.n),
    (f) => toldAsFine(f, story),
    (f) => deniedForDone(f, factCriteria, answer, customer.n),
    (f) => doneForDeniedVerb(f, factCriteria, answer, customer.n),
    (f) => zhDoneForDenied(f, factCriteria, answer, customer.n),
    (f) => oppositeWords(f, story),
    (f) => oppositeInFrame(f, story),
    (f) => swappedActors(f, factCriteria, answer, customer.n),
    (f) => faultSide(f, factCriteria, answer, customer.n),
    (f) => customerAsDoer(f, factCriteria, answer, customer.n),
    (f) => failedForDone(f, answer, customer.n),
    (f) => tellingReversed(f, factCriteria, answer, customer.n),
    (f) => ownDoing(f, answer, customer.n),
    (f) => doneForThem(f, factCriteria, answer, customer.n),
    (f) => converseTrade(f, factCriteria, answer, customer.n),
  ]);
  const builtins: CriterionResult[] = [];
  const check = item.check || checkAlso.length > 0 ? checkQuestion(answer, checkAlso) : null;
  // The story told back (facts and the check) holds no acknowledgement of the feeling.
  const toldBack = facts.flatMap((c) => (c.span ? [c.span] : []));
  if (item.feeling || feelingAlso.length > 0)
    builtins.push(feelingCheck(answer, feelingAlso, customer.n, toldBack, check?.span));
  if (check) builtins.push(check);
  // The feeling acknowledged in the trainee's own words ("I'd be annoyed too") is what the
  // restatement asks for, not the agent joining in the complaint.
  const told = [
    ...facts,
    ...builtins.filter((b) => b.builtin === 'feeling'),
    ...feelingsInTheirPlace(answer).map((m) => ({ ...m, met: true })),
  ];
  // The agent's own excuse, rule or brush-off set against the story counts as a forbidden phrase
  // does, where no phrase of the lists was found in it.
  const found = agentHits(all, told, answer, item.customer);
  const hits = [
    ...found,
    ...[
      ...ownExcuses(answer, customer.n),
      ...asideExcuses(answer, customer.n),
      ...concededExcuses(answer, customer.n),
      ...zhOwnExcuses(answer, customer.n),
      ...zhDeflections(answer, customer.n),
      ...zhConceded(answer, customer.n),
      ...enHindsight(answer, customer.n),
    ].filter(
      (e, i, own) =>
        ![...found, ...own.slice(0, i)].some(
          (h) => h.span.start < e.span.end && e.span.start < h.span.end,
        ),
    ),
  ].sort((a, b) => a.span.start - b.span.start);
  const share = copiedShare(answer, item.customer);
  // An English copy that does not acknowledge the feeling is held to the lower cover (copy.ts).
  const handsBackStoryOnly =
    !hasHan(item.customer) && builtins.some((b) => b.builtin === 'feeling' && !b.met);
  const copied =
    isCopy(share, coveredShare(answer, item.customer), handsBackStoryOnly) ||
    handedBackWhole(answer, item.customer);
  const notCopied: CriterionResult = {
    id: 'not-copied',
    builtin: 'not-copied',
    met: !copied,
    weight: 0,
    detail: `copied ${Math.round(share * 100)}%`,
  };
  // A forbidden phrase counts as one part of the restatement missed, besides the cap below.
  const criteria = [...facts, ...builtins, notCopied, noForbidden(hits, hits.length > 0 ? 1 : 0)];
  const total = weightOf(criteria);
  let score = total > 0 ? (item.points * weightOf(criteria, true)) / total : item.points;
  const feeling = builtins.find((b) => b.builtin === 'feeling');
  if (copied) score = Math.min(score, COPIED_CAP * item.points);
  // Good = facts + feeling + check, all right: a required feeling or check missing, a fact
  // group missed or contradicted, or a forbidden phrase (its own ✗), and it cannot pass.
  if (builtins.some((b) => !b.met) || facts.some((f) => !f.met) || hits.length > 0)
    score = Math.min(score, BELOW_PASS * item.points);
  // A forbidden phrase dismisses the customer: with the feeling not acknowledged and a fact
  // missed or wrong as well, nothing is left to make up for it.
  if (hits.length > 0 && feeling && !feeling.met && facts.some((f) => !f.met))
    score = Math.min(score, NO_FACTS_CAP * item.points);
  // A fact handed back wrong fails the restatement: the check that follows would have the
  // customer confirm it, and a confirmed restatement settles responsibility (digest §1) —
  // unless it is one minor detail among mostly right facts (see minorSlip).
  if (facts.some((f) => f.status === 'contradicted') && !minorSlip(facts, wrong, builtins))
    score = Math.min(score, NO_FACTS_CAP * item.points);
  // Most facts missed is poor, whatever the feeling and the check (the trainers' grading rule):
  // the customer would have to tell the story again.
  if (mostMissed(facts, ownClaims(answer, customer.n, [...facts, ...builtins]).length))
    score = Math.min(score, NO_FACTS_CAP * item.points);
  // Facts and the feeling or the check missing, three parts in all, is poor too (see tooShort).
  if (tooShort(facts, builtins)) score = Math.min(score, NO_FACTS_CAP * item.points);
  const borderline = Math.abs(share - COPIED_THRESHOLD) < 0.1;
  return result(item.points, score, criteria, hits, borderline || unsure.size > 0);
}

/**
 * "Most facts missing" as the trainers grade it: more than half of the facts; or half of a
 * story of MOST_FROM facts or more (two of four, three of six) when the restatement says
 * things of its own in their place (see ownClaims) — the missing half was said wrong. Half
 * the story simply left out is partial.
 */
export const MOST_FROM = 4;
function mostMissed(facts: readonly CriterionResult[], ownWords: number): boolean {
  const missed = facts.filter((f) => !f.met).length * 2;
  if (missed > facts.length) return true;
  return facts.length >= MOST_FROM && missed === facts.length && ownWords >= OWN_CLAIMS_FROM;
}

/** The forbidden-phrase check as its own criterion: ✗ at the first phrase found. */
function noForbidden(hits: readonly PhraseHit[], weight: number): CriterionResult {
  const first = hits[0];
  return {
    id: 'no-forbidden',
    builtin: 'no-forbidden',
    met: first === undefined,
    weight,
    ...(first ? { span: first.span, detail: first.phrase } : {}),
  };
}

/**
 * A rewrite: the wording it was asked to change (its `avoid` phrases) still there means it was
 * not rewritten (a fail); a phrase from the shared forbidden lists caps it at partial, like a
 * restatement, and is its own ✗.
 */
function judgeRewrite(item: Rewrite, answer: NormalisedText, hits: PhraseHit[]): Judgement {
  const avoided = avoidHits(item, answer);
  const all = [...hits, ...avoided].sort((a, b) => a.span.start - b.span.start);
  const criteria = [noForbidden(all, 2), ...rubric(item, answer)];
  let score = (item.points * weightOf(criteria, true)) / weightOf(criteria);
  if (hits.length > 0) score = Math.min(score, BELOW_PASS * item.points);
  if (avoided.length > 0) score = Math.min(score, FORBIDDEN_CAP * item.points);
  return result(item.points, score, criteria, all, false);
}

/** The item's own avoid-patterns that remain, as phrase hits (category "avoid"). */
function avoidHits(item: Rewrite, answer: NormalisedText): PhraseHit[] {
  const out: PhraseHit[] = [];
  for (const pattern of item.avoid) {
    const m = findAny([pattern], answer);
    if (m)
      out.push({ phrase: pattern, category: 'avoid', span: m.span, suggestion: item.model_answer });
  }
  return out;
}
