import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const cake = '我订了一个生日蛋糕，讲明周六中午送到，结果下午四点才到，派对都散了。';
const when = ['周六中午', '中午'];

test('late, retold as delivered on time or within the time, is a wrong fact', () => {
  for (const answer of [
    '您订的生日蛋糕周六中午准时送到了，派对都散了，对吗？',
    '您订的生日蛋糕我们中午前就送到了，派对散了，对吗？',
  ])
    expect(factStatus(judge, cake, when, answer, 'zh-Hans')).toBe('contradicted');
});

test('on time as the plan, or with the lateness told too, is no contradiction', () => {
  for (const answer of [
    '您订的蛋糕讲好周六中午准时送到，可下午四点才到，派对都散了，对吗？',
    '您订的生日蛋糕约在周六中午送，结果拖到下午四点，派对都散了，对吗？',
  ])
    expect(factStatus(judge, cake, when, answer, 'zh-Hans')).toBe('met');
});
