import { hasHan, isHan } from './chars.js';
import { COUPLE_OF_AFTER, EN_NUMBER_WORDS, EN_TENS } from './en-number-words.js';
import { irregularBase, namesEvent, sameKind, sameSense, sensesOf } from './en-senses.js';
import { keptReadings } from './kept.js';
import type { NormalisedText } from './normalise.js';
import {
  ableBarely,
  notNegationAt,
  type Polarity,
  polarityAt,
  yesNoQuestionAt,
} from './polarity.js';

/**
 * A fact said in other words: the content words of an accepted phrase found together in one
 * sentence of the answer, in any order ("delivered grey" in "a grey one was delivered",
 * 付了款 in 款项已经付了, 没人解释 in 也没人给您解释). Words are compared by their stems
 * (English), characters (Chinese, after Traditional → Simplified) and whole numbers, so a
 * value never matches another value (12 is not 21). Negations are not content: a phrase and
 * its window must say the fact the same way round.
 */

/** One unit of text: an English stem, a number, or a Chinese character. */
export interface Unit {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** A word that says nothing about the fact (the, your, 的, 了). */
  readonly filler: boolean;
  /** A negation (not, never, 没, 不). */
  readonly negator: boolean;
}

const EN_FILLERS = new Set(
  (
    'a an the to of and or in on at for with by from is are was were be been being has have had ' +
    'do does did it its this that these those i you your yours my me we us our they them their ' +
    'he she him his her so just only also still then there here what which who as very really ' +
    'all some will would can could shall should may might must about after before again even ' +
    'one ones got get gets getting vs versus am pm now'
  ).split(' '),
);
/** Words that deny what follows them; "lacking the stamp" is "without the stamp". */
const EN_NEGATORS = new Set(
  'not no never nobody nothing none nowhere neither nor without lack lacks lacked lacking'.split(
    ' ',
  ),
);
/**
 * "one was missing the wine", "it arrived missing its lid" deny what follows; "you ended up
 * missing your class" (a verb of the customer's), "the missing roll" do not.
 */
const THING_BEFORE =
  /\b(?:(?<!\b(?:you|we|i|he|she|they) )(?:was|were|is|are)|came|arrived|it|one|which)\s+$/;
const missingThe = (raw: string, text: string, start: number) =>
  raw === 'missing' &&
  THING_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
  /^ (?:the|a|an|its|their|his|her|my|your|our|any|some)\b/.test(text.slice(start + 7, start + 14));
/** Verbs that deny the verb after their "to". */
const FAILED = new Set(['fail', 'fails', 'failed', 'failing', 'neglected']);
const EN_NUMBERS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ...EN_NUMBER_WORDS,
    ['hundred', 100],
    // An ordinal is its number: "the ninth" = "the 9th" = "9".
    ...'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'
      .split(' ')
      .map((w, n) => [w, n + 1] as const),
    // The tens' ordinals ("your dad's seventieth" = "70th").
    ...'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth'
      .split(' ')
      .map((w, n) => [w, 20 + n * 10] as const),
  ].map(([w, n]) => [w, String(n)]),
);
/** The words countWord reads: any other word counts nothing, and is not looked around. */
const COUNT_WORDS = new Set(['couple', 'pair', 'single', 'dozen', 'both']);
/**
 * A count said with a count word: "a couple of" and "a pair of" are two, "a single" one, "both"
 * two, "a dozen" twelve ("half a dozen" six). The number, or undefined.
 */
function countWord(raw: string, text: string, start: number): string | undefined {
  if (!COUNT_WORDS.has(raw)) return undefined;
  const before = text.slice(Math.max(0, start - 9), start);
  const after = text.slice(start + raw.length, start + raw.length + 4);
  if (
    (raw === 'couple' || raw === 'pair') &&
    COUPLE_OF_AFTER.has(/([a-z]+) $/.exec(before)?.[1] ?? '') &&
    after === ' of '
  )
    return '2';
  if (raw === 'single' && /\b(?:a|one) $/.test(before)) return '1';
  if (raw === 'dozen' && /\ba $/.test(before)) return /\bhalf a $/.test(before) ? '6' : '12';
  if (raw === 'both' && /^ [a-z]/.test(after)) return '2';
  return undefined;
}

const TENS = EN_TENS.filter(Boolean);
/** Tens and units said as one number: "twenty-two", "forty eight". */
const EN_COMPOUND = new RegExp(
  `\\b(${TENS.join('|')})[- ](one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\\b`,
  'y',
);
/** The words EN_COMPOUND opens with: a compound starts only at one of them. */
const TENS_WORDS = new Set(TENS);
/**
 * Chinese characters that carry grammar, not the fact: particles, pronouns, degree words; and
 * written Cantonese's (哋 们, 嘅 的, 喺 在, 佢 他, 啦 喇 啰 particles).
 */
const ZH_FILLERS = new Set([
  ...'的了着过地得是在把被给您你我他她它们也都还就又很太个吗呢吧啊呀和与及而却已经才再',
  ...'哋嘅喺佢啦喇啰',
]);
// 冇 and 唔 are written Cantonese's 没 and 不.
const ZH_NEGATORS = new Set([...'没不未无别冇唔']);

/** A rough English stem: inflections and a final e dropped, so "leaking" ~ "leak", "fitted" ~ "fit". */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && /ies$|ied$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(s|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * The units of a normalised text, with their ranges (shared: never changed by a reader). Kept:
 * an item's phrases and its customer's words come back with every answer, and an answer's text
 * is read for each of its phrases.
 */
export const unitsOf: (text: string) => readonly Unit[] = keptReadings(512, (text) => {
  unitReads++;
  return readUnits(text);
});

/** Texts whose units were read (not found read already) so far: tests count it. */
let unitReads = 0;
export const unitTextReads = (): number => unitReads;

/** The content words (or characters) of a normalised text: no fillers, negators or numbers. */
export const contentKeys = (text: string): string[] =>
  unitsOf(text).flatMap((u) => (u.filler || u.negator || /^\d/.test(u.key) ? [] : [u.key]));

/**
 * What a Chinese negation may take before its verb without changing the fact: a modal (不能换 =
 * 不可以换 = 没法换 = 冇得换), 有 (没有收到 = 没收到) and "anyone" (没人接 = 没有人接 denies 接, 没有任何消息 = 没有消息).
 */
const ZH_AFTER_NEGATION = /^(?:能够|可以|办法|任何|有人|能|可|会|得|法|肯|准|许|人|有)+/;

/** 拒绝换 is 不换: 拒绝 before a verb is its negation. */
const ZH_REFUSAL = '拒绝';

/** The negations' modals (see ZH_AFTER_NEGATION) as fillers; 拒绝 as a negation. */
function readNegations(text: string, units: Unit[]): void {
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as Unit;
    let end = u.end;
    if (text.startsWith(ZH_REFUSAL, u.start)) {
      units[k] = { ...u, negator: true };
      end = u.start + ZH_REFUSAL.length;
    } else if (!u.negator || !isHan(u.key.codePointAt(0) as number)) continue;
    const to = end + (ZH_AFTER_NEGATION.exec(text.slice(end))?.[0].length ?? 0);
    for (let n = k + 1; n < units.length && (units[n] as Unit).start < to; n++)
      units[n] = { ...(units[n] as Unit), filler: true };
  }
}

/**
 * A participle denied by its prefix ("unanswered", "unsigned", "unpaid") says its verb with a
 * negation: "went unanswered" is "nobody answered". The verb, or null.
 */
function deniedParticiple(word: string): string | null {
  if (!word.startsWith('un')) return null;
  const m = /^un([a-z]{3,})$/.exec(word);
  const verb = m?.[1];
  if (!verb || !(verb.endsWith('ed') || irregularBase(verb))) return null;
  return sensesOf(verb).size > 0 ? verb : null;
}

/** A word without its possessive 's ("daughter's" → "daughter"). */
const withoutPossessive = (raw: string) => (raw.endsWith("'s") ? raw.slice(0, -2) : raw);

function readUnits(text: string): Unit[] {
  const out: Unit[] = [];
  const re = /[a-z]+(?:'[a-z]+)?|\d+(?:[.:,]\d+)*(?:st|nd|rd|th)?|[\u3400-\u9fff\uf900-\ufaff]/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let raw = m[0];
    const start = m.index;
    const c = raw.codePointAt(0) as number;
    if (isHan(c)) {
      out.push({
        key: raw,
        start,
        end: start + raw.length,
        filler: ZH_FILLERS.has(raw),
        // 别 of 别人, 别的, 特别 and 不 of 能不能 name no denial (as polarity.ts reads them); 差不多 =
        // 没差多少 keeps its 不.
        negator:
          ZH_NEGATORS.has(raw) &&
          !(raw === '别' && notNegationAt(text, start)) &&
          !yesNoQuestionAt(text, start),
      });
    } else if (c >= 0x30 && c <= 0x39) {
      const key = raw.replace(/,/g, '').replace(/(?<=\d)(?:st|nd|rd|th)$/, '');
      out.push({ key, start, end: start + raw.length, filler: false, negator: false });
    } else {
      EN_COMPOUND.lastIndex = start;
      const compound = TENS_WORDS.has(raw) ? EN_COMPOUND.exec(text) : null;
      let number = EN_NUMBERS[raw] ?? countWord(raw, text, start);
      if (compound) {
        raw = compound[0];
        re.lastIndex = start + raw.length;
        number = String(
          Number(EN_NUMBERS[compound[1] as string]) + Number(EN_NUMBERS[compound[2] as string]),
        );
      }
      // "failed to show" is "did not show": the verb before "to" denies the one after it.
      const failed = FAILED.has(raw) && text.startsWith(' to ', start + raw.length);
      const negator =
        failed ||
        EN_NEGATORS.has(withoutPossessive(raw)) ||
        missingThe(raw, text, start) ||
        ableBarely(raw, text.slice(Math.max(0, start - 7), start));
      // "No one" is "nobody": its "one" counts nothing.
      const anyone = raw === 'one' && /\bno[\s-]$/.test(text.slice(Math.max(0, start - 3), start));
      if (anyone) number = undefined;
      const denied = deniedParticiple(raw);
      if (denied) {
        const end = start + raw.length;
        out.push({ key: 'not', start, end, filler: false, negator: true });
        out.push({ key: stem(denied), start, end, filler: false, negator: false });
        continue;
      }
      out.push({
        // "daughter's present" is a present for the daughter.
        key: number ?? stem(withoutPossessive(raw)),
        start,
        end: start + raw.length,
        filler: anyone || (!negator && number === undefined && EN_FILLERS.has(raw)),
        negator,
      });
    }
  }
  readNegations(text, out);
  return out;
}

/** Words before a window's first content word that may mark its end of a route ("from the"). */
const MARK_REACH = 2;

/** Content words (Chinese: characters) from which an accepted wording reads as a whole clause. */
const LONG_WORDING = 4;
const LONG_WORDING_CJK = 4;

/**
 * A phrase with a direction ("Leeds to York", 台北到高雄, 成都飞北京): its order is its sense. A
 * Chinese verb of going marks a route only between two places: 第二次飞 and 送到 name none, and
 * 到 after a verb it completes (收到提醒 "got a reminder", 找到, 轮到) is its result, not a route.
 */
const DIRECTED =
  /\b(?:to|from|into|towards)\b|[→>—-]|\p{L}[往飞至]\p{L}|(?![收拿找看见听接得遇碰买领抢等轮做办想提猜学])\p{L}到\p{L}/u;

/** The window names the phrase's content units in the phrase's order (first occurrences). */
function sameOrder(phrase: readonly Unit[], window: readonly Unit[]): boolean {
  const at = phrase.map((p) => window.findIndex((w) => w.key === p.key));
  return at.every((k, n) => n === 0 || k >= (at[n - 1] as number));
}

/** English marks each end of a route by its preposition, so its order is free. */
const ORIGIN = new Set(['from']);
const DESTINATION = new Set(['to', 'into', 'toward']);

/** Each content unit's end of the route: the last "from" or "to" before it, if any. */
function endsOfRoute(units: readonly Unit[]): Map<string, 'origin' | 'destination'> {
  const ends = new Map<string, 'origin' | 'destination'>();
  let end: 'origin' | 'destination' | null = null;
  for (const u of units) {
    if (ORIGIN.has(u.key)) end = 'origin';
    else if (DESTINATION.has(u.key)) end = 'destination';
    else if (end && !u.filler && !u.negator && !ends.has(u.key)) ends.set(u.key, end);
  }
  return ends;
}

/**
 * The answer keeps the phrase's direction: where both mark a word's end of the route with a
 * preposition ("to Oak Avenue from the station"), the ends agree; where the phrase has no such
 * marks (台北到高雄, A → B), the words come in the phrase's order.
 */
function sameDirection(
  own: readonly Unit[],
  content: readonly Unit[],
  window: readonly Unit[],
  marked: readonly Unit[],
): boolean {
  const phraseEnds = endsOfRoute(own);
  if (phraseEnds.size === 0) return sameOrder(content, window);
  const answerEnds = endsOfRoute(marked);
  return [...phraseEnds].every(([key, end]) => (answerEnds.get(key) ?? end) === end);
}

/** Content words a number may have before the word it counts ("three whole weeks"). */
const NUMBER_REACH = 3;

/**
 * A number in the phrase stays with the word it counts ("two suitcases" is not "the other two
 * arrived … suitcases"): somewhere in the window the number is followed by that word.
 */
function valuesBound(
  phrase: readonly Unit[],
  window: readonly Unit[],
  seen: ReadonlySet<string>,
): boolean {
  return phrase.every((p, n) => {
    const next = phrase[n + 1];
    // A counted word the answer does not say (a wording met in part) binds nothing.
    if (!/^\d/.test(p.key) || !next || !seen.has(next.key)) return true;
    // Or the counted word said just before it ("quoted 22" for "a 22 quote").
    return window.some(
      (w, k) =>
        w.key === p.key &&
        (window.slice(k + 1, k + 1 + NUMBER_REACH).some((x) => x.key === next.key) ||
          window[k - 1]?.key === next.key),
    );
  });
}

const isHanUnit = (u: Unit) => isHan(u.key.codePointAt(0) as number);
const UNTIL = new Set(['until', 'till']);
/** Units after a wording met in part within which its negation may still come. */
const NEGATION_REACH = 2;

/**
 * A Chinese wording met in part whose missing character was a modifier replaced by another
 * one: 领口 for 袖口, 右眼 for 左眼 — the answer's own character stands right before the one
 * the missing one modified, so it names another thing. (English words replaced before their
 * head are as often synonyms, "clipped spot" for "shaved patch": wrong names are judged there.)
 */
function modifierReplaced(
  content: readonly Unit[],
  seen: ReadonlySet<string>,
  units: readonly Unit[],
  from: number,
): boolean {
  const keys = new Set(content.map((u) => u.key));
  return content.some((missing, k) => {
    const head = content[k + 1];
    if (seen.has(missing.key) || !head || !seen.has(head.key) || !isHanUnit(head)) return false;
    return units.some((u, n) => {
      if (n < from || u.key !== head.key) return false;
      const before = units[n - 1];
      return (
        before !== undefined &&
        isHanUnit(before) &&
        before.end === u.start &&
        !before.filler &&
        !before.negator &&
        !keys.has(before.key)
      );
    });
  });
}

/**
 * A window met in part reaches on over the wording's other units right after it (高雄到台|北,
 * 小厅坐|不下), fillers and negations between: where it ends, and the negations it passed.
 */
function fullerTo(
  units: readonly Unit[],
  j: number,
  keys: readonly string[],
  seen: ReadonlySet<string>,
  text: string,
): { to: number; negations: number } {
  let to = j;
  let negations = 0;
  let passed = 0;
  const more = new Set(seen);
  for (let k = j + 1; k < units.length && more.size < keys.length; k++) {
    const u = units[k] as Unit;
    if (/[.?!;,，。？！；、]/.test(text.slice((units[k - 1] as Unit).end, u.start))) break;
    if (u.negator || u.filler) {
      if (u.negator) passed++;
      continue;
    }
    if (!keys.includes(u.key) || more.has(u.key)) break;
    more.add(u.key);
    to = k;
    negations += passed;
    passed = 0;
  }
  return { to, negations };
}

const isEnWord = (text: string, u: Unit) =>
  !u.filler && !u.negator && /^[a-z]/.test(u.key) && /^[a-z]/.test(text.slice(u.start, u.end));
const wordOf = (text: string, u: Unit) => text.slice(u.start, u.end).replace(/'s$/, '');

/**
 * The answer's units with each English word that shares a sense with one of the phrase's content
 * words taking that word's key ("rang" for "called", "hourly" for "every hour"); a two-word verb
 * and one word of the same sense stand for each other ("cancelled" for "called off", "picked it
 * up" for "collected": its particle then counts as a filler). Negations, fillers and numbers keep
 * their own keys, so polarity and values are read as before. `read` is the text's units, as
 * every reader shares them: a particle made a filler is a copy.
 */
function inSameSenses(
  phrase: string,
  own: readonly Unit[],
  text: string,
  read: readonly Unit[],
): readonly Unit[] {
  const words = own.filter((u) => isEnWord(phrase, u));
  if (words.length === 0) return read;
  const units = read.slice();
  const keys = new Set(own.map((u) => u.key));
  const pairs = words.flatMap((u, k) => {
    const next = words[k + 1];
    return next && own.indexOf(next) === own.indexOf(u) + 1
      ? [{ first: u, second: next, word: `${wordOf(phrase, u)} ${wordOf(phrase, next)}` }]
      : [];
  });
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as Unit;
    // A light verb the filler list holds names an event with its particle ("been round", "got back").
    const next = units[k + 1];
    const light =
      u.filler &&
      /^[a-z]/.test(u.key) &&
      next !== undefined &&
      isEnWord(text, next) &&
      namesEvent(`${wordOf(text, u)} ${wordOf(text, next)}`);
    if (keys.has(u.key) || (!isEnWord(text, u) && !light)) {
      out.push(u);
      continue;
    }
    const word = wordOf(text, u);
    // The phrase's two-word verb first: a word of its sense stands for both its words ("failed"
    // for "broke down"), where its verb alone would leave the particle unsaid.
    const pair = pairs.find((p) => sameSense(word, p.word));
    if (pair) {
      out.push({ ...u, key: pair.first.key }, { ...u, key: pair.second.key });
      continue;
    }
    const single = words.find(
      (w) => sameSense(word, wordOf(phrase, w)) || madeSo(word, wordOf(phrase, w)),
    );
    if (single) {
      out.push({ ...u, key: single.key });
      continue;
    }
    // The answer's two-word verb, its object between or not ("picked it up", "called off"),
    // standing for one word of the phrase or for its own two-word verb ("showed up" for
    // "turned up"); a particle the filler list holds counts where the two words name an event
    // ("held on to", "said no").
    const near = [k + 1, k + 2].find((a, n) => {
      const v = units[a];
      if (!v) return false;
      if (n === 0 && (v.filler || v.negator)) return namesEvent(`${word} ${wordOf(text, v)}`);
      return isEnWord(text, v) && (n === 0 || (units[k + 1] as Unit).filler);
    });
    // Else the particle after the verb's object ("picked your three boxes up", "bring the
    // other back").
    const at = [near, particleAfterObject(text, units, k)].find((a) => {
      if (a === undefined) return false;
      const both = `${word} ${wordOf(text, units[a] as Unit)}`;
      return (
        pairs.some((p) => sameSense(both, p.word)) ||
        words.some((w) => sameSense(both, wordOf(phrase, w)))
      );
    });
    if (at !== undefined) {
      const particle = units[at] as Unit;
      const both = `${word} ${wordOf(text, particle)}`;
      const wholePair = pairs.find((p) => sameSense(both, p.word));
      const whole = words.find((w) => sameSense(both, wordOf(phrase, w)));
      if (wholePair)
        out.push({ ...u, key: wholePair.first.key }, { ...u, key: wholePair.second.key });
      else if (whole) out.push({ ...u, key: whole.key });
      units[at] = { ...particle, filler: true, negator: false };
      continue;
    }
    out.push(u);
  }
  return out;
}

/** What ends a clause between two units: a stop, a comma, a colon or a dash. */
const CLAUSE_END = /[.?!;,:\u2014\u2013]|\s-\s/;
/** Content words on each side of a verb that say what it is about (its doer, its object, where). */
const ROLE_REACH = 2;

/** A content word next to a verb, and whether it stands before it. */
interface Anchor {
  word: string;
  key: string;
  before: boolean;
}

/**
 * The content words next to units[k] in its clause, up to ROLE_REACH on each side ("the gap" of
 * "it keeps escaping through the gap", "8" of "took £8 of it and didn't move").
 */
function besideVerb(text: string, units: readonly Unit[], k: number): Anchor[] {
  const out: Anchor[] = [];
  for (const step of [-1, 1]) {
    for (let n = k + step, found = 0; n >= 0 && n < units.length && found < ROLE_REACH; n += step) {
      const [a, b] = step < 0 ? [n, n + 1] : [n - 1, n];
      if (CLAUSE_END.test(text.slice((units[a] as Unit).end, (units[b] as Unit).start))) break;
      const u = units[n] as Unit;
      if (u.filler || u.negator) continue;
      out.push({ word: wordOf(text, u), key: u.key, before: step < 0 });
      found++;
    }
  }
  return out;
}

/**
 * For each of the phrase's words, the content words next to it where the customer said it (or,
 * where they did not, a word of its sense): what their clause has it do, to what ("the gap" of
 * "escaping"), the phrase's other words among them ("ramp" of "the ramp didn't move").
 */
function customerAnchors(
  phrase: string,
  own: readonly Unit[],
  customer: string,
): Map<string, Anchor[]> {
  const said = unitsOf(customer);
  const out = new Map<string, Anchor[]>();
  for (const w of own.filter((u) => isEnWord(phrase, u))) {
    // Where they said the word itself; else a word of its sense ("rang" for the phrase's "called").
    let at = said.flatMap((u, k) => (u.key === w.key ? [k] : []));
    if (at.length === 0)
      at = said.flatMap((u, k) =>
        isEnWord(customer, u) && sameSense(wordOf(customer, u), wordOf(phrase, w)) ? [k] : [],
      );
    out.set(
      w.key,
      at.flatMap((k) => besideVerb(customer, said, k).filter((a) => a.key !== w.key)),
    );
  }
  return out;
}

/**
 * The answer's units with a verb one kind step from one of the phrase's verbs ("budging" for
 * "move", "slipping out" for "escaping": en-senses.ts sameKind) taking that verb's key — only
 * where it retells the customer's clause of that verb: a word next to it is one next to the
 * customer's verb, on the same side ("through the gap" after "escaping" and after "slipping
 * out"; "eight of it" before "didn't move" and before "without budging"). Anywhere else such a
 * verb is too wide; polarity is then read as for any wording, so a kind denied is the fact denied.
 */
function inKinds(
  phrase: string,
  own: readonly Unit[],
  text: string,
  units: readonly Unit[],
  customer: string,
): readonly Unit[] {
  const keys = new Set(own.map((u) => u.key));
  const verbs = own.filter((u) => isEnWord(phrase, u));
  if (verbs.length === 0) return units;
  let anchors: Map<string, Anchor[]> | null = null;
  let told: ReadonlySet<string> | null = null;
  return units.map((u, k) => {
    if (keys.has(u.key) || !isEnWord(text, u)) return u;
    // A word the customer said names their own part of the story ("shave" is no kind of their "trim").
    told ??= new Set(unitsOf(customer).map((c) => c.key));
    if (told.has(u.key)) return u;
    const word = wordOf(text, u);
    const verb = verbs.find((w) => sameKind(word, wordOf(phrase, w)));
    if (!verb) return u;
    anchors ??= customerAnchors(phrase, own, customer);
    const theirs = anchors.get(verb.key) ?? [];
    const retold = besideVerb(text, units, k).some((mine) =>
      theirs.some(
        (a) =>
          a.before === mine.before &&
          (a.key === mine.key ||
            (/^[a-z]/.test(a.key) && /^[a-z]/.test(mine.key) && sameSense(a.word, mine.word))),
      ),
    );
    return retold ? { ...u, key: verb.key } : u;
  });
}

/**
 * An adjective said for the verb made from it by -en ("tight" for "tightened", "loose" for
 * "loosened", "flat" for "flattened"): the verb means "make or become so", which the adjective
 * says as a state or a result ("never pulled tight" is "not tightened"). Irregular participles
 * ending in -en ("written", "hidden") are no such verb.
 */
function madeSo(adjective: string, verb: string): boolean {
  const base = stem(verb);
  if (!base.endsWith('en') || irregularBase(verb) || verb === adjective) return false;
  const root = base.slice(0, -2).replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  return root.length >= 3 && stem(adjective) === stem(root) && sensesOf(root).size > 0;
}

/** Particles a two-word verb may take after its object; "in" and "on" are as often prepositions. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'away', 'over']);
/** Units an object may hold between a verb and its particle ("your three boxes"). */
const OBJECT_REACH = 4;
const JOINERS = new Set(['and', 'or', 'but', 'then', 'to', 'that', 'which', 'who']);

/**
 * The particle of a two-word verb said after its object, within the clause: a transitive
 * particle verb may put its object between its words ("pick the boxes up" = "pick up the
 * boxes"). Its index, or undefined.
 */
function particleAfterObject(text: string, units: readonly Unit[], k: number): number | undefined {
  for (let a = k + 2; a <= k + 1 + OBJECT_REACH; a++) {
    const v = units[a];
    if (!v || v.negator || /[^\s'a-z-]/.test(text.slice((units[a - 1] as Unit).end, v.start)))
      return undefined;
    const said = text.slice(v.start, v.end);
    if (PARTICLES.has(said)) return a;
    // A joiner starts another phrase: "took the boxes and went back" is no "took back".
    if (JOINERS.has(said)) return undefined;
  }
  return undefined;
}

/** Verbs of ceasing: before a gerund, the gerund's verb no longer happens. */
const CEASING = /^(?:stop|stops|stopped|stopping|quit|quits|quitting|cease|ceases|ceased)$/;
/** Fillers a negation may have before its verb ("has not", "did not even"). */
const CEASED_REACH = 3;

/**
 * The answer's units with a denied verb taking the phrase's verb of ceasing: "hasn't uploaded
 * anything" or "won't scan" for "stopped uploading", "stopped scanning" — what stopped doing
 * something no longer does it. Read after the words of one sense took the phrase's keys, so the
 * denied verb may be another of its sense ("hasn't sent" for "stopped transmitting").
 */
function inCeasing(phrase: string, own: readonly Unit[], units: readonly Unit[]): readonly Unit[] {
  const at = own.findIndex(
    (u, k) =>
      CEASING.test(phrase.slice(u.start, u.end)) &&
      /ing$/.test(phrase.slice(own[k + 1]?.start ?? 0, own[k + 1]?.end ?? 0)),
  );
  if (at < 0) return units;
  const stop = own[at] as Unit;
  const verb = (own[at + 1] as Unit).key;
  return units.map((u, k) => {
    if (!u.negator) return u;
    let n = k + 1;
    while (units[n]?.filler && n - k < CEASED_REACH) n++;
    return units[n]?.key === verb ? { ...u, key: stop.key, negator: false } : u;
  });
}

/** A share of a whole said with "of" ("half of them", "a third of the boxes"): its divisor. */
const SHARES: Readonly<Record<string, number>> = { half: 2, third: 3, quarter: 4 };
const SHARE_OF = /^ of (?:them|those|these|the|your|our|their)\b/;

/**
 * The answer's units with a share of the customer's own count taking the number it comes to:
 * "half of them turned up" for "only two came" where the customer had four. Only a number of the
 * phrase whose whole the customer said, so the share is of their count.
 */
function inShares(
  phrase: readonly Unit[],
  text: string,
  units: readonly Unit[],
  customer: string,
): readonly Unit[] {
  const numbers = phrase.filter((u) => /^\d+$/.test(u.key)).map((u) => Number(u.key));
  if (numbers.length === 0) return units;
  const said = new Set(unitsOf(customer).map((u) => u.key));
  return units.map((u) => {
    const by = SHARES[text.slice(u.start, u.end)];
    if (!by || !SHARE_OF.test(text.slice(u.end, u.end + 12))) return u;
    const n = numbers.find((x) => said.has(String(x * by)));
    return n === undefined ? u : { ...u, key: String(n) };
  });
}

/** A thing that never came is missing: the verb of arriving (en-event-senses.ts) denied. */
const arrives = (word: string) => sameSense(word, 'arrive');

/**
 * The answer's units with absence said the other way taking the phrase's words: "thirty never
 * came" for "30 missing" (the denied arrival reads as the phrase's "missing"), and "still no
 * passport" or "the passport is missing" for "hasn't arrived" (a thing the customer named said
 * to be none reads as the phrase's denied arrival).
 */
function inAbsence(
  phrase: string,
  own: readonly Unit[],
  text: string,
  units: readonly Unit[],
  customer: string,
): readonly Unit[] {
  const missing = own.find((u) => !u.negator && wordOf(phrase, u) === 'missing');
  const arrival =
    own.some((u) => u.negator) &&
    own.find((u) => isEnWord(phrase, u) && arrives(wordOf(phrase, u)));
  if (!missing && !arrival) return units;
  const said = arrival ? new Set(contentKeys(customer)) : new Set<string>();
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as Unit;
    const next = units[k + 1];
    if (missing && u.negator && next && isEnWord(text, next) && arrives(wordOf(text, next))) {
      out.push({ ...u, negator: false, filler: true }, { ...next, key: missing.key });
      k++;
      continue;
    }
    if (arrival && wordOf(text, u) === 'missing' && !u.negator) {
      out.push({ ...u, key: 'not', negator: true }, { ...u, key: arrival.key });
      continue;
    }
    const none = arrival && u.negator && wordOf(text, u) === 'no';
    if (none && next && isEnWord(text, next) && said.has(next.key)) {
      // One span, "no passport": the customer's word for the thing alone is not the fact.
      const span = { start: u.start, end: next.end, filler: false };
      out.push(
        { ...span, key: 'not', negator: true },
        { ...span, key: arrival.key, negator: false },
      );
      k++;
      continue;
    }
    out.push(u);
  }
  return out;
}

/**
 * Words that tell someone something, verbs and nouns: denied, each says the customer was not
 * told ("nobody told us", "not informed", "no notice", "with no warning", "not a word").
 */
const TELLING =
  /^(?:tell|tells|telling|told|inform|informs|informed|informing|warn|warns|warned|warning|notify|notified|notice|notification|word|say|says|said|mention|mentioned)$/;

/**
 * The answer's units with a denied word of telling taking the phrase's denied one: "with no
 * warning" or "not a word from anyone" for "nobody told us". The answer's negation stays, so
 * the fact is read the same way round.
 */
function inTelling(
  phrase: string,
  own: readonly Unit[],
  text: string,
  units: readonly Unit[],
): readonly Unit[] {
  if (!own.some((u) => u.negator)) return units;
  const told = own.find((u) => isEnWord(phrase, u) && TELLING.test(wordOf(phrase, u)));
  if (!told || own.filter((u) => !u.filler && !u.negator).length !== 1) return units;
  return units.map((u, k) => {
    if (u.key === told.key || !isEnWord(text, u) || !TELLING.test(wordOf(text, u))) return u;
    // A negation right before it, or with fillers between ("not a word", "without any warning").
    let n = k - 1;
    while (n >= 0 && k - n <= 3 && (units[n] as Unit).filler && !(units[n] as Unit).negator) n--;
    return units[n]?.negator && k - n <= 3 ? { ...u, key: told.key } : u;
  });
}

/** Negations that stand as an object: what was heard, got or sent was none. */
const NONE = new Set(['nothing', 'nobody', 'none', 'no']);

/**
 * A negation right after the words, in their clause, as their object ("heard nothing"), or
 * "nowhere" as their state, fillers between ("the jumpers are still nowhere to be seen").
 */
function deniedAfter(units: readonly Unit[], j: number, text: string): number {
  const end = (units[j] as Unit).end;
  let k = j + 1;
  while (units[k]?.filler) k++;
  const state = units[k];
  if (state && text.slice(state.start, state.end) === 'nowhere')
    return /[^\s'a-z]/.test(text.slice(end, state.start)) ? 0 : 1;
  // Or a thing said to have none: "reception has nothing", "the app still has nothing".
  let n = j + 1;
  while (n - j <= HAVING_REACH && HAVING.has(wordAt(text, units[n]))) n++;
  const next = units[n];
  // A "no" read as a two-word verb's particle ("said no") is no negation.
  if (!next?.negator || !NONE.has(text.slice(next.start, next.end))) return 0;
  return /[^\s'a-z]/.test(text.slice(end, next.start)) ? 0 : 1;
}

/** Words of having and their adverbs, between a thing and the "nothing" it has. */
const HAVING = new Set(['has', 'have', 'had', 'got', 'still', 'now']);
const HAVING_REACH = 3;
const wordAt = (text: string, u: Unit | undefined) => (u ? text.slice(u.start, u.end) : '');

/** Chinese verbs of saying: what follows them is what was said (Cantonese 话 too, not 电话). */
const SAYING = new Set([...'说讲称话']);
const saidAt = (units: readonly Unit[], j: number) =>
  SAYING.has((units[j] as Unit).key) &&
  !((units[j] as Unit).key === '话' && units[j - 1]?.key === '电');

/** Adverbs that may stand between a Chinese topic and the negation of its predicate. */
const ZH_ADVERBS = new Set([...'一直还仍然都也始终从来根本完全并尚至今']);

/**
 * A Chinese topic said first and denied after it (确认邮件一直没到 "the confirmation email never
 * came", 那笔钱至今没到账): right after the window, in its clause, a negation after adverbs only,
 * then the predicate it denies. Counted once, like a negation inside the window.
 */
function deniedAfterTopic(units: readonly Unit[], i: number, j: number, text: string): number {
  // A topic may hold its number (一个月都没消息); it is still a Chinese topic.
  const topic = units.slice(i, j + 1);
  if (!topic.some(isHanUnit) || !topic.every((u) => isHanUnit(u) || /^\d/.test(u.key))) return 0;
  // After a verb of saying the negation is the words reported (店员还说不一定有), not a denial.
  if (saidAt(units, j)) return 0;
  let k = j + 1;
  while (k < units.length && k - j <= 4 && ZH_ADVERBS.has((units[k] as Unit).key)) k++;
  const neg = units[k];
  const verb = units[k + 1];
  if (!neg?.negator || !verb || !isHanUnit(verb) || verb.negator) return 0;
  // The denial is the window's own: nothing but characters between (no clause end).
  return /[^\u3400-\u9fff]/.test(text.slice((units[j] as Unit).end, verb.start)) ? 0 : 1;
}

/**
 * 还没返工完 ("not done reworking yet") is 还在返工 ("still reworking"): a Chinese negation of a
 * verb the customer said was going on (在 before it), with 完 right after the window, denies
 * that it is finished, not that it happens. Counted once more, it cancels that negation.
 */
function stillGoing(window: readonly Unit[], text: string, end: number, customer: string): number {
  if (text[end] !== '完') return 0;
  return window.some((u, k) => {
    const verb = window[k + 1];
    return u.negator && verb !== undefined && isHanUnit(verb) && customer.includes(`在${verb.key}`);
  })
    ? 1
    : 0;
}

/** Chinese "then" after a denied verb of its own: 没通知就…, 不说一声便…. */
const THEN = new Set([...'就便']);

/** Units before a window that a denial may stand at and still bind it ("no single call"). */
const DENIAL_REACH = 3;

/** Words that set apart what a denial leaves out: "nothing beyond an auto-reply" had the reply. */
const EXCEPT = new Set(['but', 'except', 'beyond', 'besides', 'apart', 'than']);

function deniedJustBefore(units: readonly Unit[], i: number, text: string): boolean {
  // Words a negation takes before its verb (没有任何) do not count against the reach.
  for (let k = i - 1, reach = 0; k >= 0 && reach < DENIAL_REACH; k--) {
    const u = units[k] as Unit;
    if (/[^\s']/.test(text.slice(u.end, (units[k + 1] as Unit).start))) return false;
    if (EXCEPT.has(text.slice(u.start, u.end))) return false;
    if (u.negator) return true;
    if (!u.filler) reach++;
  }
  return false;
}

/** Most units a window may hold beyond the phrase's own (fillers, words between). */
const SLACK = 4;

export interface ContentMatch {
  start: number;
  end: number;
  /** The words of a phrase with a direction, said the other way round (高雄到台北 for 台北到高雄). */
  reversed?: true;
}

/**
 * Whether a one-word phrase may be met by another form of its word: only when the customer
 * said the fact in another form than the phrase ("leak" written for "started leaking"), so
 * the phrase is the author's short form of the customer's word; a word the customer said as
 * written ("work" in "I work from home") keeps its sense ("stopped working" is not it).
 */
function inflectable(phrase: string, key: string, customer: NormalisedText): boolean {
  return unitsOf(customer.text).some(
    (u) => u.key === key && customer.text.slice(u.start, u.end) !== phrase,
  );
}

/** Whether the customer said a word of this key, in any form. */
const customerSaid = (key: string, customer: NormalisedText) =>
  unitsOf(customer.text).some((u) => u.key === key);

/** A passive of one verb (被撬, 被偷了): its doer may stand between (被人撬了, 被小偷偷走). */
const PASSIVE = /^被([\u3400-\u9fff])[了掉走]?$/;
/** Characters a doer may take between 被 and its verb (人, 小偷, 别人家). */
const DOER_REACH = 3;
/** Characters the thing fronted by 把 may take before the verb (它, 申请, 您的提现申请). */
const FRONTED_REACH = 6;

/**
 * Where the answer says the phrase's passive with a doer between 被 and the verb, or the same act
 * with the thing it was done to fronted by 把 (把它拒了, 把申请退了回去 for 被拒, 被退), if it does.
 */
function passiveRetold(
  phrase: string,
  answer: NormalisedText,
  wanted: readonly Polarity[],
): ContentMatch | null {
  const verb = PASSIVE.exec(phrase)?.[1];
  if (!verb) return null;
  const said = new RegExp(
    `被[\\u3400-\\u9fff]{1,${DOER_REACH}}?${verb}|把[\\u3400-\\u9fff]{1,${FRONTED_REACH}}?${verb}`,
    'g',
  );
  for (const m of answer.text.matchAll(said)) {
    const start = m.index;
    const end = start + m[0].length;
    if (wanted.includes(polarityAt(answer, start, end))) return { start, end };
  }
  return null;
}

/**
 * The first window of one sentence of the answer holding every content unit of `phrase`
 * (normalised), with the phrase's negations matched by negations in the window, read in
 * one of the `wanted` polarities (failing that, a directed phrase's words in reverse order,
 * marked `reversed`). Needs at least two content units (one word or character
 * alone is too common), or one English word the customer said in another form (see
 * `inflectable`) or, where it is wide, one the customer said, which another word of its sense
 * ("woodland" for their "forest") restates; phrases with gaps are not tried.
 */
export function findContent(
  phrase: string,
  answer: NormalisedText,
  wanted: readonly Polarity[],
  customer: NormalisedText,
  wide = false,
): ContentMatch | null {
  if (phrase.includes('...')) return null;
  const own = unitsOf(phrase);
  const keys = [...new Set(own.filter((u) => !u.filler && !u.negator).map((u) => u.key))];
  const single = own.length === 1 && /^[a-z]+$/.test(phrase);
  const phraseNegations = own.filter((u) => u.negator).length;
  // One word denied ("nobody called", "not collected") is a fact, as one word alone is not.
  const denied = wide && keys.length === 1 && phraseNegations > 0;
  if (wide && keys.length === 1 && phraseNegations === 0) {
    const passive = passiveRetold(phrase, answer, wanted);
    if (passive) return passive;
  }
  // One word of an event (en-event-senses.ts) may be met in its other words where it is wide.
  const event = wide && single && namesEvent(phrase);
  if (
    keys.length < 2 &&
    !denied &&
    !event &&
    !(
      single &&
      ((wide && customerSaid(keys[0] as string, customer)) ||
        inflectable(phrase, keys[0] as string, customer))
    )
  )
    return null;
  const content = own.filter((u) => !u.filler && !u.negator);
  const ordered = DIRECTED.test(phrase);
  // A word the customer said as written keeps its sense in its own forms ("work" is not
  // "working"): only another word of its sense restates it.
  const swappedOnly = single && !event && !inflectable(phrase, keys[0] as string, customer);
  const read = wide
    ? inShares(
        own,
        answer.text,
        inAbsence(
          phrase,
          own,
          answer.text,
          inTelling(
            phrase,
            own,
            answer.text,
            inCeasing(
              phrase,
              own,
              inKinds(
                phrase,
                own,
                answer.text,
                inSameSenses(phrase, own, answer.text, unitsOf(answer.text)),
                customer.text,
              ),
            ),
          ),
          customer.text,
        ),
        customer.text,
      )
    : unitsOf(answer.text);
  const units = swappedOnly
    ? read.map((u) =>
        u.key === keys[0] && stem(wordOf(answer.text, u)) === u.key ? { ...u, key: '' } : u,
      )
    : read;
  const limit = keys.length * 2 + SLACK;
  // A wording as long as a clause is an example: most of its words, and every number, say it.
  const long = keys.length >= (hasHan(phrase) ? LONG_WORDING_CJK : LONG_WORDING);
  const need = long ? Math.ceil(keys.length * 0.75) : keys.length;
  const numbers = keys.filter((k) => /^\d/.test(k));
  let reversed: ContentMatch | null = null;
  for (let i = 0; i < units.length; i++) {
    if (!keys.includes((units[i] as Unit).key)) continue;
    const seen = new Set<string>();
    let negations = 0;
    let contentSeen = 0;
    let mismatchAt: number | undefined;
    let denied: 'none' | 'open' | 'other' = 'none';
    for (let j = i; j < units.length && contentSeen < limit; j++) {
      const u = units[j] as Unit;
      if (!u.filler) contentSeen++;
      // "Not … until one" says when it happened, not that it did not ("came at one").
      if (negations > 0 && UNTIL.has(answer.text.slice(u.start, u.end))) negations--;
      if (j > i && /[.?!;]/.test(answer.text.slice((units[j - 1] as Unit).end, u.start))) break;
      if (u.negator) negations++;
      // 冇问过你就将船移咗: a denied verb of its own, then 就, tells how it was done (without
      // asking), not that the wording's verb was not done.
      denied = u.negator
        ? 'open'
        : denied === 'open' && !u.filler && !keys.includes(u.key)
          ? 'other'
          : denied;
      if (!u.filler && keys.includes(u.key)) denied = 'none';
      if (denied === 'other' && THEN.has(u.key)) {
        negations--;
        denied = 'none';
      }
      if (keys.includes(u.key)) seen.add(u.key);
      if (seen.size < need || !numbers.every((k) => seen.has(k))) continue;
      const window = units.slice(i, j + 1).filter((w) => !w.filler && !w.negator);
      const said = content.filter((u) => seen.has(u.key));
      if (!valuesBound(content, window, seen)) break;
      if (seen.size < keys.length && modifierReplaced(content, seen, units, i)) break;
      const start = (units[i] as Unit).start;
      const fuller = fullerTo(units, j, keys, seen, answer.text);
      const end = (units[fuller.to] as Unit).end;
      const outside = polarityAt(answer, start, end) === 'negative' ? 1 : 0;
      const after =
        seen.size === keys.length
          ? deniedAfter(units, fuller.to, answer.text) ||
            deniedAfterTopic(units, i, fuller.to, answer.text)
          : 0;
      // "without a single call": a denial just before the words, read where it is wide.
      const near = wide && !outside && deniedJustBefore(units, i, answer.text) ? 1 : 0;
      const still = stillGoing(units.slice(i, fuller.to + 1), answer.text, end, customer.text);
      const flipped =
        (negations + fuller.negations + phraseNegations + outside + after + near + still) % 2 === 1;
      const polarity: Polarity = flipped ? 'negative' : 'positive';
      if (!wanted.includes(polarity)) {
        // A wording met in part may have its negation just after ("钱扣了钻石没进来").
        mismatchAt ??= j;
        if (j - mismatchAt < NEGATION_REACH && seen.size < keys.length) continue;
        break;
      }
      const marked = units.slice(Math.max(0, i - MARK_REACH), j + 1);
      if (ordered && !sameDirection(own, said, window, marked)) {
        // Numbers alone ("1 to 3") name a span, not a route: out of order they are no reversal
        // ("three hundred pounds … from one till three").
        if (numbers.length < keys.length) reversed ??= { start, end, reversed: true };
        break;
      }
      return { start, end };
    }
  }
  return reversed;
}
