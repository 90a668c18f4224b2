import { describe, expect, test } from 'vitest';
import { foldForPhrases } from '../../src/judge/phrases/phrase-patterns.js';
import { spared, vowsSparing } from '../../src/judge/phrases/vow-spares.js';
import { flagsAs, growth, modelClean, modelFlagsSome } from './phrases-helpers.js';

// Promises told with a negated negative (issue 11, session 34), each in sentences written for this
// test: our side's "no" over let / leave / make (让 / 俾 / 由得) with the customer as the patient and a
// hardship as the complement spares them; the customer's own request after "let" is refused.
describe('en: our "no" over leave / make / let with the customer and a hardship is a promise', () => {
  modelClean('promise', [
    'We never leave a guest without a room key.',
    'We never make a member queue twice for the same class; your place is held.',
    'We would never make you pay for our mistake.',
    "We won't let your boiler stay broken over the weekend.",
    'We never let an order sit in the depot.',
  ]);
});

describe("en: the same openings with the customer's request refused or no person left stay flagged", () => {
  modelFlagsSome('refusal', [
    'We never let guests check out late.',
    'We never make exceptions to the booking rules.',
    "We never leave parcels with neighbours, so you'll have to be in.",
  ]);
});

describe('zh: 不会 / 唔会 over 让 / 俾 / 由得 with the customer and a hardship, lists and model', () => {
  modelClean('promise', [
    '我們絕不會讓長者一個人在月台上等車，站務員會陪著。',
    '我哋一定唔會俾你蝕底。',
    '你放心，我们从来不会让老人在大厅里干等。',
    '我哋絕對唔會由得你一個人喺醫院等，同事會陪住你。',
  ]);
  flagsAs('dismissal', ['我们从来不会让客户退定金的。']);
  flagsAs('refusal', ['我哋唔會俾你換房，訂咗就係訂咗。']);
});

describe('a vouch or a rule cited right before the promise grounds our own conduct', () => {
  modelClean('vouched or grounded', [
    '放心啦，我哋絕對唔會俾你白行一趟，師傅聽朝九點到。',
    'Under our policy we never let a customer pay twice for one fault.',
  ]);
});

describe('the reading by roles', () => {
  const vows = (text: string) => {
    const t = foldForPhrases(text).text;
    return vowsSparing(t, 0, t.length).map(([a, b]) => t.slice(a, b));
  };
  test('spans from our side to the hardship', () => {
    expect(vows('We will not leave you stranded tonight.')).toEqual([
      'we will not leave you stranded',
    ]);
    expect(vows('困在电梯里的住客，我们绝不会让他失去联系。')).toEqual(['我们绝不会让他失去联系']);
  });
  test('no promise: the customer as the one saying no, a request after let, no person made', () => {
    expect(vows('你不会让我们白等吧？')).toEqual([]);
    expect(vows("We won't let you cancel now.")).toEqual([]);
    expect(vows('We never make mistakes with addresses.')).toEqual([]);
    expect(vows('我们绝对不会让您退这张票。')).toEqual([]);
  });
  test('a hit in another clause of the sentence is not spared', () => {
    const t = foldForPhrases('我们不会让您白跑，但是押金我们不退。').text;
    const at = t.indexOf('我们不退');
    expect(spared(t, at, at + 4, 'refusal')).toBe(false);
  });
  test('work stays linear in a text with no sentence end', () => {
    expect(growth('we will never let you wait, ', 2_000)).toBeLessThan(12);
    expect(growth('我们不会让您白跑，', 2_000)).toBeLessThan(12);
  });
});
