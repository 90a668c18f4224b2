import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A Chinese topic said first and denied after it: 保修卡一直没到 is 没保修卡.
const heater = '热水器装好两周了,可保修卡到现在都没收到,师傅也没留电话。';
const card = ['没保修卡', '没收到保修卡'];

test('a topic denied after it says the denied fact', () => {
  expect(
    factStatus(judge, heater, card, '热水器装了两周,保修卡一直没到,师傅电话也没留。', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, heater, card, '熱水器裝了兩週,保修卡至今沒寄來,師傅也沒留電話。', 'zh-Hans'),
  ).toBe('met');
});

test('the topic affirmed, or a negation in the next clause, does not say it', () => {
  expect(factStatus(judge, heater, card, '热水器装了两周,保修卡已经收到了。', 'zh-Hans')).not.toBe(
    'met',
  );
  expect(
    factStatus(judge, heater, card, '热水器装了两周,保修卡,没留电话的是师傅。', 'zh-Hans'),
  ).not.toBe('met');
});
