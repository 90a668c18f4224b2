import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const projector =
  '我周一租了你们的投影仪，周三按时还了机器，说好三天内退押金五百，到现在还没退，讲座也开不成了。';

test('on time, with another word for it', () => {
  expect(
    factStatus(judge, projector, ['按时还机器'], '您周三准时把投影仪机器还了。', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, projector, ['按时还机器'], '您周三把机器还了,只是没按时。', 'zh-Hans'),
  ).not.toBe('met');
});

test('money not given back, said from the customer’s side', () => {
  for (const answer of ['押金五百到现在还没到账。', '五百押金一直拿不回来。'])
    expect(factStatus(judge, projector, ['还没退', '押金没退'], answer, 'zh-Hans')).toBe('met');
  expect(
    factStatus(judge, projector, ['还没退', '押金没退'], '押金五百已经到账了。', 'zh-Hans'),
  ).not.toBe('met');
});

test('called off, said another way', () => {
  const talk = '你们场地临时停电,我们的讲座取消了,几十个人白跑一趟。';
  expect(
    factStatus(judge, talk, ['讲座取消'], '场地停电,您的讲座开不成了,几十人白跑。', 'zh-Hans'),
  ).toBe('met');
});

test('nobody seen at all is a visit that never happened', () => {
  const plumber = '约好周六上午修热水器,师傅一直没来。';
  expect(
    factStatus(judge, plumber, ['没来', '一直没来'], '周六上午一直不见师傅人影。', 'zh-Hans'),
  ).toBe('met');
});

test('done again from the start, and what the customer was told back', () => {
  const therapy = '治療師換了三個,每個新的都重新評估一次。我覺得浪費錢也浪費孩子的時間。';
  expect(
    factStatus(judge, therapy, ['重新評估'], '換了三位治療師,每換一位就從頭評估一次。', 'zh-Hans'),
  ).toBe('met');
  const well = '今年夏天开始水发黄,有铁锈味。我打电话你们说是正常现象,我真的很气愤。';
  expect(
    factStatus(
      judge,
      well,
      ['说是正常现象'],
      '水变黄带锈味,您来问我们还被回一句正常现象。',
      'zh-Hans',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      well,
      ['说是正常现象'],
      '水变黄带锈味,您来问我们,我们说马上来修。',
      'zh-Hans',
    ),
  ).not.toBe('met');
});
