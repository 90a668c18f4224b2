import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A comma (full-width in Chinese) between a model number and a price separates two values: a
// thousands group has exactly three digits, so XR150，13500 is never 150,135 and 00.
test('a model number and a price after a comma are two values, both right', () => {
  const item = restatementItem(
    '我在你们店订了一台黑色的XR150摩托车,付了一万三千五,说好月底提车。',
    [
      ['model', ['XR150', '摩托车']],
      ['paid', ['一万三千五', '13500']],
      ['due', ['月底']],
    ],
  );
  const result = judge.judge(
    item,
    '也就是说:黑色XR150，13500已付清，说好月底提车，到现在还没消息。我理解您的着急。对吗?',
    'zh-Hans',
  );
  const status = (id: string) => result.criteria.find((c) => c.id === id)?.status;
  expect(status('model')).toBe('met');
  expect(status('paid')).not.toBe('contradicted');
});
