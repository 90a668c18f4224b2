/**
 * Hostile questions: a question that attacks, blames or brushes off the customer ("What's
 * your problem?", 你到底想怎么样?, 一体何なんですか). The training digest (§3, step 1) says an
 * opener must not attack the customer or hunt for their fault; such a turn is no opener at
 * all, whatever its grammar. Three families, each a shape rather than a sentence:
 * - person: the customer is the problem (what's your problem / wrong with you, 你有什么毛病);
 * - impatience: "what do you want now", 到底想怎么样, 有完没完, 一体何, 何度言えば;
 * - blame: rhetorical negatives that say the customer failed (can't you read, why didn't you,
 *   你怎么又, 你不会自己看吗, わからないんですか).
 * Rules read normalised text: lower-case English with contractions expanded, Chinese in
 * Simplified, Japanese as written.
 */
import type { Script } from '../text/index.js';

export type HostileFamily = 'person' | 'impatience' | 'blame';

const RULES: Readonly<Record<Script, ReadonlyArray<readonly [HostileFamily, RegExp]>>> = {
  en: [
    [
      'person',
      /\bwhat(?: is|s) (your|ur) (problem|deal|issue)\b(?! with (the|your|this|that|my|our|a|an|its) )|\bwhat(?: is|s) (wrong|the matter|up) with (you|u)\b|\bwhat(?: is|s) with (you|u)\b/,
    ],
    [
      'impatience',
      /\bwhat (else )?(do|did|could|can) you (possibly )?want (now|again|this time|from (me|us))\b|\bwhat (is it|now) (now|this time|again)\b|^(so )?(what now|now what)\b|\bhow many times do (i|we) have to\b|\bwhat did you expect\b|\b(what|why|how|who|where) (the hell|the heck|on earth|in the world)\b/,
    ],
    [
      'blame',
      /\b(can|could|do|did|will) not you (just )?(read|understand|listen|follow|pay attention)\b|\b(why|how come) (can|could|did|do|will|would) not you\b|\bare you (stupid|deaf|blind|serious|kidding|joking|even listening|not listening)\b|\bdo you (even|ever) (listen|read|understand)\b|\bwhy (are|were) you (always|so|being so)\b|\bwhy do you (always|keep)\b/,
    ],
  ],
  zh: [
    ['person', /你(到底|究竟)?(有|是)(什么|啥)毛病|你(到底|究竟)(有|是)(什么|啥)问题/],
    [
      'impatience',
      /(你|您)?(到底|究竟)(想|要)(怎么样|怎样|干什么|干嘛|干啥|怎么着)|你还?(想|要)(怎么样|怎样|干什么|干嘛|干啥)|(你|您)[^,.?!]{0,8}(干嘛|干啥)|又(怎么了|怎么啦)|(有完没完|烦不烦|够了没有)/,
    ],
    [
      'blame',
      /你(怎么|咋)(又|老是|总是|连|就不能|还不)|你(是不是)?(听不懂|看不懂|不识字|傻|瞎|没长眼|有病)|(你|您)(就)?不会自己|(你|您)(没|不)(看|读)(过)?(说明|说明书)/,
    ],
  ],
  ja: [
    ['person', /(何|なに|なん)が(不満|気に入らない|言いたい)(なん|の)/],
    [
      'impatience',
      /(一体|いったい)(何|なに|なん|どう)|また(何|なに|なん)(なん)?(です|だ)|何度(言|いっ|説明)|どうしろと/,
    ],
    [
      'blame',
      /(わから|分から|読ま|読んでい?な|聞いてい?な|見てい?な)(ない|かった)?んですか|ちゃんと(読|見|聞)/,
    ],
  ],
};

/** What a better opener sounds like, in the language of the hostile question. */
export const BETTER_OPENER: Readonly<Record<Script, string>> = {
  en: 'How can I help you today? / Could you tell me what happened?',
  zh: '请问有什么可以帮您的？能跟我说说发生了什么吗？',
  ja: 'どうなさいましたか。詳しくお聞かせいただけますか。',
};

/**
 * Good news for the customer in the sentence after a "why didn't you…" ("…your birthday? Dessert
 * is on us."): the question was a surprise, not a reproach. English only, normalised text.
 */
const GOOD_NEWS_AFTER =
  /\b(?:is|are) on us\b|\bon the house\b|\bwith our compliments\b|\bour treat\b|\bcomplimentary\b|\bfree of charge\b|\b(?:we|i) will (?:refund|replace|cover|waive|upgrade|credit|send you|give you)\b/;

/** Whether the sentence after a blaming question turns it into service (see GOOD_NEWS_AFTER). */
export function goodNewsAfter(script: Script, next: string | undefined): boolean {
  return script === 'en' && next !== undefined && GOOD_NEWS_AFTER.test(next);
}

/** The family of hostility in one sentence (normalised, in `script`), or null. */
export function hostileFamily(script: Script, sentence: string): HostileFamily | null {
  for (const [family, re] of RULES[script]) if (re.test(sentence)) return family;
  return null;
}
