import {
  AskItem,
  type FreeTextItem,
  ParaphraseItem,
  RewriteItem,
  type RoleplayItem,
  type RoleplayTurn,
} from '../drills/schema.js';

/**
 * The free-text item a turn is judged as: a question turn is an `ask` item, a restatement a
 * `paraphrase` of the customer's line, and an approved-phrase or procedure step a `rewrite`
 * (no forbidden phrase, plus the turn's criteria). The judges see nothing new. Built through
 * the item schemas, so fields the free-text kinds gain later get their defaults here too.
 */
export function turnItem(item: RoleplayItem, turn: RoleplayTurn): FreeTextItem {
  const base = {
    id: `${item.id}-${turn.id}`,
    prompt: turn.task,
    explanation: turn.task,
    criteria: turn.criteria,
    model_answer: turn.model,
    ...(item.skill ? { skill: item.skill } : {}),
  };
  switch (turn.expect) {
    case 'open-question':
    case 'closed-question':
      return AskItem.parse({
        ...base,
        kind: 'ask',
        scenario: `${item.scenario.where} ${turn.customer}`,
        require: turn.expect === 'open-question' ? 'open' : 'closed',
      });
    case 'restate':
      return ParaphraseItem.parse({
        ...base,
        kind: 'paraphrase',
        customer: turn.customer,
        feeling: turn.feeling,
        check: turn.check,
      });
    case 'phrase':
    case 'step':
      return RewriteItem.parse({
        ...base,
        kind: 'rewrite',
        original: turn.customer,
        avoid: turn.avoid,
      });
  }
}
