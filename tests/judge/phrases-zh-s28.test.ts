import { describe, expect, test } from 'vitest';
import { actsWithModel, modelClean } from './phrases-helpers.js';

// Session 28 (Chinese): a free choice our side can serve, the agent's promise that a plan stays, and
// the agent teaching or taking the customer somewhere are not what the reply model read them as.

describe('a choice our side can serve whichever way is offered, not handed back', () => {
  modelClean('the customer picks, we have or can do all of them', [
    '套餐您自己决定就好，两个我们都能安排。',
    '尺码您自己挑就好，四个码我们店里都有。',
  ]);
  test.each(['尺码您自己挑吧，我们都无所谓。', '要不要加装，您自己定，我们都行。'])(
    'the choice handed back, disowned or met with indifference, stays flagged: %s',
    (text) => {
      expect(actsWithModel(text)).not.toEqual([]);
    },
  );
});

describe('the agent promising that an agreed plan will not change again commits, it does not refuse', () => {
  modelClean('保证 / 承诺 + 不会再改 / 变 / 推迟', [
    '我承诺，这次的价格不会再变了。',
    '我向您保证，交房日期不会再推迟了。',
    '我跟你保證，送貨時間唔會再改。',
  ]);
  test('a plan the agent refuses to change, unpromised, stays flagged', () => {
    expect(actsWithModel('日期我们不会再改了。')).not.toEqual([]);
  });
});

describe('the agent teaching or taking the customer along acts for them', () => {
  modelClean('我教你 / 我陪你 after a helpful question', [
    '是不是不会设置？我教你怎么设。',
    '係咪部機開唔到？我教你點樣重新開機。',
  ]);
});
