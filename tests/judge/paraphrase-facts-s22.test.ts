import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('a variant character is read as its phrase in a Cantonese answer with 嗰 (拉鍊 = 拉鏈)', () => {
  const customer = '我喺你哋度買咗件褸,著咗一次條拉鏈就爛咗。';
  const answer = '你買嗰件褸,先著一次個拉鍊就爛咗,梗係好嬲。我講得啱唔啱?';
  expect(factStatus(judge, customer, ['拉鏈'], answer, 'zh-Hans')).toBe('met');
  expect(
    factStatus(judge, customer, ['拉鏈'], '你買嗰件褸,先著一次粒鈕就甩咗。', 'zh-Hans'),
  ).not.toBe('met');
});
