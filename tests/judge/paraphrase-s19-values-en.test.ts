import { describe, expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

describe('English lengths said in other units', () => {
  test("a fact's bare number is the length the customer gave it with", () => {
    const customer = 'The plumber quoted 30 minutes for the job and then stayed all afternoon.';
    expect(
      factStatus(judge, customer, ['30', 'thirty'], 'He said it would take half an hour.', 'en'),
    ).toBe('met');
    // Another length is not the same number of minutes.
    expect(
      factStatus(judge, customer, ['30', 'thirty'], 'He said it would take an hour.', 'en'),
    ).not.toBe('met');
  });

  test('months for weeks within two days a month; a week out is another length', () => {
    const customer = 'You told me the visa would take 8 weeks and it has not come.';
    expect(
      factStatus(judge, customer, ['8 weeks', 'eight weeks'], 'We said about two months.', 'en'),
    ).toBe('met');
    const shorter = 'You told me the visa would take 3 weeks and it has not come.';
    expect(
      factStatus(judge, shorter, ['3 weeks', 'three weeks'], 'We said a month.', 'en'),
    ).not.toBe('met');
  });

  test("a unit named for the customer's bare number is no wrong value", () => {
    const customer =
      'I ordered the sofa on 2 May. You promised delivery in 4 weeks, it has now been 9, and nobody calls back.';
    const item = restatementItem(customer, [
      ['promised', ['4 weeks', 'four weeks']],
      ['now', ['9', 'nine']],
    ]);
    const verdict = judge.judge(
      item,
      "You ordered on the second of May, we said about a month, you're now at nine weeks and nobody rings back.",
      'en',
    );
    expect(verdict.criteria.find((c) => c.id === 'promised')?.status).toBe('met');
  });
});
