import { expect, test } from 'vitest';
import { normalise, readCantonese } from '../../src/judge/text/index.js';
import { verdict } from './question-helpers.js';

const read = (text: string) => readCantonese(normalise(text)).text;

test('zh: the kind the customer wants (哪一类, 想 + any verb) is theirs to describe — open', () => {
  expect(verdict('您想参加哪一类的讲座?')[0]).toBe('open');
  expect(verdict('您打算买哪一种类型的保险?')[0]).toBe('open');
  // A value from a known range, or the agent's own wish, stays one pick.
  expect(verdict('您想要哪一种颜色?')[0]).toBe('closed');
  expect(verdict('我想确认一下您是哪一类会员?')[0]).toBe('closed');
  // Choosing, changing to or using a kind is one pick, like preferring it.
  expect(verdict('您想换哪一种套装?')[0]).toBe('closed');
  expect(verdict('你想揀邊種?')[0]).toBe('closed');
});

test('zh: where something falls short of or differs from expectations is the problem — open', () => {
  expect(verdict('新沙发跟样品不一样的地方在哪里?')[0]).toBe('open');
  expect(verdict('新套餐跟旧套餐的差别在哪儿?')[0]).toBe('open');
  expect(verdict('您住的地方在哪儿?')[0]).toBe('closed');
});

test('粵: after 話俾我知 / 講俾我聽吓 the question told decides', () => {
  expect(read('不如你話俾我知佢點計錢?')).toBe('不如你话让我知他怎么计钱?');
  expect(verdict('不如你話俾我知個師傅點判斷?')[0]).toBe('open');
  expect(verdict('你想報邊類課程,講俾我聽吓?')[0]).toBe('open');
  expect(verdict('話我知你張單號碼係幾多?')[0]).toBe('closed');
});

test('粵: 邊 before a word of kind asks which; 點 before more verbs or closing a clause asks how', () => {
  expect(read('你哋想去邊種餐廳?')).toBe('你们想去哪种餐厅?');
  expect(read('你想裝修成點,講吓?')).toBe('你想装修成怎么样,讲讲?');
  expect(read('呢部機點用㗎?')).toBe('这部机怎么用㗎?');
  // 快點 and 早點 are "quicker" and "earlier"; 旁邊 is "beside".
  expect(read('快點去啦,唔該!')).toBe('快点去啦,谢谢!');
  expect(read('旁邊種咗好多花㗎?')).toBe('旁边种了好多花㗎?');
});
