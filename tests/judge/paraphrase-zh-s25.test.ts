import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { feelingCheck } from '../../src/judge/paraphrase/restate.js';
import { prepareAnswer } from '../../src/judge/text/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Everyday Chinese words of one sense said for each other inside a fact's wording.
test('nobody dealing with it is said as not handled, not minded or not followed up', () => {
  const customer = '我申请退货两个星期了，一直没人处理。我真的很无语。';
  expect(
    factStatus(
      judge,
      customer,
      ['没人处理'],
      '退货申请交上去两个礼拜了，到现在都没人管。',
      'zh-Hans',
    ),
  ).toBe('met');
  expect(
    factStatus(judge, customer, ['没人处理'], '您的退货申请半个月都没人跟进，对吗？', 'zh-Hans'),
  ).toBe('met');
  // Someone did deal with it: not the customer's fact.
  expect(
    factStatus(judge, customer, ['没人处理'], '您的退货申请已经有人管了，对吗？', 'zh-Hans'),
  ).not.toBe('met');
});

test('being made fun of is said with another verb of mocking', () => {
  expect(
    factStatus(
      judge,
      '派對上所有小朋友都在嘲笑她，她哭了一整晚。',
      ['嘲笑'],
      '派對上被其他小朋友取笑，孩子整晚都在哭。',
      'zh-Hans',
    ),
  ).toBe('met');
});

test('heartache for someone close (舍不得) is a feeling acknowledged', () => {
  expect(feelingCheck(prepareAnswer('孩子整晚都在哭，你看了很捨不得，對嗎？')).met).toBe(true);
  expect(feelingCheck(prepareAnswer('孩子整晚都在哭，我理解你很捨不得，對嗎？')).met).toBe(true);
});
