import { describe, expect, test } from 'vitest';
import { actsWithModel, modelClean } from './phrases-helpers.js';

// 没错 / 冇錯 said as a clause of its own is "that's right": a yes, not a negation that charges
// the sentence for the reply model.
describe('没错 as a yes before a fact', () => {
  modelClean('that’s right, then the fact', [
    '冇錯，我哋星期日都有開。',
    '没错，我们周日照常营业。',
  ]);
  test('a fault denied with 没错 inside the clause is still read', () => {
    expect(actsWithModel('我们没错，是您自己没看清楚。').length).toBeGreaterThan(0);
  });
});
