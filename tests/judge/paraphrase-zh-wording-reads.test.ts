// Work the Chinese readings save (counted, never timed): a fact's wordings depend on the item
// alone, so the second answer to the same item reads none of them again.
import { expect, test } from 'vitest';
import { chineseRetold } from '../../src/judge/paraphrase/zh-retold.js';
import { zhWordingReads } from '../../src/judge/paraphrase/zh-wordings.js';
import { prepareAnswer } from '../../src/judge/text/index.js';

test("a fact's wordings are read once for all the answers to its item", () => {
  const criteria = [{ id: 'f', label: 'f', any: ['寄的包裹没人签收', '包裹冇人簽收'], weight: 1 }];
  const read = (answer: string) =>
    chineseRetold(
      [{ id: 'f', met: false, status: 'missed', weight: 1 }],
      criteria,
      prepareAnswer(answer),
    )[0]?.status;
  const before = zhWordingReads();
  expect(read('包裹到现在都没人签收。')).toBe('met');
  const first = zhWordingReads() - before;
  expect(first).toBeGreaterThan(0);
  expect(read('包裹签收时没人打电话。')).toBe('missed');
  expect(read('您寄的包裹一直没有人签收，对吗？')).toBe('met');
  expect(zhWordingReads() - before).toBe(first);
});
