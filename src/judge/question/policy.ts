/**
 * What each class of question word decides, in every language (docs/question-policy.md:
 * the training digest, section 1, with MITI 4.2.1 as the tie-breaker). Closed = answerable
 * with yes/no, a choice, or one specific fact; open = invites the customer to describe.
 *
 * | class      | words                                                        | verdict | confident |
 * |------------|--------------------------------------------------------------|---------|-----------|
 * | describe   | what, how, why · 什么 怎么 如何 为什么 怎样 · 何 どう なぜ どのような | open    | yes       |
 * | which      | which, where · 哪 哪里 哪个 · どこ どれ どちら どの                 | closed  | yes       |
 * | when-who   | when, who, what time/date · 什么时候 几点 谁 · いつ 何時 誰 どなた     | closed  | yes       |
 * | quantity   | how many/much/long/old/often/far · 多少 几 多久 多大 · 何人 いくら 何歳 | closed  | yes       |
 * | ident      | "what is your name/number/email…" · 贵姓 单号是什么 · お名前は        | closed  | yes       |
 *
 * "What + a fact noun" (what model / colour, 什么型号) and the thing bought (what did you
 * order, 买了什么) are read by the languages' rules as class which: one fact.
 *
 * Two exceptions make which/where open, because the answer is a description: the place or
 * part asked about is the problem itself or the customer's view of it (哪里不舒服, "where
 * does it hurt", 问题出在哪儿, どれが使いにくいと感じますか: cue "problem:<word>"), and a
 * list the customer fills in (哪些, 哪方面: cue "list:<word>").
 *
 * Options ("A or B", A还是B, AとBどちら), tags and yes/no grammar are closed; invitations
 * ("could you tell me more", 有什么需要我帮忙的吗) are open; a wh-word inside "do you know
 * …" decides by its class, without confidence.
 */
import { type Decision, open, type QuestionType } from './types.js';

export type WhClass = 'describe' | 'which' | 'when-who' | 'quantity' | 'ident';

export const WH_POLICY: Readonly<Record<WhClass, { verdict: QuestionType; confident: boolean }>> = {
  describe: { verdict: 'open', confident: true },
  which: { verdict: 'closed', confident: true },
  'when-who': { verdict: 'closed', confident: true },
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

/**
 * A which/where question about the problem itself or the customer's view ("where does it
 * hurt", 哪里不满意): open. `describesProblem` is the language's test on the sentence.
 */
export function whichDecision(cue: string, describesProblem: boolean, embedded = false): Decision {
  if (describesProblem) return open(`problem:${cue}`, !embedded);
  return whClassDecision('which', cue, embedded);
}
