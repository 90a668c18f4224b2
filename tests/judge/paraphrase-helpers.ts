import { ParaphraseItem } from '../../src/drills/schema.js';

/** A restatement item: the customer's words and its criteria as [id, phrases]. */
export const restatementItem = (customer: string, criteria: [string, string[]][]) =>
  ParaphraseItem.parse({
    id: 'r',
    kind: 'paraphrase',
    prompt: 'p',
    explanation: 'e',
    model_answer: 'm',
    customer,
    criteria: criteria.map(([id, any]) => ({ id, label: id, any })),
  });
