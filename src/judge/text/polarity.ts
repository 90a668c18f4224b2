import type { NormalisedText } from './normalise.js';

/**
 * Polarity of a matched phrase: whether the clause says it or denies it. Negation is read
 * where it binds the phrase, not anywhere in the sentence: walking back from the phrase over
 * modals, auxiliaries and adverbs ("will not find out", "nobody here can help", 没人来,
 * 不能帮您, 没法马上退) until another content word stops the walk ("couldn't reach the
 * courier" keeps "the courier" positive: the courier is still named). English modals left
 * open at the phrase's end ("i can" + "not") and Japanese verb-final negation (確認できません)
 * are read after it. Double negatives cancel (不得不).
 */
export type Polarity = 'positive' | 'negative';

const EN_NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'nowhere',
  'none',
  'neither',
  'nor',
  'noone',
  'unable',
  'refuse',
  'refuses',
  'refused',
  'refusing',
]);

/**
 * "Barely", "hardly", "scarcely" after "can" or "could" deny the ability ("could hardly sleep" is
 * "couldn't sleep"); elsewhere they say a little ("barely gets a signal").
 */
export function ableBarely(word: string, before: string): boolean {
  return /^(?:barely|hardly|scarcely)$/.test(word) && /\b(?:can|could) $/.test(before);
}

/** Words a negation reaches across: modals, auxiliaries, adverbs, "able to", "one", "here". */
const EN_FILLERS = new Set([
  'can',
  'could',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'is',
  'am',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'able',
  'to',
  'going',
  'gonna',
  'one',
  'else',
  'here',
  'there',
  'ever',
  'even',
  'yet',
  'still',
  'really',
  'just',
  'always',
  'actually',
  'also',
  'currently',
  'now',
  'longer',
  'possibly',
  'personally',
  'again',
  'any',
  'anyone',
  'anybody',
  'once',
  'properly',
  'quite',
  'simply',
]);

/** "no" / "not" that deny nothing after them. */
const EN_IDIOMS = new Set([
  'no wonder',
  'no doubt',
  'no problem',
  'no worries',
  'no matter',
  'not only',
  'never mind',
]);

const EN_AUX_END =
  /(?:^| )(?:can|could|will|would|shall|should|may|might|must|do|does|did|is|am|are|was|were|have|has|had)$/;

/** Chinese negators, longest first; each may be followed by fillers before the phrase. */
const ZH_NEGATORS = [
  '没有',
  '没法',
  '无法',
  '拒绝',
  '不肯',
  '不',
  '没',
  // Written Cantonese: 冇 (没), 唔 (不).
  '冇',
  '唔',
  '无',
  '未',
  '别',
  '勿',
  '莫',
  '甭',
];

/** Chinese words a negation reaches across (modals, adverbs, 人 of 没人, 办法 of 没办法). */
const ZH_FILLERS = [
  '可以',
  '愿意',
  '办法',
  '一直',
  '从来',
  '根本',
  '完全',
  '马上',
  '立刻',
  '现在',
  '暂时',
  '还',
  '再',
  '也',
  '都',
  '又',
  '就',
  '并',
  '能',
  '会',
  '要',
  '想',
  '肯',
  '敢',
  '人',
  '给',
  '帮',
  '得',
  '曾',
  '太',
  '好',
  '你',
  '您',
  '我',
];

/** Words holding a negator character that deny nothing (对不起, 特别, 别人, 非常, 不错). */
const ZH_NOT_NEGATIONS = [
  '对不起',
  '不好意思',
  '不客气',
  '不错',
  '不过',
  '不管',
  '不仅',
  '不但',
  '不少',
  '不久',
  '不断',
  '不如',
  '差不多',
  '了不起',
  '不得了',
  '特别',
  '别人',
  '别的',
  '区别',
  '分别',
  '无论',
  '无数',
  '没错',
  '没关系',
  '唔该',
  '唔好意思',
  '毫无疑问',
];

/** The negators of a Chinese yes-no question between two of one word (能不能, 有没有, 係唔係). */
const A_NOT_A = new Set(['不', '没', '沒', '唔', '冇']);

const MAX_WALK = 8;

/** A value in a phrase: digits or a number word. */
const EN_VALUE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|half)\b/;

function enPolarity(text: string, start: number, end: number): Polarity {
  let negations = 0;
  const before = text.slice(Math.max(0, start - 80), start).split(' ');
  if (before[before.length - 1] === '') before.pop();
  // A phrase opening on the conjunction ("or rang") is the second thing of its clause.
  const opening = /^(n?or) /.exec(text.slice(start, end));
  if (opening) before.push(opening[1] as string);
  for (let k = before.length - 1, steps = 0; k >= 0 && steps < MAX_WALK; k--, steps++) {
    // "nobody's rung" is "nobody has rung".
    const said = (before[k] as string).replace(/'s$/, '');
    const word = said.replace(/[^a-z-]/g, '');
    if (word !== said) break; // punctuation closes the clause
    // The second of two things denied together: "nobody came or even rang", "no call nor email".
    if (word === 'or' || word === 'nor') {
      if (word === 'nor' || deniedBefore(before, k)) negations++;
      break;
    }
    if (EN_NEGATORS.has(word) || ableBarely(word, ` ${before[k - 1] ?? ''} `)) {
      const next = before[k + 1] ?? text.slice(start, end).split(' ')[0] ?? '';
      if (EN_IDIOMS.has(`${word} ${next}`)) break;
      // "two centimetres, not almost ten": a value set against the one before the comma is a
      // contrast between two values of the story, not a denial of this one.
      if (word === 'not' && /,$/.test(before[k - 1] ?? '') && EN_VALUE.test(text.slice(start, end)))
        break;
      negations++;
      continue;
    }
    if (!EN_FILLERS.has(word)) break;
  }
  // The phrase ends on an open modal ("i can" in "i can not refund").
  if (EN_AUX_END.test(text.slice(start, end))) {
    const after = /^ (not|never)\b/.exec(text.slice(end, end + 7));
    if (after) negations++;
  }
  return negations % 2 === 1 ? 'negative' : 'positive';
}

/** A negation in the clause before the word at `k` (up to a punctuation mark or MAX_WALK words). */
function deniedBefore(words: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= MAX_WALK; j--) {
    const word = (words[j] as string).replace(/[^a-z-]/g, '');
    if (EN_NEGATORS.has(word)) return true;
    if (word !== words[j]) return false;
  }
  return false;
}

function endsWithAt(text: string, at: number, word: string): boolean {
  return at - word.length >= 0 && text.startsWith(word, at - word.length);
}

/**
 * The negator at `i` between the two halves of a yes-no question (能不能, 有没有, 是不是):
 * 问过能不能用 asks, it denies nothing.
 */
export function yesNoQuestionAt(text: string, i: number): boolean {
  return A_NOT_A.has(text[i] as string) && i > 0 && text[i - 1] === text[i + 1];
}

/** Inside a word like 对不起 / 特别 / 别人 that holds the character at `i` without denying, or a yes-no question. */
export function notNegationAt(text: string, i: number): boolean {
  if (yesNoQuestionAt(text, i)) return true;
  return ZH_NOT_NEGATIONS.some((w) => {
    for (let k = 0; k < w.length; k++) if (text.startsWith(w, i - k)) return true;
    return false;
  });
}

function zhPolarity(text: string, start: number): Polarity {
  let negations = 0;
  let at = start;
  for (let steps = 0; at > 0 && steps < MAX_WALK; steps++) {
    const neg = ZH_NEGATORS.find((w) => endsWithAt(text, at, w));
    if (neg && !notNegationAt(text, at - neg.length)) {
      negations++;
      at -= neg.length;
      continue;
    }
    const filler = ZH_FILLERS.find((w) => endsWithAt(text, at, w));
    if (filler) {
      at -= filler.length;
      continue;
    }
    const denied = DENIED_MODIFIER.exec(text.slice(Math.max(0, at - 10), at));
    if (!denied || notNegationAt(text, at - denied[0].length)) break;
    negations++;
    at -= denied[0].length;
  }
  return negations % 2 === 1 ? 'negative' : 'positive';
}

/**
 * 没有原来的蓬松感, 冇平時嘅香味, 沒有照片上的草莓裝飾: a thing said missing against what it was
 * promised, shown or used to be (a place it was shown in, 原来, 平时, a source that said it) — the
 * denial reaches over that description (up to six characters and 的 / 嘅) to the thing. A denied
 * verb with its object (冇帶我哋揀嘅鹽焗雞) and 不是 (不是您的王莉) do not reach the thing.
 */
const DENIED_MODIFIER =
  /(?:没有|冇|无)(?=[\u4e00-\u9fff]{0,5}(?:上|里|裡|原来|原來|平时|平時|以前|之前|写|寫|说|說|讲|講|标|標)[\u4e00-\u9fff]{0,5}[的嘅]$)[\u4e00-\u9fff]{1,6}?[的嘅]$/;

const JA_NEGATION_AFTER = /^(?:でき|し|され|させ|られ|れ|て|は|も){0,3}(?:ない|ません|なかった|ず)/;

/** The polarity of the normalised range [start, end) of `n`. */
export function polarityAt(n: NormalisedText, start: number, end: number): Polarity {
  const text = n.text;
  if (n.japanese)
    return JA_NEGATION_AFTER.test(text.slice(end, end + 12)) ? 'negative' : 'positive';
  const c = text.charCodeAt(start);
  const prev = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  // A phrase opening on a Han character, or directly after one, is read the Chinese way.
  const han = (x: number) => x >= 0x3400 && x <= 0x9fff;
  return han(c) || han(prev) ? zhPolarity(text, start) : enPolarity(text, start, end);
}

const EN_DENIAL =
  /^(?:(?:did|does|do|has|have|had|was|were|is|are|could|can|will|would) not|not|never|nobody|no one) (.{4,})$/;
const ZH_DENIAL = /^(?:没有人|没人|没有|没|未|不)([\u4e00-\u9fff]{2,})$/;
const ZH_POTENTIAL = /^([\u4e00-\u9fff]+)不([\u4e00-\u9fff]+)$/;

/**
 * The affirmative of a phrase that denies ("never came" → "came", 没收到 → 收到, 打不通 → 打通),
 * or null: saying it is saying the opposite of the phrase.
 */
export function affirmativeOf(normalisedPattern: string): string | null {
  const en = EN_DENIAL.exec(normalisedPattern);
  if (en) return en[1] as string;
  const zh = ZH_DENIAL.exec(normalisedPattern);
  if (zh) return zh[1] as string;
  const potential = ZH_POTENTIAL.exec(normalisedPattern);
  if (potential && normalisedPattern.length >= 3) return `${potential[1]}${potential[2]}`;
  return null;
}
