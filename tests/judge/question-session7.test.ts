import { expect, test } from 'vitest';
import { verdict } from './question-helpers.js';

test('en: which parts of a thing were unclear is a list the customer fills in: open', () => {
  expect(verdict('Which sections of the lease were confusing?')).toEqual(['open', 'list:which']);
  // One pick stays closed.
  expect(verdict('Which section of the lease did you sign?')[0]).toBe('closed');
});

test('en: where they feel unwell asks for a description; a registration is one fact', () => {
  expect(verdict('Where have you been feeling sick since the meal?')[0]).toBe('open');
  expect(verdict('What is the registration of your van?')).toEqual(['closed', 'one-fact:ident']);
});

test('zh: 哪里 about what could be done better asks for a description', () => {
  expect(verdict('您觉得我们的售后哪里还能做得更好？', 'zh-Hans')[0]).toBe('open');
  expect(verdict('您是在哪里买的这台电视？', 'zh-Hans')[0]).toBe('closed');
});

test('zh: anything the customer hopes we know, and wanting to know their impressions, are open', () => {
  expect(verdict('还有什么细节是您希望我们了解的吗？', 'zh-Hans')).toEqual([
    'open',
    'invitation:anything-help',
  ]);
  expect(verdict('我很想知道您对这次装修的感受。', 'zh-Hans')).toEqual([
    'open',
    'invitation:想知道',
  ]);
  // Wanting to know whether something happened is still yes/no.
  expect(verdict('我想知道您是否收到了退款。', 'zh-Hans')[0]).toBe('closed');
});

test('zh: the steps told one by one are a description, even asked with 能不能', () => {
  expect(verdict('能不能把您退货的步骤从头跟我说一下？', 'zh-Hans')[0]).toBe('open');
});

test('ja: 〜について少し教えていただけますか invites an account', () => {
  expect(verdict('新しいプランについて、少し教えていただけますか。', 'ja')[0]).toBe('open');
});

test('zh-Hant: written Cantonese is read with the Chinese rules', () => {
  expect(verdict('你隻腳邊度痛？', 'zh-Hant')[0]).toBe('open');
  expect(verdict('可唔可以講吓嗰日發生咗咩事？', 'zh-Hant')[0]).toBe('open');
  expect(verdict('你係咪今日落嘅單？', 'zh-Hant')[0]).toBe('closed');
  expect(verdict('你買咗幾多件？', 'zh-Hant')).toEqual(['closed', 'one-fact:how-many']);
  // Mandarin words that share a character stay as they are (仲裁, 系统).
  expect(verdict('您申请仲裁了吗？', 'zh-Hans')[0]).toBe('closed');
});

test('ja: 何 before a counter (何泊, 何杯) asks how many; どのあたり about a worry is open', () => {
  expect(verdict('何泊でご予約ですか。', 'ja')).toEqual(['closed', 'one-fact:how-many']);
  expect(verdict('今回の手術について、どのあたりにご心配がありますか。', 'ja')[0]).toBe('open');
});
