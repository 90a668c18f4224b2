/**
 * The rule of docs/question-policy.md behind a decision. The languages' rules report a cue
 * ("what", "吗", "invitation:tell-me", "one-fact:when"); its family names the policy rule,
 * so every verdict can say which rule decided it.
 */

export const QUESTION_RULES = [
  'open.describe',
  'open.invitation',
  'open.floor',
  'open.problem',
  'open.list',
  'closed.yes-no',
  'closed.choice',
  'closed.one-fact',
  'closed.confirm',
  'closed.suggestion',
  'closed.no-cue',
] as const;

export type QuestionRule = (typeof QUESTION_RULES)[number];

const BY_FAMILY: Readonly<Record<string, QuestionRule>> = {
  'invitation:anything-help': 'open.floor',
  invitation: 'open.invitation',
  problem: 'open.problem',
  list: 'open.list',
  'one-fact': 'closed.one-fact',
  'yes-no': 'closed.yes-no',
  options: 'closed.choice',
  tag: 'closed.confirm',
  suggestion: 'closed.suggestion',
  'declarative-question': 'closed.no-cue',
  'no-question': 'closed.no-cue',
  empty: 'closed.no-cue',
};

/**
 * The policy rule a decision applied. A bare open cue is a describing wh-word ("what",
 * 怎么, どう); a bare closed cue is yes/no grammar (吗, か, の).
 */
export function ruleOf(decision: { verdict: 'open' | 'closed'; cue: string }): QuestionRule {
  const { cue } = decision;
  const family = cue.includes(':') ? cue.slice(0, cue.indexOf(':')) : cue;
  const rule = BY_FAMILY[cue] ?? BY_FAMILY[family];
  if (rule) return rule;
  return decision.verdict === 'open' ? 'open.describe' : 'closed.yes-no';
}
