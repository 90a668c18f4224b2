import type { FreeTextItem, RoleplayItem, RoleplayTurn } from '../drills/schema.js';

/**
 * The free-text item a turn is judged as: a question turn is an `ask` item, a restatement a
 * `paraphrase` of the customer's line, and an approved-phrase or procedure step a `rewrite`
 * (no forbidden phrase, plus the turn's criteria). The judges see nothing new.
 * Written out rather than parsed through the item schemas: the schema module (zod) would load
 * with every interactive session before its first prompt. The result is typed as the schemas'
 * output, so a field the free-text kinds gain with a default does not compile here until it is
 * set, and a test checks the result is what the schemas would have made of it.
 */
export function turnItem(item: RoleplayItem, turn: RoleplayTurn): FreeTextItem {
  const base = {
    id: `${item.id}-${turn.id}`,
    prompt: turn.task,
    explanation: turn.task,
    points: 1,
    tags: [],
    criteria: turn.criteria,
    model_answer: turn.model,
    examples: [],
    ...(item.skill ? { skill: item.skill } : {}),
  };
  switch (turn.expect) {
    case 'open-question':
    case 'closed-question':
      return {
        ...base,
        kind: 'ask',
        scenario: `${item.scenario.where} ${turn.customer}`,
        require: turn.expect === 'open-question' ? 'open' : 'closed',
      };
    case 'restate':
      return {
        ...base,
        kind: 'paraphrase',
        customer: turn.customer,
        feeling: turn.feeling,
        check: turn.check,
      };
    case 'phrase':
    case 'step':
      return { ...base, kind: 'rewrite', original: turn.customer, avoid: turn.avoid };
  }
}
