import { type Clause, sentenceStartsAt } from './clause.js';
import type { CompiledEntry, PhraseList } from './compile.js';
import { adviceWithReasonEn, isAdviceModalEn } from './en-advice.js';
import { scheduleNoEn } from './en-schedule-no.js';
import {
  findPattern,
  isClauseEnd,
  negated,
  occursWithin,
  type Pattern,
  work,
} from './phrase-patterns.js';
import { spared } from './vow-spares.js';
import { adviceWithReasonZh } from './zh-advice.js';
import { choiceServedZh } from './zh-choice-served.js';
import { keptSafeZh } from './zh-kept-safe.js';
import { pivotOptionZh } from './zh-pivot-option.js';
import { recoveryToldZh } from './zh-recovery-told.js';
import { relativeThingZh } from './zh-relative-thing.js';
import { ruleSourcedZh } from './zh-rule-sourced.js';
import { searchGoesOnZh } from './zh-search-goes-on.js';
import { selfBoundZh } from './zh-self-bound.js';
import { toldOthersZh } from './zh-told-whom.js';

/**
 * The speech-act judge: a hit of the phrase lists stands only when its act, in its clause and
 * with what follows in the reply, is the taboo one — as the training digest draws the line:
 * - an order to the customer, not a question, a condition, a recommendation, or a requirement
 *   stated as information ("you will need to pay 5 GBP at the station", "you will need to bring
 *   photo ID");
 * - a refusal with no way forward: one followed by a concrete alternative (another option, a
 *   time, a contact, an action of the agent) is the digest's own model refusal; the softened
 *   "I'm not sure" with a way forward is the approved rewrite of "I don't know";
 * - a dismissal, a refusal or a false reaction inside an offer ("Would you like me to find
 *   another hotel?", "Are you sure I can't help you find…?") is the offer;
 * - a repetition marker answering a request to repeat ("Yes, again, the number is…").
 * Blame, confrontation, impatience and the rest stand whatever follows.
 */
export function actStands(
  t: string,
  s: number,
  e: number,
  entry: CompiledEntry,
  clause: Clause,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): boolean {
  const cues = list.acts;
  if (!entry.wording && protects(t, clause, cues.protect)) return false;
  // A promise told with a negated negative ("we won't leave you stranded", 我们绝不会让您白跑), or a
  // word that vouches for one or a rule cited as its ground (放心，我哋绝对唔会俾你蚀钱 / 按规定，我们
  // 不会让您多付): our own harm ruled out, nothing refused, no rule held against the customer.
  if (!entry.wording && !clause.question && spared(t, s, e, entry.act)) return false;
  // A free choice our side can serve whichever way (颜色您自己挑就好，三种我们都有): not the choice
  // handed back, an order or the customer sent off alone.
  if (
    (entry.act === 'dismissal' || entry.act === 'order' || entry.act === 'passing-the-buck') &&
    list.lang === 'zh-Hans' &&
    choiceServedZh(t.slice(clause.sentenceStart, clause.sentenceEnd + FOLLOW_REACH))
  )
    return false;
  const asked = () =>
    clause.question &&
    !clause.tagged &&
    !occursWithin(t, cues.rhetorical, clause.sentenceStart, clause.sentenceEnd);
  switch (entry.act) {
    case 'policy-shield':
      return !(
        list.lang === 'zh-Hans' && ruleSourcedZh(t, s, clause.sentenceStart, clause.sentenceEnd)
      );
    case 'order':
    case 'send-to-manager':
    case 'passing-the-buck':
      // The other party's number given after it ("…isn't something we do, but Hollins do — 01632
      // 555 019") hands the customer over: a referral, no buck passed.
      if (
        entry.act === 'passing-the-buck' &&
        list.lang === 'en' &&
        hasNumber(t.slice(e, clause.sentenceEnd + FOLLOW_REACH))
      )
        return false;
      if (clause.actor === 'agent' && entry.act === 'passing-the-buck') return true;
      if (asked() || (clause.conditionNear && !sentAlone(t, clause, e, entry))) return false;
      if (entry.act === 'order' && AND_AGENT_WILL.test(t.slice(s, clause.sentenceEnd)))
        return false;
      // A send-off worded as advice stays passing the buck ("you might want to try the depot,
      // they handle that": the advice is the hit's own words); advice framing it from outside
      // (推荐您去别处…, with places named) recommends. The customer advised to go up to a boss
      // ("your best bet is to write to head office") is still sent to find one: the digest
      // escalates on their behalf.
      if (entry.act !== 'order')
        return (
          clause.modality !== 'recommendation' ||
          entry.act === 'send-to-manager' ||
          (entry.act === 'passing-the-buck' && occursWithin(t, cues.recommend, s, e))
        );
      // A reason of the customer's own good anywhere in the sentence ("…, it's safer", "I'd
      // recommend the full cover, you should have it") makes "you should" advice.
      if (
        clause.conditional ||
        clause.modality === 'recommendation' ||
        occursWithin(t, cues.recommend, clause.sentenceStart, clause.sentenceEnd) ||
        (isAdviceModalEn(t.slice(s, e)) && adviceWithReasonEn(t, s)) ||
        (list.lang === 'zh-Hans' && adviceWithReasonZh(t.slice(s, clause.sentenceEnd)))
      )
        return false;
      if (
        list.lang === 'zh-Hans' &&
        (continuesAgentZh(t, clause, s) ||
          agentSubjectZh(t.slice(clause.start, s)) ||
          relativeThingZh(t, clause.start, s, e))
      )
        return false;
      if (
        futureNeed(t, s, e) &&
        (cues.present.some((p) => findPattern(t, p, e, e + 12, (a) => a <= e + 1)) ||
          AGENT_STEP.test(t.slice(e, clause.end)))
      )
        return false;
      return !(
        occursWithin(t, cues.only, s, clause.end) || amountDue(t, s, clause.end, cues.information)
      );
    case 'refusal': {
      if (clause.offer || clause.actor === 'customer' || eitherWay(t, s, e)) return false;
      if (list.lang === 'en' && scheduleNoEn(t.slice(clause.sentenceStart, clause.sentenceEnd)))
        return false;
      // A hit that closes its clause on the mark (冇得上门，…) leaves what follows to the next clause.
      const from = isClauseEnd(t[e - 1]) ? e : clause.end;
      if (occursWithin(t, cues.hedge, s, e))
        return !(
          wayForward(t, e, from, list, runOn) ||
          occursWithin(t, list.contrast, e, clause.sentenceEnd)
        );
      if (reachesYou(t.slice(clause.end, clause.end + FOLLOW_REACH))) return false;
      // Not knowing limited to the moment ("offhand", "off the top of my head"), then the number
      // of whoever does ("…, but Leo in bookings will, he's on 0161 555 0142"): the hedge and the
      // digest's "this is the person who can help you". A bare "I do not know" stays.
      if (entry.wording)
        return !(
          FOR_THE_MOMENT.test(t.slice(e, e + 60)) &&
          hasNumber(t.slice(e, clause.sentenceEnd + FOLLOW_REACH))
        );
      // The reply's last act: a way offered before it still leaves the customer a next step
      // ("Can we try another day? This one is full.").
      if (entry.position === 'last-sentence' && offeredBefore(t, clause.sentenceStart, list, runOn))
        return false;
      return !(
        wayForward(t, e, from, list, runOn) ||
        agentActsAfter(t, from, list, runOn) ||
        (list.lang === 'zh-Hans' && searchGoesOnZh(t, from))
      );
    }
    case 'dismissal':
    case 'false-reaction':
      if (asked()) return false;
      if (
        entry.act === 'false-reaction' &&
        list.lang === 'zh-Hans' &&
        recoveryToldZh(t, s, e, clause.sentenceStart, clause.sentenceEnd)
      )
        return false;
      // "I noticed we never found you a hotel": the agent owning a past omission. "you" after
      // "till", "before", "except" names the customer as the first to complain, no object.
      if (clause.actor === 'agent' && clause.past && OBJECT_YOU.test(t.slice(e, clause.end)))
        return false;
      return !occursWithin(t, cues.thanks, e, clause.end);
    case 'impatience':
      if (list.lang === 'zh-Hans' && acknowledgedZh(t, s, clause, list)) return false;
      if (list.lang === 'zh-Hans' && toldOthersZh(t.slice(clause.start, e))) return false;
      if (
        list.lang === 'zh-Hans' &&
        HANGS_UP_ZH.test(t.slice(s, e)) &&
        HANDED_OVER_ZH.test(t.slice(0, s))
      )
        return false;
      // "Yes, again, …" / "Sorry, again, …": the marker answers a request to repeat.
      return !cues.repeat_ok.some((p) =>
        findPattern(t, p, clause.sentenceStart, e, (_a, b) => b === e),
      );
    default:
      return true;
  }
}

/**
 * Chinese: hanging up (我先收线 / 我先挂了) after the call was handed over earlier in the reply
 * (我帮你转过去…，佢听咗我先收线) is the agent's last step of a transfer, not cutting the customer off.
 */
const HANGS_UP_ZH = /收线|挂/;
const HANDED_OVER_ZH = /转(?:给|去|过去|过来|接|到|俾|畀)/;

/**
 * Chinese drops a subject the clause before has given: after 我周六再过去一趟，the subjectless
 * 把标签重新贴一遍 is the agent's next act, no order. Only an act carries over — after 我跟您说，/
 * 我提醒您，/ 我觉得，the clause is what the agent tells the customer to do, and after a negated
 * one (我这边没空，) the agent does nothing.
 */
function continuesAgentZh(t: string, clause: Clause, s: number): boolean {
  if (/[你我咱他她]/.test(t.slice(clause.start, s))) return false;
  const before = t.slice(clause.sentenceStart, clause.start).replace(/[,;\s]+$/, '');
  const last = before.slice(before.search(/[^,;]*$/));
  return /^[^你]*(?:我|咱)/.test(last) && !AGENT_TELLS_ZH.test(last);
}

/**
 * The clause's own subject, before the order-shaped words, is the agent (我现在就把翻译定下来 /
 * 我哋即刻将部机换咗): the agent acting, no order. A pronoun after a preposition or benefactive
 * (帮你 / 跟您 / 俾你) is an object; after 让 / 叫 the customer is made to act, and 给我 (你给我…)
 * is the order's own intensifier, so neither is read past. An agent who only tells or judges
 * (我说… / 我觉得…) still passes on an order.
 */
function agentSubjectZh(before: string): boolean {
  const subjects = before.replace(/(?<=[帮替为跟和同对向俾畀])(?:你|我|他|她)(?:们|哋|地)?/g, '');
  const m = /(?<![给])(?:我|咱)[^你我咱他她]*$/.exec(subjects);
  return m !== null && !AGENT_TELLS_ZH.test(m[0].slice(1));
}

/** The agent telling, judging, asking or not acting: what follows is said to the customer. */
const AGENT_TELLS_ZH =
  /说|讲|告诉|提醒|通知|建议|觉得|认为|理解|明白|知道|希望|相信|麻烦|请|看|想|不|没|别|冇|唔/;

/**
 * A negation between two of the same verb asks (A-not-A: 得唔得, 可不可以, 行不行): the 唔得 of
 * "十点得唔得?" proposes a time, it refuses nothing.
 */
function eitherWay(t: string, s: number, e: number): boolean {
  for (let i = Math.max(1, s); i < e; i++)
    if (
      '不唔没冇'.includes(t[i] ?? '') &&
      t[i - 1] === t[i + 1] &&
      /\p{Script=Han}/u.test(t[i - 1] ?? '')
    )
      return true;
  return false;
}

/**
 * The agent's own act, done or promised ("I've reserved…", "we'll send…", "I can hold…"): before
 * a reply's last bad news, a next step already given. Checking and telling ("I've checked…", "I
 * can see…") give none.
 */
const AGENT_ACTED =
  /\b(?:i|we) (?:have|will|can|could|am going to|are going to)(?: just| already| also)? (?!(?:not|no|never|to|been|had|got|only|see|tell|say|confirm|understand|imagine|tried|checked|looked|searched|asked|contacted|spoken|called|rung|phoned|heard|confirmed|seen)\b)[a-z]+\b/;

/** A next step given before offset `at`: the agent's own act or an alternative offered. */
export function offeredBefore(
  t: string,
  at: number,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): boolean {
  const before = t.slice(0, at);
  return agentActed(before) || wayForward(before, 0, 0, list, runOn);
}

/** Does `text` hold the agent's own act, done or promised ("I've put you on the 15th")? */
export const agentActed = (text: string): boolean => AGENT_ACTED.test(text);

/**
 * A "no" of will or habit, not of ability: "will not", "never", "do not" (folded from won't,
 * don't), "nobody will". Not "would never" nor "never have": a hypothetical or a past denies
 * what the customer reports ("we'd never charge anyone twice").
 */
const NEG_WILL_EN =
  /(?<!\bwould )\b(?:will|do|does|are|is|am) (?:not|never)(?: going to)? (?!have )|(?<!\bwould )\bnever (?!have )|\b(?:nobody|no one) will /g;

/** At most two words between the "no" and the act: "will not be charged", "never ever share". */
const FEW_WORDS = /^(?:[a-z]+ ){0,2}$/;

/**
 * Characters after a harm its Japanese "no" may close in: the verb and a 予定/つもり between
 * (料金を上げる予定はございません).
 */
const NEG_JA_REACH = 16;

/**
 * A Chinese "no" of will or habit right before a harm (不收费, 不再收费, 不会扣, 绝不会打扰, 不挡):
 * not one of ability (不能, 没法), which refuses.
 */
const NEG_WILL_ZH = /(?:不再|不会再?|绝不会?|绝对不会|从不|从来不|永远不会|[唔不])$/;

/** A Japanese "no" closing a predicate: ません / ない / ず / 不要 / 無料 / なし. */
const NEG_JA = /ません|ない|ず[,.]|不要|無料|なし/;

/**
 * The speaker promising not to do something bad to the customer: "we won't keep you waiting",
 * "we never sedate pets", "you won't be charged", 追加料金はいただきません. The negated act is a
 * harm (the list's `protect` cues) and the "no" is one of will or habit, so the clause protects
 * the customer; "we can't charge it back" (ability) still refuses. In Chinese, the "no" stands
 * before the harm (NEG_WILL_ZH), and the customer's thing kept from other parties protects too
 * (zh-kept-safe.ts).
 */
function protects(t: string, clause: Clause, harms: readonly Pattern[]): boolean {
  if (clause.question) return false;
  const text = t.slice(clause.start, clause.end);
  if (
    !/[\u3040-\u30ff]/.test(text) &&
    (keptSafeZh(t.slice(clause.sentenceStart, clause.end)) ||
      selfBoundZh(t.slice(clause.start, clause.sentenceEnd), text.length))
  )
    return true;
  if (harms.length === 0) return false;
  if (/[\u4e00-\u9fff]/.test(text) && !/[\u3040-\u30ff]/.test(text))
    return harms.some((p) =>
      findPattern(t, p, clause.start, clause.end, (a) =>
        NEG_WILL_ZH.test(t.slice(Math.max(clause.start, a - 4), a)),
      ),
    );
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text))
    return harms.some((p) =>
      // 請求のことは…ない: a harm followed by の modifies another noun; it is not what is negated.
      findPattern(
        t,
        p,
        clause.start,
        clause.end,
        (_a, b) => t[b] !== 'の' && NEG_JA.test(t.slice(b, b + NEG_JA_REACH)),
      ),
    );
  if (protectsEn(t, clause.start, clause.end, harms)) return true;
  // "We never sell your photos, and we never scan them for advertising": a "no" joined by "and"
  // or "or" to one that protects, about the same thing (a pronoun), promises the same.
  const joined =
    /(?:^|[\s,;])(?:and|or|nor)\s*$/.test(t.slice(clause.sentenceStart, clause.start)) ||
    /^\s*(?:and|or|nor)\b/.test(text);
  return (
    joined &&
    text.match(NEG_WILL_EN) !== null &&
    /\b(?:them|it|those)\b/.test(text) &&
    protectsEn(t, clause.sentenceStart, clause.start, harms)
  );
}

/**
 * The act held back until the customer agrees ("without your say-so", "without asking you
 * first"): whatever the act, the customer decides, so the "no" of will binds the agent for them.
 * Another party's approval ("without the manager's approval") or a thing ("without a receipt")
 * is a condition the customer must meet, not a promise.
 */
const WITHOUT_CONSENT =
  /\bwithout (?:(?:your|their|his|her) )?(?:say-so|say so|consent|permission|agreement|approval|go-ahead|blessing|ok|okay)\b|\bwithout (?:first )?(?:asking|telling|checking with|consulting|warning|notifying|letting) (?:you|them|him|her)\b/;

/**
 * A cost taken from the customer as the negated act ("we won't be taking the late fee", "we won't keep
 * your deposit", "we won't apply the surcharge"): waived, whatever the verb of taking. Not the cost taken
 * off or back ("we won't take the fee off": a refusal to lift it).
 */
const COST_TAKEN_EN =
  /^(?:[a-z]+ ){0,2}?(?:take|taking|charge|charging|apply|applying|add|adding|keep|keeping|claim|claiming|collect|collecting|deduct|deducting|hold|holding)\s+(?:(?:the|your|any|a|an|that|this|those|these)\s+)?(?:[a-z-]+\s+)?(?:fee|fees|charge|charges|excess|penalty|surcharge|deposit|fine|cost|costs)\b(?!\s+(?:off|back|away|out|down)\b)/;

function protectsEn(t: string, start: number, end: number, harms: readonly Pattern[]): boolean {
  for (const m of t.slice(start, end).matchAll(NEG_WILL_EN)) {
    const at = start + m.index + m[0].length;
    if (WITHOUT_CONSENT.test(t.slice(at, end)) || COST_TAKEN_EN.test(t.slice(at, end))) return true;
    const near = (a: number) => FEW_WORDS.test(t.slice(at, a));
    if (harms.some((p) => findPattern(t, p, at, Math.min(end, at + 40), near))) return true;
  }
  return false;
}

/**
 * Chinese: a sentence opening on the material's restating of feelings — agreeing with the customer
 * (您说得很对 / 你讲得啱) or naming their worry (我知道您很着急) — with no "but" and no "it's no use"
 * after it is empathy, not impatience, whatever the rest of the sentence tells. Only where the
 * hit takes in the opening: a listed impatience after it (我知道你急，我已经说过了) still stands.
 */
function acknowledgedZh(t: string, s: number, clause: Clause, list: PhraseList): boolean {
  const sentence = t.slice(clause.sentenceStart, clause.sentenceEnd);
  const ack = ACK_OPENS_ZH.exec(sentence);
  if (!ack || s > clause.sentenceStart + ack.index) return false;
  const after = clause.sentenceStart + ack.index + ack[0].length;
  return (
    !occursWithin(t, list.contrast, after, clause.sentenceEnd) &&
    !NO_USE_ZH.test(t.slice(after, clause.sentenceEnd))
  );
}

const ACK_OPENS_ZH =
  /^\s*(?:[唉嗯哦][,\s]*)?(?:你(?:说|讲)(?:得|的)(?:很|好|非常)?(?:对|是|有道理|啱|没错|冇错)|我(?:知道|明白|理解)你(?:很|好|有多|的)?(?:急|着急|心情|感受|担心|紧张))/;

/** "It's no use" after the worry named (你急也没用 / 急都冇用): impatience in the empathy's words. */
const NO_USE_ZH = /没用|冇用|有什么用|有乜用|没办法|冇办法/;

/** "you" as the object of the agent's act, not after a preposition of comparison or time. */
const OBJECT_YOU = /(?<!\b(?:till|until|before|except|but|besides|than|like|apart from) )\byou\b/;

/** "will need to" / "going to have to" followed by a verb of bringing or showing. */
const FUTURE_NEED = /\b(?:will|going to) (?:need|have) to /g;

/**
 * A future requirement to bring or show something in [lo, hi) ("you'll need to show the card you
 * paid with"), or named as the step before the agent's act: information about what the visit or
 * the help takes, whatever act a model reads in it.
 */
export function requirementAhead(t: string, lo: number, hi: number, present: readonly Pattern[]) {
  for (const m of t.slice(lo, hi).matchAll(FUTURE_NEED)) {
    const at = lo + m.index + m[0].length;
    if (present.some((p) => findPattern(t, p, at, at + 12, (a) => a === at))) return true;
    if (AGENT_STEP.test(t.slice(at, hi))) return true;
  }
  return false;
}

/**
 * The customer sent off on their own (要折扣的话您得自己去跟店长谈, "if you want compensation you'll
 * have to speak to the manager", "if you want a credit go and ask the manager yourself"): a
 * condition of their wish does not make that an offer, as it does "如果您需要联系他们,电话是…" or
 * "should you need to speak to the manager, …" (the need inside the condition).
 */
function sentAlone(t: string, clause: Clause, e: number, entry: CompiledEntry): boolean {
  if (entry.act === 'order') return false;
  const before = t.slice(clause.start, e);
  return (
    /自己|亲自/.test(before) ||
    EN_WISH_THEN_YOURSELF.test(t.slice(clause.sentenceStart, e)) ||
    EN_UNHAPPY_THEN.test(t.slice(clause.sentenceStart, e)) ||
    ZH_MUST_GO.test(before) ||
    ZH_WISH_THEN_GO.test(t.slice(clause.sentenceStart, e)) ||
    ZH_COMPLAINT_TOPIC.test(t.slice(clause.sentenceStart, e)) ||
    /\byou (?:will|would|are going to) (?:have|need) to\b/.test(before)
  );
}

/**
 * A thing the customer wants, then the going on their own ("if you want a credit go and ask the
 * manager yourself"); a wish to do it themselves ("if you'd rather call them yourself") offers it.
 */
const EN_WISH_THEN_YOURSELF =
  /\bif you (?:want|need|would like|are after) (?!to\b)[^,;]*\byourself$/;

/**
 * The customer's dissatisfaction as the condition ("if you're not happy with the decision, take it
 * up with…", "if you want to complain, write to…"): the door out for a complaint, not a way offered.
 */
const EN_UNHAPPY_THEN =
  /\bif you (?:are|were|feel|are still) (?:not |un)(?:happy|satisfied|content)\b|\bif you (?:do not|did not|still do not) (?:like|agree with|accept)\b|\bif you (?:disagree|object)\b|\bif you (?:want|wish|would like|need) to (?:complain|appeal|dispute|challenge|object|take (?:it|this|that|the matter) further)\b/;

/** The customer obliged to go to the party (您要投诉的话得找我们经理, 只能打去总部). */
const ZH_MUST_GO =
  /(?:(?<![记懂觉晓认值获舍])得|只能|只好|必须|要先)(?:去|直接)?(?:找|揾|问|打给|打去|联系)/;

/**
 * What the customer wants, then "just go to" the party (你要退款嘅话就揾我哋经理): the wish is theirs,
 * the going too. A contingency (要是有问题的话就找前台) names no wish and stays a way offered.
 */
const ZH_WISH_THEN_GO =
  /(?:想要|要(?!是)|想)[^,.!?;]{1,8}(?:的话|嘅话),?就(?:去|直接)?(?:找|揾|问|打给|打去|联系)/;

/**
 * A complaint named as the topic (投诉的话您去三楼找主任): its 的话 offers no way, it says what the
 * customer is sent off to do.
 */
const ZH_COMPLAINT_TOPIC = /(?:投诉|客诉|申诉)[^,.!?;]{0,6}?(?:的话|嘅话)/;

/**
 * The requirement named as the step before the agent's own act ("you'll need to confirm the
 * postcode so I can find it", "… before we can release the car"): information about what the
 * agent's help takes, not an order. Help withheld as a whole ("before I can do anything") is
 * a threat, and the order stands.
 */
const AGENT_STEP =
  /\b(?:so|so that|before|and then|then) (?:i|we) (?:can|could|will|are able to|am able to) (?!(?:do )?(?:anything|something|help|assist)\b)/;

/** An obligation put in the future ("you will need to", "you are going to have to"). */
function futureNeed(t: string, s: number, e: number): boolean {
  return /\b(?:will|going to)\b/.test(t.slice(s, e));
}

/** A payment with its amount in the clause ("you will need to pay 14.32 GBP"): information. */
function amountDue(t: string, s: number, end: number, pay: readonly Pattern[]): boolean {
  return pay.some((p) => findPattern(t, p, s, end, (_a, b) => /\d/.test(t.slice(b, end))));
}

/** How far after a refusal its way forward is looked for: the rest of a reply, not of a book. */
const FOLLOW_REACH = 300;

/**
 * An imperative joined by "and" to what the agent's side will then do reads as a condition ("bring
 * it in and our tech will check the valves" = "if you bring it in, …"), and so does one joined to
 * someone then serving the customer ("head to the front desk and Anna will hand you the keys"): an
 * offer, not an order.
 */
const AND_AGENT_WILL =
  /\band (?:(?:we|i|our(?: [a-z]+){1,2}|my [a-z]+) (?:will|can|shall)\b|(?:[a-z]+ ){1,2}(?:will|can|shall) (?:[a-z]+ )?(?:you|your)\b)/;

/**
 * A later clause in which someone undertakes to reach the customer ("Dave in the workshop will;
 * I'll get him to ring you", "— Dr Shah will ring you tomorrow", "or I can ask him to call you"):
 * the digest's "this is the person who can help you", even after the words "I don't know".
 */
function reachesYou(after: string): boolean {
  const m = REACHES_YOU.exec(after);
  return m !== null && !/\b(?:nobody|no one|no-one)\s+$/.test(after.slice(0, m.index));
}

const REACHES_YOU =
  /\b(?:will|can|shall)\b(?:(?!\b(?:not|never)\b)[^.;!?]){0,40}?\b(?:ring|call|phone|e-?mail|text|contact|get back to|talk) you\b/;

/**
 * A later day after the pivot ("…today, though if you leave the form it'll be posted by
 * Monday", "…, but if you bring it down the driver will pick it up on Tuesday", "…, but yours is
 * first in the queue for Thursday" — a day after "will", "can" or "is", not a past one): what cannot
 * be done now will be, then.
 */
const LATER_DAY_EN =
  /\b(?:(?:by|from)\s+(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next\s+(?:week|month|[a-z]+day))\b|\btomorrow\b|\b(?:will|can|could|is|are)\b[^.;!?]*?\b(?:on|for)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/;

/**
 * The job booked again or its doer coming back on a later day ("…, so the roofer is booked to come back on the
 * 3rd", "Dan is coming back on Friday", "it is booked in for Tuesday", "our fitter has it booked for
 * Saturday"): our next step, whoever is named doing it. The day follows the verb at once, so a reason ("the hall
 * is booked for a wedding") is not read.
 */
const BOOKED_AGAIN_EN =
  /\b(?:(?:is|are|has\s+been|have\s+been|(?:has|have)\s+(?:it|them))\s+(?:booked|rebooked|scheduled|rescheduled|pencilled)(?:\s+in)?(?:\s+to\s+(?:come\s+back|return|finish))?|(?:is|are)\s+coming\s+back|will\s+(?:be|come)\s+back|(?:is|are)\s+due\s+back)\s+(?:on|for|by)\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next\s+(?:week|month))\b/;

/**
 * Does a concrete way forward follow in the reply: a phone number after the hit `e`, an
 * alternative after a pivot ("but", "maybe") in its clause, or any alternative after the clause
 * ends at `from` (in Chinese also another option stated after a pivot, zh-pivot-option.ts)? Sentences that are only a closing offer ("Is there
 * anything else I can help you with?") do not count. The refused act's own words ("we can't
 * exchange it") are no alternative, hence the clause is skipped.
 */
export function wayForward(
  t: string,
  e: number,
  from: number,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): boolean {
  const cues = list.acts;
  if (hasNumber(t.slice(e, from))) return true;
  if (list.lang === 'zh-Hans' && pivotOptionZh(t.slice(e, from + FOLLOW_REACH))) return true;
  const pivoted = cues.pivot.some((p) =>
    findPattern(
      t,
      p,
      e,
      from,
      (_a, b) => occursWithin(t, cues.alternative, b, from) || LATER_DAY_EN.test(t.slice(b, from)),
    ),
  );
  if (pivoted) return true;
  for (const [lo, hi] of sentencesFrom(t, from, Math.min(t.length, from + FOLLOW_REACH), runOn)) {
    // A phone number is concrete even in a closing sentence ("…reached at 01223…, anything else?").
    if (hasNumber(t.slice(lo, hi))) return true;
    const generic = occursWithin(t, cues.generic, lo, hi);
    if (!generic) {
      const offered = (a: number, b: number) => !negated(t, a, b, lo) && !inFarewell(t, list, a, b);
      if (cues.alternative.some((p) => findPattern(t, p, lo, hi, offered))) return true;
      // advice after the refusal ("…, but booking before noon gives you the best chance")
      if (cues.recommend.some((p) => findPattern(t, p, lo, hi, offered))) return true;
      const booked = BOOKED_AGAIN_EN.exec(t.slice(lo, hi));
      if (booked && !negated(t, lo + booked.index, lo + booked.index + booked[0].length, lo))
        return true;
      // a proposal put as a question after a pivot ("…, maybe the one next door?"), or a later
      // day after one
      if (
        cues.pivot.some((p) =>
          findPattern(
            t,
            p,
            lo,
            hi,
            (_a, b) => t.slice(lo, hi).includes('?') || LATER_DAY_EN.test(t.slice(b, hi)),
          ),
        )
      )
        return true;
    }
  }
  return false;
}

/**
 * The agent's own act, done or promised, after a refusal ("…was rejected by the council; I've
 * already drafted an appeal"): the digest's remedial action. Closing offers ("Is there anything
 * else I can help you with?") promise nothing.
 */
function agentActsAfter(
  t: string,
  from: number,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): boolean {
  for (const [lo, hi] of sentencesFrom(t, from, Math.min(t.length, from + FOLLOW_REACH), runOn))
    if (agentActed(t.slice(lo, hi)) && !occursWithin(t, list.acts.generic, lo, hi)) return true;
  return false;
}

/**
 * Is everything from `from` to the end closing courtesy — sentences each a closing offer
 * ("Anything else I can help with?") or a farewell with no way forward in it ("Have a lovely
 * weekend!")? Bad news followed only by them is still the reply's last act.
 */
export function closingOnly(
  t: string,
  from: number,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): boolean {
  const cues = list.acts;
  for (const [lo, hi] of sentencesFrom(t, from, t.length, runOn)) {
    const text = t.slice(lo, hi);
    if (
      /[\p{L}\p{N}]/u.test(text) &&
      !occursWithin(t, cues.generic, lo, hi) &&
      !(
        occursWithin(t, cues.farewell, lo, hi) &&
        !occursWithin(t, cues.alternative, lo, hi) &&
        !hasNumber(text)
      )
    )
      return false;
  }
  return true;
}

/** The sentences of `t` from `from` up to `end`, as [start, end) ranges; each counts as work. */
function* sentencesFrom(
  t: string,
  from: number,
  end: number,
  runOn: ReadonlySet<number>,
): Generator<[number, number]> {
  for (let lo = from; lo < end; ) {
    let hi = lo + 1;
    while (hi < end && !sentenceStartsAt(t, hi, runOn)) hi++;
    work.steps += hi - lo;
    yield [lo, hi];
    lo = hi;
  }
}

/** Does [a, b) lie inside one of the list's farewell formulas (the いたします of 失礼いたします)? */
export function inFarewell(t: string, list: PhraseList, a: number, b: number): boolean {
  return list.acts.farewell.some((p) =>
    findPattern(
      t,
      p,
      Math.max(0, a - 16),
      Math.min(t.length, b + 16),
      (fa, fb) => fa <= a && fb >= b,
    ),
  );
}

/** A phone number (five digits or more, spaces and hyphens allowed between them) or an extension. */
function hasNumber(text: string): boolean {
  return /\d{5,}/.test(text.replace(/[\s-]/g, '')) || EXTENSION.test(text);
}

/** An adverbial limiting not knowing to the moment, in the clause after it. */
const FOR_THE_MOMENT =
  /^[^,.;!?]*?\b(?:offhand|off the top of my head|right now|at the moment|for certain|for sure)\b/;

/** An internal line: "extension 214", "ext. 31", "her extension is 214". */
const EXTENSION = /\b(?:extension|ext)\.?(?: number)?(?: is)? \d{2,}/;
