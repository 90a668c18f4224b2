import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Chinese questions that attack the customer by their structure, not by a listed phrase (folded
 * text: Simplified, 您 as 你, marks as , . ? !). A challenge: the customer persisting against a state
 * (课都上完了还想退钱…? / 孩子都这么大了还用…?; not 还没…, nor the closing 都记下了，还有别的吗?), a question closing on what-for or whose-fault
 * (…图什么? / …做乜? / 出了事怪谁?), the customer's act done without its check (你不看合同就签字的吗?),
 * by what right our side should act (…,凭什么要我们赔? / 凭乜要我哋负责?; 凭 "with" in a statement,
 * 凭小票可以退, asks nothing), or the agent's side taken for something it is not (你当我们会变魔术? / 你以为我们…?). A doubt: the
 * customer's account questioned as a mistake (你会不会记错?) or as a thing really done (你真的每次都
 * 按时还了吗? / Cantonese 你真系…咩?). Each reads one question sentence; a condition or a polite
 * opener (请问) before it makes it an ordinary question.
 */
const CHALLENGES = [
  /都[^,.!?]{0,8}?(?:了|咗|晒)[,\s]?(?:还|仲|仍然)(?!没|不|未|冇|唔|是没|是不|有|需|(?:要|想要?)(?:别|其他|什么|啲))[^.!?]*\?/u,
  /(?:图什么|图啥|图个啥|为了啥|做乜|做咩|怪谁|怨谁|赖谁|怪边个)[呢啊呀吖嘞]*\?$/u,
  /你[^,.!?]{0,4}?(?:不|没|唔|冇)(?:看|读|问|查|量|试|睇|检查|确认|看清楚|问清楚)[^,.!?]{0,6}?就[^,.!?]{1,8}?\?$/u,
  /(?:凭什么|凭啥|凭乜|凭咩)(?:要|让|叫|由)?(?:我们|我哋|我|咱们)/u,
  /你(?:是)?(?:当|以为)(?:我们|我哋|这里|这儿|呢度)(?![^.!?]*(?:什么|怎么|哪|几|多少|点样|乜|边))[^.!?]*\?$/u,
];
/**
 * The customer's wish for the agent's act put back to them as a yes/no question (您是想让我们赔您一辆
 * 新车吗? / 你系咪想我哋变个新嘅出嚟呀? / 你是要我们半夜去修喔?): the demand read back as an overreach.
 * A wh-word or an either-or (你想我哋点样处理? / …还是换货?) asks what they want, and a tag (…,对吗?)
 * checks what was heard.
 */
const WISHES = [
  /你(?:是|系)?(?:不是|唔系|咪)?(?:想|要)(?:让|叫)?(?:我们|我哋)(?![^.!?]*(?:什么|怎么|哪|几|多少|点|乜|边|咩|还是|定系|定还是|如何|对吗|对不对|啱唔啱|是吗|系咪))[^.!?]*\?$/u,
];
const DOUBTS = [
  /你(?:会不会|是不是|系唔系|是否)[^.!?]{0,8}?(?:记错|看错|听错|搞错|弄错|搞混|弄混|记混|算错|填错|写错|输错|睇错|拿错|用错|按错)[^.!?]*\?$/u,
  /你真的(?![^,.!?]*(?:不|没|要|想|需要|打算|确定))[^,.!?]{0,12}?(?:了|过)(?:吗|么)?\?$/u,
  /你真系(?![^,.!?]*(?:唔|冇|要|想|需要|打算))[^,.!?]{1,12}?咩\?$/u,
];
const ORDINARY = /如果|要是|假如|万一|请问|想问|麻烦问/;
/** A question sentence with no condition or polite opener (请问) before it: one that may be pointed. */
export const pointedQuestion = (sentence: string): boolean =>
  sentence.endsWith('?') && !ORDINARY.test(sentence);

/** The list entries that word the flags. */
export const CHALLENGE_ENTRY_ZH = 'g-rhetoric-zh';
export const DOUBT_ENTRY_ZH = 'g-doubt';

/** The first form of `forms` in a question sentence of folded text `t`, to the sentence's end. */
function firstAt(
  t: string,
  forms: readonly RegExp[],
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e);
    if (!pointedQuestion(sentence)) continue;
    for (const re of forms) {
      const m = re.exec(sentence);
      if (m) return [s + m.index, e];
    }
  }
  return undefined;
}

/**
 * The first challenge in folded text `t`, as a [start, end) range; else a wish read back as an
 * overreach, not when the agent goes on to act (您是要我们寄到公司吗？我马上改地址), which makes it
 * a check of the request.
 */
export const challengeAtZh = (
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined =>
  firstAt(t, CHALLENGES, runOn) ?? unlessActedOn(t, firstAt(t, WISHES, runOn), list, runOn);

/**
 * The first doubt of the customer's account in folded text `t`, as a [start, end) range: not when
 * the agent goes on to check it (您是不是记错日期了？我再帮您查一下).
 */
export const doubtAtZh = (
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined => unlessActedOn(t, firstAt(t, DOUBTS, runOn), list, runOn);

function unlessActedOn(
  t: string,
  range: [number, number] | undefined,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return range && !wayForward(t, range[1], range[1], list, runOn) ? range : undefined;
}
