import { describe, expect, test } from 'vitest';
import { detect } from './phrases-helpers.js';

const acts = (text: string) => detect(text).map((h) => h.act);

// Sending the customer back to the seller passes the buck even under a condition that names
// what the customer wants; an offer to do it, or a request put as a question, does not.
describe('the customer sent back to the seller', () => {
  test.each([
    ['If you would like your money back, take it back to the store where you got it.'],
    ['Go back to the retailer with it.'],
    ['For a replacement, ask the shop you bought the kettle from.'],
  ])('%s', (text) => {
    expect(acts(text)).toContain('passing-the-buck');
  });

  test.each([
    ['I can take it back to the store for you and bring the replacement on Monday.'],
    ['Could you take it back to the store? I will call them now so they expect you.'],
    ['You can return it to the store you bought it from, or I can arrange a courier pickup.'],
  ])('%s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});
