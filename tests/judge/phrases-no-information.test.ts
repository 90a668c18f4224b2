import { describe, expect, test } from 'vitest';
import { detect } from './phrases-helpers.js';

const acts = (text: string) => detect(text).map((h) => h.act);

// Not knowing said as "I have no information": the same act as "I don't know" when nothing
// follows that lets the customer find out; a contact or an offer to find out is a way forward.
describe('having no information, with no way to find out, is not knowing', () => {
  test.each([
    ["I'm afraid we don't have any information on the delivery slot. Is there anything else?"],
    ['Sorry, I have no information about the spa opening hours.'],
  ])('%s', (text) => {
    expect(acts(text)).toEqual(['refusal']);
  });

  test.each([
    ["I don't have that information, but the depot's phone number is 0161 555 0199."],
    ["We don't have any information on that yet, but I can ask the warehouse and ring you back."],
  ])('a way to find out follows: %s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});
