import { ParaphraseItem } from '../../src/drills/schema.js';
import type { FreeTextJudge } from '../../src/judge/index.js';

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

/** The status of one fact (`any`) in a restatement of `customer` by the real judge. */
export const factStatus = (
  judge: FreeTextJudge,
  customer: string,
  any: string[],
  answer: string,
  lang: 'en' | 'zh-Hans',
) =>
  judge
    .judge(restatementItem(customer, [['f', any]]), answer, lang)
    .criteria.find((c) => c.id === 'f')?.status;

/** The status of each fact of a restatement of `customer` by the real judge (English), by id. */
export const factStatuses = (
  judge: FreeTextJudge,
  customer: string,
  criteria: [string, string[]][],
  answer: string,
) =>
  Object.fromEntries(
    judge
      .judge(restatementItem(customer, criteria), answer, 'en')
      .criteria.map((c) => [c.id, c.status]),
  );
