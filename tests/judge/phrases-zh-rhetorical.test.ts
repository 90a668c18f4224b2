import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { resources } from './phrases-helpers.js';

// Chinese questions that attack by their structure (zh-rhetorical.ts, session 20): the customer
// persisting against a state (都…了还…?), a close on what-for or whose fault (图什么? / 做乜? /
// 怪谁?), an act done without its check (不看…就…?), the agent's side taken for something (你当我们…?);
// doubts of the customer's account (会不会记错? / 真的…了吗?). Ordinary questions stay clean.

const categories = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).map((h) => h.category);

describe('a question that challenges the customer', () => {
  test.each([
    '票都检完了还想换座位，这说得过去吗？',
    '鞋都穿了半年了还要退，您觉得呢？',
    '狗都十岁了还报幼犬班，图什么？',
    '你部機都過咗保養期，仲要我哋免費整，做乜？',
    '说明书一页都不看，出了问题怪谁？',
    '您不量尺寸就下单的吗？',
    '你當我哋係銀行咩？',
    '您以为我们这里是慈善机构？',
  ])('%s', (text) => {
    expect(categories(text)).toContain('confrontation');
  });
});

describe('a question that doubts the customer’s account', () => {
  test.each(['您会不会看错了取件时间？', '您真的每天都给鱼换水了吗？', '你真係有鎖好個櫃咩？'])(
    '%s',
    (text) => {
      expect(categories(text).length).toBeGreaterThan(0);
    },
  );
});

describe('ordinary questions', () => {
  test.each([
    '好的，您说的两点我都记下了，还有其他需要补充的吗？',
    '东西都装好了，还要别的吗？',
    '您都等了一个小时了还没拿到吗？我马上去催。',
    '请问您买这个是做什么用的？',
    '您觉得我们这样安排可以吗？',
    '您真的不需要发票了吗？',
    '你真係要取消咩？',
    '您是不是记错日期了？我再帮您查一下。',
    '如果您不看说明书就装，会不会有危险？',
  ])('%s stays clean', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
