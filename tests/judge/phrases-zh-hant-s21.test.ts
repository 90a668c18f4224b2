import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { normalise, readCantonese } from '../../src/judge/text/index.js';
import { resources } from './phrases-helpers.js';

// Session 21, Traditional Chinese: Cantonese grammar words the reading did not map — 邊個 "who"
// before what cannot begin a noun, 你估 "you reckon" (as 你以為), the progressive 緊 (as 着) and
// 遲啲 / 晏啲 "later" — so the Mandarin structures apply to them.

const categories = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).map((h) => h.category);
const read = (text: string) => readCantonese(normalise(text)).text;

describe('邊個 asks who before a particle, the end, a modal or 知; which before a noun', () => {
  test('the reading', () => {
    expect(read('呢個邊個知呀？')).toBe('这个谁知道呀?');
    expect(read('邊個會理你㗎。')).toBe('谁会理你㗎.');
    expect(read('邊個師傅幫你整？')).toBe('哪个师傅帮你整?');
  });

  test.each(['邊個知佢幾時送到呀。', '呢啲邊個知㗎。'])('%s is "I don\'t know"', (text) => {
    expect(categories(text).length).toBeGreaterThan(0);
  });

  test('a question of which one is not', () => {
    expect(categories('邊個師傅負責你個單，我幫你查查。')).toEqual([]);
  });
});

describe('你估 sets the agent’s side up as the customer supposes it', () => {
  test('the reading keeps 估計 an estimate', () => {
    expect(read('你估我哋好得閒咩？')).toBe('你以为我们好得闲什么?');
    expect(read('你估計幾時用得著呀？')).toBe('你估计什么时候用得着呀?');
  });

  test.each(['你估我哋搬屋好輕鬆㗎？', '你估我哋啲裁縫好得閒？'])('%s is a rebuke', (text) => {
    expect(categories(text).length).toBeGreaterThan(0);
  });

  test('an estimate asked for is not', () => {
    expect(categories('你估計大約要幾多件？我幫你留貨。')).toEqual([]);
  });
});

describe('the progressive 緊 and 遲啲 "later"', () => {
  test('the reading keeps 要緊 and 緊急', () => {
    expect(read('我哋而家做緊，遲啲話你知。')).toBe('我们现在做着,晚点话你知.');
    expect(read('呢個好要緊，唔係緊急都會做。')).toBe('这个好要紧,不是紧急都会做.');
  });

  test('the agent’s load and an open later is busy', () => {
    expect(categories('我手上有四個客等緊，你遲啲再打嚟。').length).toBeGreaterThan(0);
  });

  test('work on the customer’s own job with a time is not', () => {
    expect(categories('師傅修緊你部洗衣機，聽日下晝可以攞。')).toEqual([]);
  });
});
