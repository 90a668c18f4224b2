/**
 * What each class of question word decides, in every language (the lead's reading of the
 * issue: 哪 is listed among the open cues, and only "how many / how old" ask for one fact).
 *
 * | class      | words                                                        | verdict | confident |
 * |------------|--------------------------------------------------------------|---------|-----------|
 * | describe   | what, how, why · 什么 怎么 如何 为什么 怎样 · 何 どう なぜ どのような | open    | yes       |
 * | which      | which, where · 哪 哪里 哪个 哪些 · どこ どれ どちら どの             | open    | yes       |
 * | when-who   | when, who, what time/date · 什么时候 几点 谁 · いつ 何時 誰 どなた     | open    | no        |
 * | quantity   | how many/much/long/old/often/far · 多少 几 多久 多大 · 何人 いくら 何歳 | closed  | yes       |
 * | ident      | "what is your name/number/email…" · 贵姓 单号是什么 · お名前は        | closed  | yes       |
 *
 * Options ("A or B", A还是B, AとBどちら), tags and yes/no grammar are closed; invitations
 * ("could you tell me more", 有什么需要我帮忙的吗) are open; a wh-word inside "do you know
 * …" decides by its class, without confidence.
 */
import type { Decision, QuestionType } from './types.js';

export type WhClass = 'describe' | 'which' | 'when-who' | 'quantity' | 'ident';

export const WH_POLICY: Readonly<Record<WhClass, { verdict: QuestionType; confident: boolean }>> = {
  describe: { verdict: 'open', confident: true },
  which: { verdict: 'open', confident: true },
  'when-who': { verdict: 'open', confident: false },
  quantity: { verdict: 'closed', confident: true },
  ident: { verdict: 'closed', confident: true },
};

/**
 * The decision for a wh-word of class `cls`. `cue` names the word ("what", "where",
 * "how-many", "ident"); closed classes are reported as "one-fact:<cue>". An embedded
 * wh-clause ("do you know where…") is never confident.
 */
export function whClassDecision(cls: WhClass, cue: string, embedded = false): Decision {
  const { verdict, confident } = WH_POLICY[cls];
  const name = verdict === 'closed' ? `one-fact:${cue}` : `${embedded ? 'embedded:' : ''}${cue}`;
  return { verdict, cue: name, confident: confident && !embedded };
}
