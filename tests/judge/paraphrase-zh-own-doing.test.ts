import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Done to the customer by the shop, and a view the customer reports from the shop's mechanic.
const bike = '你们车行把我的自行车链条换错了型号,修车师傅说是我自己骑得太猛才断的。';
const wrongChain = ['链条换错', '换错了型号'];
const mechanic = ['骑得太猛', '师傅说是您骑得太猛'];

test('the shop’s doing retold as the customer’s own is contradicted', () => {
  expect(
    factStatus(judge, bike, wrongChain, '是您自己把链条换错了型号,师傅说您骑得猛。', 'zh-Hans'),
  ).toBe('contradicted');
  expect(
    factStatus(judge, bike, wrongChain, '係你自己換錯咗鏈條型號,師傅話你踩得太猛。', 'zh-Hans'),
  ).toBe('contradicted');
});

test('the mechanic’s view retold as the customer’s is contradicted', () => {
  expect(
    factStatus(
      judge,
      '修车师傅说是我骑得太猛才断的。',
      mechanic,
      '您觉得是自己骑得太猛才断的。',
      'zh-Hans',
    ),
  ).toBe('contradicted');
});

test('told to do it themselves, or their own words, is no reversal', () => {
  // Someone told them to go themselves: 叫您自己去.
  expect(
    factStatus(
      judge,
      '客服叫我自己去门店换链条,说链条换错了型号。',
      wrongChain,
      '客服叫您自己去门店,链条换错了型号。',
      'zh-Hans',
    ),
  ).toBe('met');
  // The customer did say it was their own doing.
  expect(
    factStatus(
      judge,
      '链条是我自己换错了型号,可你们卖给我的时候没说清楚。',
      wrongChain,
      '链条是您自己换错了型号,当时店里没讲清楚。',
      'zh-Hans',
    ),
  ).toBe('met');
});
