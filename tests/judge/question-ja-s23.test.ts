import { expect, test } from 'vitest';
import { verdict } from './question-helpers.js';

// Session 23: a counter after 何 asks for one number; どの + a noun of extent asks which part of a
// thing, answered by describing it.

test('ja: 何 + a katakana unit or a noun used as a counter asks for one number — closed', () => {
  expect(verdict('カーテンレールの長さは何センチですか。')).toEqual([
    'closed',
    'one-fact:how-many',
  ]);
  expect(verdict('ホースは何メートルあれば足りますか。')[0]).toBe('closed');
  expect(verdict('冊子は何ページほどになりそうですか。')[0]).toBe('closed');
  expect(verdict('何部屋分のエアコンが必要ですか。')[0]).toBe('closed');
  expect(verdict('何種類から選べるとよいですか。')[0]).toBe('closed');
  expect(verdict('寝室は何畳ありますか。')[0]).toBe('closed');
});

test('ja: 何 with no counter after it still asks what happened — open', () => {
  expect(verdict('作業の途中で何が起きましたか。')[0]).toBe('open');
  expect(verdict('メーターが止まる前に何がありましたか。')[0]).toBe('open');
});

test('ja: どのあたり / どの辺 / どの部分 asks which part, to be described — open', () => {
  expect(verdict('テントのどのあたりから雨が入ってきましたか。')).toEqual([
    'open',
    'problem:which',
  ]);
  expect(verdict('カバーのどの部分が縮みましたか。')[0]).toBe('open');
  expect(verdict('天井のどの辺に染みが出ていますか。')[0]).toBe('open');
});

test('ja: どの + a thing among known options is one pick — closed', () => {
  expect(verdict('どのプランをお使いですか。')[0]).toBe('closed');
  expect(verdict('どの支店で受け取られますか。')[0]).toBe('closed');
  expect(verdict('どの時点で音が止まったか教えてください。')[0]).toBe('closed');
});
