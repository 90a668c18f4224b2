import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { resources } from './phrases-helpers.js';

// Session 20, Chinese: the customer's thing never put to another use is a protection (acts.ts
// KEPT_FROM_OTHERS_ZH); the customer's matter put off to an open later under the agent's load is
// "I'm busy" told by structure (zh-put-off.ts); 马上回来跟您说 is a promise, not "last time I told you".

const categories = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).map((h) => h.category);

describe('the customer’s thing never put to another use', () => {
  test.each([
    '您家宝宝的游泳视频我们绝不会用于任何广告。',
    '您的客户名单我们从来不会拿去做其他用途。',
    '你嘅設計圖我哋唔會拎去做宣傳。',
  ])('%s is a protection', (text) => {
    expect(categories(text)).toEqual([]);
  });

  test('a service refused is not', () => {
    expect(categories('您的退款我们不会处理。').length).toBeGreaterThan(0);
  });
});

describe('the customer’s matter put off under the agent’s load', () => {
  test.each([
    '这两天来修表的人太多了，您的表我下周再看。',
    '我手上还有好几单要出，您晚点再问吧。',
    '現在櫃台排了好多人，等一下再說啦。',
  ])('%s is busy', (text) => {
    expect(categories(text)).toContain('dismissal');
  });

  test.each([
    '今天订单比较多，您的货我们下周一发，到时候短信通知您。',
    '师傅今天都排满了，明天上午我再给您打电话确认时间。',
    '现在排队的人很多，您可以先取号，大概二十分钟轮到您。',
  ])('%s is not', (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe('马上 before 回来 is no "last time"', () => {
  test('a hold promising to come back stays clean; "last time" told stays impatience', () => {
    expect(categories('我去仓库看看还有没有货，您稍等两分钟，马上回来跟您说。')).toEqual([]);
    expect(categories('上回跟您说过了，要先预约。')).toContain('impatience');
  });
});
