import { PERSON_NOUNS } from '../text/en-person-nouns.js';
import { isClauseEnd, isSentenceEnd } from './phrase-patterns.js';
import type { SpeechAct } from './schema.js';

/**
 * A promise told with a negated negative, read by roles (folded text): our side (I / we; in
 * Chinese anyone but the customer, named or not) with a "no" of will or habit over a causative —
 * let / leave / make; 让 / 叫 / 令 / 俾 / 由得 / 搞到 — whose patient is the customer, someone in
 * their care or their thing, and whose complement is a hardship that would befall them (stranded,
 * out of pocket, left waiting, without contact; 干等, 白跑, 蚀钱, 一个人留在…). The act negated is
 * ours and would harm the customer, so the "no" spares them: "We won't leave you stranded", 我们绝
 * 不会让您自己垫钱. When the complement is an act the customer asked for (let you cancel, 让您退货,
 * 俾你退钱), the "no" refuses it; "we never make mistakes" or "we never leave parcels with
 * neighbours" has no person as the causative's patient. Neither is read here.
 */

/** I / we with a "no" of will or habit (not one of ability), then the causative. */
const NEG_CAUSE_EN =
  /\b(?:i|we)(?: (?:will|would|shall|do|am|are))? (?:not|never)(?: ever)?(?: going to)?(?: (?:just|simply|ever))? (let|leave|make) /g;

/**
 * Pronouns and quantifiers that stand for the customer or anyone like them ("them" may be things:
 * "we never leave them with a neighbour").
 */
const PERSON_WORDS = new Set([
  'you',
  'yourself',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'people',
  'families',
  'family',
]);

/** Determiners before a person noun ("a trapped passenger", "our customers"). */
const DETERMINER = /^(?:a|an|the|any|our|your|no|every|each)$/;

/**
 * The words after the causative that name a person, the customer's thing or anyone (up to four
 * words: "a trapped passenger", "your heating"): how many words the patient takes, or 0.
 */
function personPatient(words: readonly string[]): number {
  const first = words[0] ?? '';
  if (PERSON_WORDS.has(first)) return 1;
  // The customer's own thing ("your car", "your parcel"): theirs, whatever it is.
  if (first === 'your' && words[1]) return 2;
  if (!DETERMINER.test(first) && !isPersonNoun(first)) return 0;
  for (let k = DETERMINER.test(first) ? 1 : 0; k < Math.min(words.length, 4); k++)
    if (isPersonNoun(words[k] ?? '')) return k + 1;
  return 0;
}

const isPersonNoun = (w: string): boolean =>
  PERSON_NOUNS.has(w) || (w.endsWith('s') && PERSON_NOUNS.has(w.slice(0, -1))) || w === 'children';

/**
 * What befalls the patient of "let": a state or an event nobody asks for (left stranded, sit in
 * the cold, go without, pay twice, let you down, happen again) — not an act the customer would
 * ask for (cancel, swap, change, return), which "won't let you" refuses.
 */
const HARDSHIP_EN =
  /^(?:be )?(?:left|stranded|stuck|out of pocket|down\b|wait|waiting|queue|starve|freeze|suffer|struggle|worry|repeat|chase|sit (?:in|on|out|around|idle|there|waiting|unanswered|untouched)|go (?:[a-z]+ )?(?:without|hungry|cold|unanswered|unnoticed|to waste|missing|unpaid)|(?:walk|go|head) (?:away|home|off) (?:[a-z]+ )?(?:without|empty|out of pocket|with nothing)|leave (?:[a-z]+ )?(?:without|empty|out of pocket)|stay (?:off|cold|broken|stuck|down|unresolved|unanswered|closed|shut|out in|in the cold|without)|pay (?:twice|again|extra|more|double|for (?:our|a mistake))|lose (?:out|money|your)|fall (?:through|behind)|slip through|get (?:wet|cold|lost|stuck|hurt|damaged|worse|left)|keep (?:you|them|him|her) (?:out|waiting|from)|happen (?:again|to you)|come to (?:any )?harm|end up (?:paying|out of pocket|stuck|stranded|without))\b/;

/** A word after "make" + person that is no bare verb: a determiner makes it an offer ("make you an offer"). */
const NOT_A_VERB = /^(?:a|an|the|any|some|this|that|these|those|your|our|my|his|her|their|it)$/;

function vowsEn(t: string, from: number, to: number, out: [number, number][]): void {
  const text = t.slice(from, to);
  for (const m of text.matchAll(NEG_CAUSE_EN)) {
    const at = m.index + m[0].length;
    const tail = clauseTail(text, at);
    const words = tail.split(' ').filter((w) => w.length > 0);
    const verb = m[1];
    let end = -1;
    if (verb === 'leave' || verb === 'make') {
      const n = personPatient(words);
      const next = words[n];
      // Left: any complement or none (abandoned); made: a bare verb after the person.
      if (n > 0 && (verb === 'leave' || (next !== undefined && !NOT_A_VERB.test(next))))
        end = at + wordsLength(words, n + (next ? 1 : 0));
    } else {
      // Let: the patient is anyone or anything (up to four words), the complement a hardship.
      for (let k = 1; k <= Math.min(4, words.length - 1); k++) {
        const rest = words.slice(k).join(' ');
        const h = HARDSHIP_EN.exec(rest);
        if (h) {
          end = at + wordsLength(words, k) + 1 + h[0].length;
          break;
        }
      }
    }
    if (end > at) out.push([from + m.index, from + end]);
  }
}

/** The text from `at` to the end of its clause. */
function clauseTail(text: string, at: number): string {
  let k = at;
  while (k < text.length && !isClauseEnd(text[k])) k++;
  return text.slice(at, k);
}

/** Characters the first `n` words take, with the spaces between them. */
function wordsLength(words: readonly string[], n: number): number {
  const taken = words.slice(0, n);
  return taken.join(' ').length;
}

/**
 * Chinese: a "no" of will or habit (不会, 唔会, 绝不, 从来不…; not 不能, ability), the causative, a
 * short patient, then a hardship within a few characters. The one who says no is our side, named
 * (我们 / 我哋 / 公司) or not; not the customer (你不会让…).
 */
const NEG_CAUSE_ZH =
  /(?:绝对|绝|从来|从|永远|一定|肯定|决)?都?(?:不会|唔会|不|唔)再?(?:让|叫|令|使|俾|畀|由得|搞到|害得|害|要(?=你)|给(?=你))([^,.;!?:]{0,12})/g;

/** What would befall the customer: a wait, a wasted trip, a loss, being left alone or cut off. */
const HARDSHIP_ZH =
  /干等|白等|空等|久等|苦等|傻等|等|排队|白跑|白行|白走|空跑|多跑|再跑|跑1趟|吃亏|蚀|亏|损失|多花|多付|多出|多交|白花|垫|破费|受累|受罪|受苦|委屈|为难|折腾|操心|担心|着急|失望|难做|受伤|挨饿|饿|冻|淋|着凉|受潮|单独|独自|1个人|自己(?:搞|处理|来|弄|解决|想办法|扛|承担|面对|跑)|孤零零|没人管|冇人理|无人理|留在|失去联系|断了?联|联系不上|困|滞留|过夜|流落|带着问题|空手|摸黑|落空|泡汤|耽误|延误|发生/;

/** The last person word in a stretch of Chinese (你放心我们 → 我). */
const SUBJECT_ZH = /[你我咱他她佢](?!.*[你我咱他她佢])/;

function vowsZh(t: string, from: number, to: number, out: [number, number][]): void {
  const text = t.slice(from, to);
  for (const m of text.matchAll(NEG_CAUSE_ZH)) {
    let k = m.index;
    while (k > 0 && !isClauseEnd(text[k - 1])) k--;
    // The last person named before the "no" in its clause is the one who says it.
    const who = SUBJECT_ZH.exec(text.slice(k, m.index));
    if (who?.[0] === '你') continue;
    const rest = m[1] ?? '';
    const h = HARDSHIP_ZH.exec(rest);
    // The patient takes at least one character: the hardship is what befalls them.
    if (!h || h.index === 0) continue;
    // The promise runs from our side named as its subject (困在轿厢里的乘客,我们绝不会…), else from its "no".
    const subject =
      who && who[0] !== '他' && who[0] !== '她' && who[0] !== '佢' ? k + who.index : m.index;
    const start = m.index + m[0].length - rest.length;
    out.push([from + subject, from + start + h.index + h[0].length]);
  }
}

/**
 * The promises told with a negated negative in folded text `t` between `from` and `to`: each as
 * the range from its subject (or its "no") to the end of its hardship.
 */
export function vowsSparing(t: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  if (/[a-z]/.test(t.slice(from, to))) vowsEn(t, from, to, out);
  if (/[\u4e00-\u9fff]/.test(t.slice(from, to))) vowsZh(t, from, to, out);
  return out;
}

/** Characters a hit's sentence is read either side of it: a text with no sentence end stays linear. */
const REACH = 200;

/** Acts whose words introduce what follows them: a vouch (放心) and a rule cited ("under our policy"). */
const INTRODUCING: ReadonlySet<SpeechAct> = new Set(['false-reaction', 'policy-shield']);

/**
 * Whether a hit of `act` over [s, e) (folded text) is inside a promise told with a negated
 * negative, within the promise's own clause; or, for an act whose words introduce what follows,
 * the promise comes right after it, so what they vouch for or ground is our own conduct.
 */
export function spared(t: string, s: number, e: number, act: SpeechAct): boolean {
  let lo = s;
  while (lo > 0 && s - lo < REACH && !isSentenceEnd(t[lo - 1])) lo--;
  let hi = e;
  while (hi < t.length && hi - e < REACH && !isSentenceEnd(t[hi])) hi++;
  return vowsSparing(t, lo, hi).some(([a, b]) => {
    if (a < e && b > s) return withinClause(t, a, s, e);
    return INTRODUCING.has(act) && a >= e && nextClause(t, e, a);
  });
}

/** No clause mark between the vow's start and the hit's end, nor before the hit in its clause. */
function withinClause(t: string, a: number, s: number, e: number): boolean {
  for (let k = Math.min(a, s); k < e - 1; k++) if (isClauseEnd(t[k])) return false;
  return true;
}

/** Between the hit's end and the vow, one clause mark at most and nothing else of substance. */
function nextClause(t: string, e: number, a: number): boolean {
  const between = t.slice(e, a);
  return between.length <= 6 && [...between].filter((c) => isClauseEnd(c)).length <= 1;
}
