import { describe, expect, test } from 'vitest';
import { actsWithModel, flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Session 19, second round (issue 11, precision): clearing by structure, in sentences
// written for this test.
describe("the customer's thing never handed on to another party: a protection", () => {
  staysClean(['您的病历我们绝不会提供给保险公司。', '你嘅相片我哋絕對唔會交俾其他客人。']);
  flagsAs('refusal', ['您的押金我们不会退给您。', '您的订单我们不会给你退款。']);
});

describe('the customer agreed with or their worry named, no "but" after: not impatience', () => {
  modelClean('empathy then the fix', ['您说得很对，窗帘不该装成这样。明天重装，不收钱。']);
  test.each(['我知道你很急，但是急也没用，排队吧。', '我知道你很急，急也没用，排队吧。'])(
    '%s stays flagged',
    (text) => {
      expect(actsWithModel(text).length).toBeGreaterThan(0);
    },
  );
});

describe('a "no" of will or habit right before a harm to the customer: a protection', () => {
  modelClean('harm negated', [
    '行李架装在座位上方，不挡视线。',
    '展板放在墙边，不挡路。',
    "The speaker goes on the back wall, so it won't get in the way.",
  ]);
});

describe('a word joined by a hyphen to the next is half of a compound, not the phrase', () => {
  staysClean(['Sign-up sheets are on the noticeboard by the door.']);
  flagsAs('dismissal', ["Your call, I'm not choosing for you."]);
});

describe('"your call" as the object of the agent\'s verb is the phone call', () => {
  staysClean([
    'Hello Mr Grant, this is Priya from the surgery returning your call about the x-ray.',
    "Sorry we missed your call this morning, I'm free now.",
  ]);
});
