import { expect, test } from 'vitest';
import { classifyQuestion } from '../../src/judge/question/index.js';

// 这几天 / 前几次 / 好几个 count nothing, so a request to describe keeps its verdict; 几 on its
// own still asks how many. "我很想了解 / 我想多了解…" invites an account like 我想了解.
test.each([
  ['麻烦您讲讲这几天空调漏水的情况。', 'open'],
  ['您给我说说前几次维修时师傅是怎么处理的吧。', 'open'],
  ['我非常想了解一下您这次入住的感受。', 'open'],
  ['我想再了解一下您孩子在班上遇到的困难。', 'open'],
  ['您这几天一共打过几次电话？', 'closed'],
  ['好几个包裹里，您收到的是几号那个？', 'closed'],
  ['我想了解一下您的会员卡号是多少。', 'closed'],
])('%s → %s', (text, verdict) => {
  expect(classifyQuestion(text).verdict).toBe(verdict);
});
