import { expect, test } from 'vitest';
import { classifyQuestion, hostileQuestions } from '../../src/judge/question/index.js';
import { normalise, originalSlice, readCantonese } from '../../src/judge/text/index.js';

const read = (text: string) => readCantonese(normalise(text));

test('written Cantonese is read as Mandarin, each word mapped back to what it replaced', () => {
  const n = read('你喺邊度睇到嗰個廣告？');
  expect(n.text).toBe('你在哪里看到那个广告?');
  const at = n.text.indexOf('哪里');
  expect(originalSlice(n, at, at + 2)).toBe('邊度');
  expect(originalSlice(n, 0, n.text.length)).toBe(n.original);
});

test('only Cantonese sentences are rewritten; Mandarin and Japanese stay as they are', () => {
  expect(read('系统升级了。你收到咗未？').text).toBe('系统升级了.你收到了没有?');
  const mandarin = normalise('仲裁结果还没出来，系统显示正在处理。');
  expect(readCantonese(mandarin)).toBe(mandarin);
  const japanese = normalise('どこが痛みますか？');
  expect(readCantonese(japanese)).toBe(japanese);
});

test('a bare 点 asks how after 得 or closing the question; 未 closing it asks "yet?"', () => {
  expect(read('咁你最近瞓得點呀？').text).toBe('那你最近睡得怎么样呀?');
  expect(classifyQuestion('你部新手機用得點？', 'zh-Hant').verdict).toBe('open');
  expect(classifyQuestion('師傅嚟咗未？', 'zh-Hant').verdict).toBe('closed');
  // 几点 is a time, whatever the script.
  expect(classifyQuestion('你哋幾點開門？', 'zh-Hant').verdict).toBe('closed');
});

test('a Cantonese hostile question is found where its Mandarin twin is, with its own span', () => {
  const text = '唔該等等。你到底想點樣？';
  const [hit] = hostileQuestions(text, 'zh-Hant');
  expect(hit?.category).toBe('hostile-question');
  expect(text.slice(hit?.span.start, hit?.span.end)).toBe('你到底想點樣？');
});

test('讲多啲 is the Cantonese order of 多讲: say more', () => {
  expect(read('你可以講多啲你嘅諗法？').text).toBe('你可以多讲你的想法?');
  expect(classifyQuestion('講多少少個房嘅情況？', 'zh-Hant').verdict).toBe('open');
});

test('one answer is read as Mandarin once, however many readers ask', () => {
  const answer = normalise('你等咗成個鐘，仲未有人覆你，係咪呀?');
  const first = readCantonese(answer);
  expect(first.text).not.toBe(answer.text);
  expect(readCantonese(answer)).toBe(first);
  // Another answer of the same words is read on its own.
  expect(readCantonese(normalise('你等咗成個鐘，仲未有人覆你，係咪呀?'))).not.toBe(first);
});

test('俾人 before a verb is the passive, 俾 before a person and a verb lets them; 系 is 是', () => {
  expect(read('間房已經俾人訂咗。').text).toBe('间房已经被人订了.');
  expect(read('唔會俾你等好耐。').text).toBe('不会让你等很久.');
  expect(read('呢個係你嘅單,系統顯示咗。').text).toBe('这个是你的单,系统显示了.');
  // 几点 is a time, not a closing "how".
  expect(read('約咗幾點?').text).toBe('约了几点?');
});

test('晒 after a verb says all of it is done; a closing 喇 is 了', () => {
  expect(read('啲門票賣晒喇。').text).toBe('些门票卖完了.');
  expect(read('聽日嘅位訂晒喇,多謝晒。').text).toBe('明天的位订完了,多谢晒.');
});
