import { describe, expect, test } from 'vitest';
import { customerDidItEn } from '../../src/judge/phrases/en-customer-act.js';
import { blankKindEn } from '../../src/judge/phrases/en-kind.js';
import { opensOnOrder, questionsCustomer } from '../../src/judge/phrases/en-structure.js';
import { foldForPhrases } from '../../src/judge/phrases/index.js';
import { adviceWithReasonZh } from '../../src/judge/phrases/zh-advice.js';
import { blankCheckedEitherZh } from '../../src/judge/phrases/zh-either.js';
import { actsWithModel, modelClean } from './phrases-helpers.js';

// Session 35 (issue 11): readings the retrained reply model needed, each a class of language — the
// model proposes, these decide or name. Folded text where a reading takes it.

const folded = (text: string) => foldForPhrases(text).text;

describe('a welcome into our place is no order', () => {
  test.each([
    'Come on in and have a seat.',
    'Step inside, make yourself at home.',
    'Come through and sit yourself down.',
  ])('%s', (text) => {
    expect(opensOnOrder(folded(text))).toBe(false);
  });
  test.each(['Come in before nine and bring the form.', 'Sit down and fill in the form.'])(
    '%s still opens on an order',
    (text) => {
      expect(opensOnOrder(folded(text))).toBe(true);
    },
  );
});

describe("the agent's own act vouched for; a service done for the customer", () => {
  test("the vouch is blanked only after the agent's own act to come", () => {
    expect(blankKindEn(folded('We will have it fixed by Monday, I guarantee.'))).not.toMatch(
      /guarantee/,
    );
    expect(blankKindEn(folded('Your claim will be approved, I guarantee.'))).toMatch(/guarantee/);
    expect(blankKindEn(folded('We will not refund it, I promise you that.'))).toMatch(/promise/);
  });
  test('a booking or registration done for them is good news', () => {
    expect(blankKindEn(folded("You're all set for Thursday."))).not.toMatch(/you/);
    expect(blankKindEn(folded('You have been upgraded to a sea view.'))).not.toMatch(/you/);
    expect(blankKindEn(folded('You are wrong about the date.'))).toMatch(/you/);
  });
  test('a result gone the customer\'s way; a condition\'s own "no"', () => {
    expect(blankKindEn(folded('Good news, you qualified for the final.'))).not.toMatch(/you/);
    expect(blankKindEn(folded("If the part hasn't come by Monday, ring us."))).not.toMatch(/not/);
    expect(blankKindEn(folded("If it hasn't come, we can't help."))).toMatch(/can not/);
  });
  test('"You want the receipt?" offers a thing; a wish with a change or a time is echoed', () => {
    expect(questionsCustomer(folded('You want a receipt?'))).toBe(false);
    expect(questionsCustomer(folded('You want the fence painted by tomorrow?'))).toBe(true);
  });
});

describe('the customer told they did it', () => {
  test.each([
    ['The lamp was working when it left us, you knocked it over at home.', true],
    ['The strap was intact, but you snapped it on the first day.', true],
    ['The parcel is ready, you ordered it on Monday.', false],
    ['The lamp was working, we tested it twice.', false],
  ])('%s → %s', (text, did) => {
    expect(customerDidItEn(folded(text))).toBe(did);
  });
});

describe('Chinese: an A-not-A question the agent goes to check; advice after a scene set', () => {
  test('the pair under the agent’s verb of checking is blanked, another stays', () => {
    expect(blankCheckedEitherZh('我查查系统里还有没有名额')).not.toMatch(/没/);
    expect(blankCheckedEitherZh('我帮你问下师傅得唔得闲')).not.toMatch(/唔/);
    expect(blankCheckedEitherZh('你到底有没有看说明书')).toMatch(/没/);
  });
  test('a clause setting the scene before 你应该 and a reason after it', () => {
    expect(adviceWithReasonZh('冬天上山,你应该多带一件外套,山顶比山下冷很多.')).toBe(true);
    expect(adviceWithReasonZh('冬天上山,你应该自己先问清楚,因为我们不管.')).toBe(false);
  });
  test('a suggestion closing on 吧 with its reason is advice; a send-off with one is not', () => {
    expect(adviceWithReasonZh('你们去二楼吧,那边人比较少.')).toBe(true);
    expect(adviceWithReasonZh('你去找厂家吧,因为这个归他们管.')).toBe(false);
  });
  modelClean('the same, judged whole with the model', [
    '我去仓库看看那款灯还有没有货。',
    '冬天上山，您应该多带一件外套，山顶比山下冷很多。',
  ]);
  test('a thing long since sent is held against the customer: impatience', () => {
    expect(actsWithModel('发票早就寄到您公司了，您自己翻翻。')).toContain('impatience');
  });
});
