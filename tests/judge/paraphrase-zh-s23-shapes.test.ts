import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const feelingMet = (customer: string, answer: string) =>
  judge
    .judge(restatementItem(customer, [['f', ['会议室']]]), answer, 'zh-Hans')
    .criteria.find((c) => c.id === 'feeling')?.met;

test('losing face before others acknowledged: 尴尬, 难堪, 不好交代', () => {
  const room = '我订的会议室被别人占了,客户在走廊站了二十分钟,我很没面子。';
  expect(feelingMet(room, '您订的会议室被别人占了,客户在走廊干站了二十分钟,太尴尬了。对吗?')).toBe(
    true,
  );
  expect(feelingMet(room, '您订的会议室被占了,客户在走廊站着,搁谁都难堪。对吗?')).toBe(true);
  expect(feelingMet(room, '會議室被佔咗,客人企喺走廊,真係好難交代。啱唔啱?')).toBe(true);
  expect(feelingMet(room, '您订的会议室被别人占了,客户在走廊站了二十分钟。对吗?')).toBe(false);
});
