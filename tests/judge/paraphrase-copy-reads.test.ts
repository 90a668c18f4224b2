// Work the copy measures save (counted, never timed): an answer measured both ways, with and
// without the Chinese person folded, is tokenised once; the fold is made from its tokens.
import { expect, test } from 'vitest';
import {
  copiedShare,
  coveredShare,
  handedBackWhole,
  tokenisations,
} from '../../src/judge/paraphrase/copy.js';
import { normalise } from '../../src/judge/text/index.js';

test('an answer is tokenised once, however many measures and folds read it', () => {
  // The customer's words are read once per item: read them before counting.
  const customer = '我等了两个星期，没有人给我回电话！';
  const answer = normalise('您等了两个星期，没有人给您回电话，是吗？');
  coveredShare('', customer);
  coveredShare('', customer, true);
  const before = tokenisations();
  const shares = [copiedShare(answer, customer), coveredShare(answer, customer)];
  const whole = handedBackWhole(answer, customer);
  expect(tokenisations() - before).toBe(1);
  // The same figures as from the answer's text, read afresh each time.
  expect(shares).toEqual([
    copiedShare(answer.original, customer),
    coveredShare(answer.original, customer),
  ]);
  expect(whole).toBe(handedBackWhole(answer.original, customer));
});
