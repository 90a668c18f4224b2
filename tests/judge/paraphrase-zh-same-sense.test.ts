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
