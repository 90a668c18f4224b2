import { hasHan, isHan } from '../text/chars.js';
import { type NormalisedText, readCantonese } from '../text/index.js';
import { ZH_DEGREE_FEELINGS, ZH_FEELINGS } from './cues.js';

/** Every Chinese feeling word. */
const WORDS = [...new Set([...ZH_FEELINGS, ...ZH_DEGREE_FEELINGS])];

/**
 * What stands right before a feeling said of someone: the person (我很急, 您着急), a degree or
 * sentence adverb (很, 太, 真是, 真的, 都, 一直, 已经, 快), a modal (会), a causer (让人, 害我) or a
 * complement marker (气得, 急到).
 */
const SAID_OF =
  /(?:[我你您他她它们們人很好太超真挺蛮最常别分当点都也又就还還更是得到让讓令叫使害被给給直经經快较較越再总總老才却卻而然仍只会會]|真的)$/;

/** What may follow a feeling said of someone: an aspect, a complement or a particle (急死了, 气坏了). */
const COMPLEMENT = /[了着著过過得地的死坏壞透极極住起来來去到完啊呀吧呢嘛啦喇咯哦喔嘅咗晒]/;

/** A count of times right after a verb (白跑了四趟, 白跑三次): the event told with its number. */
const COUNTED = /^了?[一二两三四五六七八九十几\d]+[趟次回遍转]/;

/** Put over a feeling word that is the customer's thing: no Han character, no cue holds it. */
const MASK = '〇';

/**
 * The answer with every Chinese feeling word masked that stands inside the customer's own thing
 * or event told back: a compound (the word and the noun character after it, said together in the
 * customer's text with a modifier or a word it is part of before it, not a person, adverb or
 * causer: 二級壓力襪, 在急诊, 加急费, 电压力锅), or the verb of an event counted, said with the
 * customer's count (白跑了四趟). There the word names a pressure stocking, the emergency room, a
 * rush fee or the trips wasted, not how the customer feels; the same word said of the customer
 * (我压力很大, 我一直担心孩子, 真的烦透了) stays a feeling.
 */
export function withoutStoryFeelings(
  read: NormalisedText,
  customer: NormalisedText | undefined,
): NormalisedText {
  // Every feeling word is Chinese: an answer in another script (most English answers) has none.
  if (!customer || !hasHan(read.text)) return read;
  const heard = readCantonese(customer).text;
  const text = read.text.split('');
  let masked = false;
  for (const w of WORDS) {
    for (let i = read.text.indexOf(w); i >= 0; i = read.text.indexOf(w, i + 1)) {
      const end = i + w.length;
      if (inLongerFeeling(read.text, i, w)) continue;
      if (
        !compoundOfTheirs(heard, w, read.text[end]) &&
        !countOfTheirs(heard, w, read.text.slice(end))
      )
        continue;
      text.fill(MASK, i, end);
      masked = true;
    }
  }
  return masked ? { ...read, text: text.join('') } : read;
}

/** Whether the customer says the feeling word and the noun character after it inside a word of theirs. */
function compoundOfTheirs(heard: string, word: string, next: string | undefined): boolean {
  if (next === undefined || !isHan(next.charCodeAt(0)) || COMPLEMENT.test(next)) return false;
  const run = word + next;
  for (let j = heard.indexOf(run); j >= 0; j = heard.indexOf(run, j + 1)) {
    const before = heard.slice(Math.max(0, j - 2), j);
    if (!isHan(before.charCodeAt(before.length - 1)) || SAID_OF.test(before)) continue;
    if (inLongerFeeling(heard, j, word)) continue;
    return true;
  }
  return false;
}

/** Whether the answer tells the word with a count after it, as the customer did (白跑了四趟). */
function countOfTheirs(heard: string, word: string, after: string): boolean {
  const count = COUNTED.exec(after);
  return count !== null && heard.includes(word + count[0]);
}

/** Whether the feeling word at `at` is part of a longer one there (急 of 着急, 怕 of 害怕). */
function inLongerFeeling(text: string, at: number, word: string): boolean {
  return WORDS.some((v) => {
    const o = v.length > word.length ? v.indexOf(word) : -1;
    return o >= 0 && text.startsWith(v, at - o);
  });
}
