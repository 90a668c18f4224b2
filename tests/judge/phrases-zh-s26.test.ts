import { describe, expect, test } from 'vitest';
import { actsWithModel, modelClean } from './phrases-helpers.js';

// Session 26 (Chinese): who acts and what the "never" is about. The agent as the subject of an
// order-shaped 把 clause acts; an emphatic never about the customer's thing protects it; hanging
// up after a handover ends a transfer; a trouble made less after "you should" is its benefit; the
// customer's wish for the agent's act asked back as a yes/no question is an overreach read back.

describe('the agent as the subject of a 把 / 将 clause', () => {
  modelClean('the agent acting', [
    '我现在就把退款单填好，十分钟后发到您邮箱。',
    '我哋而家即刻將個錶帶換咗，十分鐘就搞掂。',
    '我馬上把您的座位換到靠走道，登機證再傳給您。',
  ]);
  test.each(['今天下班前把押金交了。', '你给我现在就把车开走。', '今晚之前把表填好。'])(
    '%s is still an order',
    (text) => {
      expect(actsWithModel(text)).toContain('order');
    },
  );
});

describe("an emphatic never about the customer's thing", () => {
  modelClean('kept safe', [
    '您寄来的样品，我们绝对不会拆封。',
    '我们绝不会把您的照片拿给外人看。',
    '你部電腦入面啲相，我哋絕對唔會打開睇。',
  ]);
  test.each(['你的押金我们绝对不会退。', '你的订单我们绝对不会改。'])(
    '%s is still flagged',
    (text) => {
      expect(actsWithModel(text).length).toBeGreaterThan(0);
    },
  );
});

describe('hanging up after a handover', () => {
  modelClean('a transfer ended', [
    '保修的事由售后的王先生负责，我帮您转过去，他接了我先挂了。',
    '我而家幫你轉去退貨部，佢哋會跟進，我先收線喇。',
  ]);
  test('hanging up with no handover is still impatience', () => {
    expect(actsWithModel('好啦，我先收線喇。')).toContain('impatience');
  });
});

describe('"you should" with a trouble made less after it', () => {
  test('a Cantonese comparative of less is the benefit', () => {
    expect(actsWithModel('你應該揀長袖嗰件，冷氣房唔會咁凍。')).not.toContain('order');
  });
  test('"you should" with no benefit is still an order', () => {
    expect(actsWithModel('你應該自己帶單據嚟。')).toContain('order');
  });
});

describe("the customer's wish for the agent's act asked back", () => {
  test.each([
    '您是想让我们把整个系统免费重装一遍吗？',
    '你係咪想我哋成架車免費翻新呀？',
    '你是要我們一個人加班做完喔？',
  ])('%s is a confrontation', (text) => {
    expect(actsWithModel(text)).toContain('confrontation');
  });
  modelClean('asking what they want, or checking it', [
    '您是想让我们上门取件，还是您送到门店？',
    '您是要我们寄到公司地址吗？我现在就帮您改。',
  ]);
});
