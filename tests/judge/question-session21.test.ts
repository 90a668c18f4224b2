import { expect, test } from 'vitest';
import { classifyQuestion } from '../../src/judge/question/index.js';
import { verdict } from './question-helpers.js';

test('en: the kind the customer seeks, plans or is interested in is theirs to describe; the kind they have is one pick', () => {
  expect(verdict('What sort of course are you interested in?')).toEqual([
    'open',
    'what-kind-wished',
  ]);
  expect(verdict('What kind of flat are you searching for in town?')[0]).toBe('open');
  expect(verdict('What type of trip are you planning to take next spring?')[0]).toBe('open');
  expect(verdict('What kind of bike are you keen on?')[0]).toBe('open');
  expect(verdict('What kind of boiler do you have?')[0]).toBe('closed');
  expect(verdict('What type of account do you hold with us?')[0]).toBe('closed');
  expect(verdict('What type of seat would you prefer?')[0]).toBe('closed');
});

test('zh: a consent tag (好吗, 可以吗) after a request to describe leaves the request to decide', () => {
  expect(verdict('请您形容一下收到包裹时的样子，好吗？')).toEqual(['open', 'invitation:形容']);
  expect(verdict('麻烦您讲讲退货的经过，可以吗？')[0]).toBe('open');
  const r = classifyQuestion('请您描述一下那天的情况，行吗？');
  expect(r.rule).toBe('open.invitation');
  // A fact asked for, a proposal, or a tag confirming what was said stays closed.
  expect(verdict('您把手机号发一下，好吗？')[0]).toBe('closed');
  expect(verdict('我们下午给您回电话，好吗？')[0]).toBe('closed');
  expect(verdict('您描述的是昨天的事，对吧？')[0]).toBe('closed');
});

test('zh: the kind of thing the customer wants or is interested in is open; a kind of means or a known value stays one pick', () => {
  expect(verdict('您对哪类讲座比较感兴趣？')).toEqual(['open', 'what-kind-wished']);
  expect(verdict('您希望婚宴的菜偏什么口味？')[0]).toBe('open');
  expect(verdict('您打算报哪种类型的培训班？')[0]).toBe('open');
  expect(verdict('您希望我们用哪种方式联系您？')[0]).toBe('closed');
  expect(verdict('您用的是哪种型号的空调？')[0]).toBe('closed');
  expect(verdict('您想要什么颜色？')[0]).toBe('closed');
  expect(verdict('您希望哪天上门？')[0]).toBe('closed');
});

test('zh: 还有哪里/哪边 + wanting to add gives the floor back — open; 还有哪里要去吗 asks whether', () => {
  expect(verdict('刚才说的这些，还有哪里想补充的？')).toEqual(['open', 'invitation:anything-help']);
  expect(verdict('還有哪邊想跟我們說的嗎？')[0]).toBe('open');
  expect(verdict('还有哪里要去吗？')[0]).toBe('closed');
});

test('zh-Hant Cantonese: 點 before a verb of doing and a closing 成點 ask how — open; 幾點 is a time', () => {
  expect(verdict('你覺得我哋點做先可以幫到你？')[0]).toBe('open');
  expect(verdict('你想我哋點處理部電腦？')[0]).toBe('open');
  expect(verdict('你覺得新裝修做成點？')[0]).toBe('open');
  expect(verdict('師傅幾點做完？')[0]).toBe('closed');
  expect(verdict('我们三点做好给您送去，可以吗？')[0]).toBe('closed');
});

test('ja: the head noun of what is to be told decides — an account noun after a fact noun is open', () => {
  expect(verdict('届いた色紙の状態をお聞かせいただけますか。')).toEqual([
    'open',
    'invitation:tell-me',
  ]);
  expect(verdict('お部屋探しで求める条件を教えてください。')[0]).toBe('open');
  expect(verdict('ご注文番号を教えていただけますか。')[0]).toBe('closed');
  expect(verdict('日時のご希望を教えてください。')[0]).toBe('closed');
  expect(verdict('お客様が求める色を教えてください。')[0]).toBe('closed');
});

test('zh: 叫什么名 asks for a name, one fact — closed (Cantonese 叫咩名 too)', () => {
  expect(verdict('你間舖叫咩名？')).toEqual(['closed', 'one-fact:ident']);
  expect(verdict('这个套餐叫什么名？')[0]).toBe('closed');
});

test('en: the head of a compound after "kind of" decides; a liking or "going for" is the customer’s to describe', () => {
  expect(verdict('What sort of battery problems have you noticed?')[0]).toBe('open');
  expect(verdict('What kind of phone charger came in the box?')[0]).toBe('closed');
  expect(verdict('What kind of films does your daughter enjoy?')).toEqual([
    'open',
    'what-kind-habit',
  ]);
  expect(verdict('What sort of games are they into these days?')[0]).toBe('open');
  expect(verdict('What kind of finish are you going for on the table?')[0]).toBe('open');
  expect(verdict('What kind of card are you going to pay with?')[0]).toBe('closed');
  expect(verdict('What kind of car did you crash into?')[0]).toBe('closed');
});

test('ja: 電話して is a phone call, not 話して "tell" — a proposal stays closed', () => {
  expect(verdict('午後三時にお電話してもよろしいですか。')[0]).toBe('closed');
  expect(verdict('その時のことをお話しいただけますか。')[0]).toBe('open');
});

test('zh-Hant Cantonese: 點同你講 / 點睇 ask how; 十點 after a number is a time', () => {
  expect(verdict('嗰陣個師傅點同你解釋?')[0]).toBe('open');
  expect(verdict('你點睇今次嘅安排？')[0]).toBe('open');
  expect(verdict('要唔要我哋聽日下晝三點打俾你?')[0]).toBe('closed');
});
