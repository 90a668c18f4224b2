import { type NormalisedText, originalSpan, readCantonese } from '../text/index.js';
import type { Span } from '../types.js';

/**
 * A Chinese closing check by its structure, not its wording: the last sentence (or the one
 * before a short thanks) is a question or a request to the customer, and what it asks about is
 * the restatement — whether it is right (对得上, 有没有出入, 一不一样, 讲错) or complete (漏了什么,
 * 要补充, 还有别的情况要跟我说). Written Cantonese is read as Mandarin first (有冇 → 有没有).
 */

/** Words that ask to correct or complete what was said: a check wherever they stand in the question. */
const CORRECTION =
  /补充|遗漏|[说讲写记听有]漏|漏[了掉的吗啥]|漏(?:什么|东西|说|讲)|落下|出入|[更修纠指订]正|偏差|[说讲]岔|误会|误解|没(?:有)?(?:提到|说到|讲到)/;

/** Words of rightness that a fact may hold too (订错, 对面): a check only about the restatement. */
const RIGHTNESS =
  /对(?:不对|吗|么|吧|嘛|的|得上|得上号)|不对|啱|是不是这[样么]|是这[样么]|[没有说讲听理解记搞弄]错|错[了的吗]|准(?:确|不准|吗)|正确|一样|一致|相符|符合|吻合|问题/;

/** The question names the restatement or asks the customer's view of it. */
const ABOUT_IT =
  /我[^,.?!]{0,6}?(?:说|讲|理解|总结|复述|重复|整理|概括|归纳|描述|记录|记|听)|(?:这样|这么|以上|上面|刚才|这些)|[您你]看/;

/** More to tell: 还有/另外/其他 … a verb of telling (还有别的情况要跟我说吗, 仲有冇其他要同我讲). */
const MORE_TO_TELL =
  /(?:还有|另外|其他|其它|别的)[^,.?!]{0,10}?(?:说|讲|告诉|交代|提|补充|讲讲|说说)/;

/**
 * "Anything else?" alone closing a restatement (还有别的吗, 仲有冇其他): is it complete — the
 * digest's 还有什么需要补充的吗 with its verb left out.
 */
const ANYTHING_ELSE =
  /^(?:那|那么)?(?:还有|有没有|还有没有)(?:别的|其他|其它)(?:的|情况|事情?|地方)?(?:吗|么|呢|吧)?[?]?$/;

/** A question: a question mark or a question particle at its end, or an A-not-A predicate. */
const QUESTION = /[?]$|[吗嘛么呢吧][~]*$|([对准是有一])[不没]\1/;

/** A request to the customer to correct or tell (请指正, 麻烦您帮我确认一下). */
const REQUEST = /^(?:[您你]?(?:请|麻烦|烦请|劳烦)|如果|如有|若有|有[^,.?!]{0,6}?请)/;
const CONFIRM = /确认/;

/** Letters and digits a closing check may be followed by (a short thanks or sign-off). */
const MAX_AFTER = 12;

/** Where the closing question of a sentence starts (its last clause), if it is a check. */
function checkAt(sentence: string): number | null {
  const body = sentence.replace(/[.?!~\s]+$/, (end) => (end.includes('?') ? '?' : ''));
  const from = Math.max(...[',', ';', ':'].map((c) => body.lastIndexOf(c))) + 1;
  const last = body.slice(from).trim();
  if (last.length === 0) return null;
  const request = REQUEST.test(last);
  if (!QUESTION.test(last) && !request) return null;
  const about =
    CORRECTION.test(last) ||
    MORE_TO_TELL.test(last) ||
    ANYTHING_ELSE.test(last) ||
    (request && CONFIRM.test(last)) ||
    (RIGHTNESS.test(last) && ABOUT_IT.test(body));
  return about ? from + (body.slice(from).length - body.slice(from).trimStart().length) : null;
}

/** The closing check of a Chinese answer by its structure (see above), or null. */
export function chineseCheck(answer: NormalisedText): Span | null {
  if (answer.japanese || !/[\u4e00-\u9fff]/.test(answer.text)) return null;
  const read = readCantonese(answer);
  const text = read.text;
  const sentences = [...text.matchAll(/[^.?!]+[.?!~\s]*/g)];
  for (let k = sentences.length - 1; k >= 0 && k >= sentences.length - 2; k--) {
    const m = sentences[k] as RegExpMatchArray;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = text.slice(end).replace(/[^\p{L}\p{N}]/gu, '');
    if (after.length > MAX_AFTER) break;
    const at = checkAt(m[0]);
    if (at !== null) return originalSpan(read, start + at, start + m[0].trimEnd().length);
  }
  return null;
}
