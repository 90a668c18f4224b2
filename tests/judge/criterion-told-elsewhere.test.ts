import { expect, test } from 'vitest';
import { matchCriterion, prepareAnswer } from '../../src/judge/text/index.js';

// A rubric's accepted wording the customer never used literally ("台北到高雄" for a customer who
// said 从台北坐车去高雄): an answer with the direction turned round is still a contradiction,
// judged without a crash, and says what the customer said where it can be found.
test('a reversed direction against a fact the customer said in other words', () => {
  const customer = prepareAnswer('我上周五从台北坐车去高雄，车票一百八十块。');
  const criterion = { id: 'route', label: 'Route', any: ['台北到高雄'], weight: 1 };
  const result = matchCriterion(criterion, prepareAnswer('您是从高雄到台北的，对吗？'), customer);
  expect(result.status).toBe('contradicted');
  expect(result.said).toContain('高雄到台北');
});
