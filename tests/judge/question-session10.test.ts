import { expect, test } from 'vitest';
import { verdict } from './question-helpers.js';

test('zh: a verb of telling with nothing after it tells the topic before it', () => {
  expect(verdict('上周搬家时家具受损的经过，能讲给我听吗？')).toEqual([
    'open',
    'invitation:tell-me',
  ]);
  expect(verdict('您的会员卡号，可以告诉我吗？')[0]).toBe('closed');
  expect(verdict('能告诉我吗？')[0]).toBe('closed');
});

test('yue: 边方面 asks which area (哪方面), and 屋企 marks written Cantonese', () => {
  expect(verdict('用咗新嘅洗衣粉之後，你覺得邊方面唔同咗？')[0]).toBe('open');
  expect(verdict('部冷氣搬返屋企之後效果點？')[0]).toBe('open');
  expect(verdict('你幾點返到屋企？')[0]).toBe('closed');
});

test('ja: what led to something (きっかけ) is asked for as an account', () => {
  expect(verdict('この講座を選ばれたきっかけをお伺いしてもよろしいでしょうか')[0]).toBe('open');
});
