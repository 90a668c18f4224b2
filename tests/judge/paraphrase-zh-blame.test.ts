import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const glasses = '我在你们店配的眼镜戴了一周就头晕,配镜师傅说是我自己不习惯,不肯重新验光。';
const blamed = ['师傅说是您不习惯', '师傅怪您'];

test('the fault laid on the customer, by the same party, in another frame', () => {
  for (const answer of [
    '您配的眼镜戴一周就头晕,配镜师傅反而说是您的问题,不给重新验光。',
    '您的眼鏡戴一週就頭暈,配鏡師傅卻怪您,不肯重驗。',
    '你副眼鏡戴咗一個禮拜就頭暈,配鏡師傅仲話係你自己嘅問題,唔肯再驗。',
  ])
    expect(factStatus(judge, glasses, blamed, answer, 'zh-Hans')).toBe('met');
});

test('another party, or no fault on the customer, does not meet it', () => {
  expect(
    factStatus(
      judge,
      glasses,
      blamed,
      '您配的眼镜戴一周就头晕,店长说是您的问题,师傅不肯重新验光。',
      'zh-Hans',
    ),
  ).not.toBe('met');
  expect(
    factStatus(
      judge,
      glasses,
      blamed,
      '您配的眼镜戴一周就头晕,配镜师傅说是镜片的问题,不肯重新验光。',
      'zh-Hans',
    ),
  ).not.toBe('met');
});
