// matchesOf finds what matchAll finds, without copying the regex on every call (counted, never
// timed): the dead-end forms are read on every reply, and a copy of a long form cost more than
// reading a short reply with it.
import { expect, test } from 'vitest';
import { matchesOf, regexCopies } from '../../src/judge/text/matches.js';
import { detect } from './phrases-helpers.js';

const asFound = (ms: RegExpExecArray[]) =>
  ms.map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

test.each([
  [/\b(?:no|nothing) (\w+) left\b/g, 'No seats left, no rooms left. Nothing else left'],
  [/(?<word>[a-z]+)/gi, 'Sorry, We are FULL today'],
  [/x*/g, 'axxbx'],
  [/(?:)/gu, 'a😀b'],
  [/\p{Script=Han}+/gu, '你预订的巴西龟 died 在运送途中'],
  [/b/gy, 'bbab'],
  [/z/g, ''],
])('%s finds what matchAll finds in %j', (re, text) => {
  expect(asFound(matchesOf(re, text))).toEqual(asFound([...text.matchAll(re)]));
  expect(re.lastIndex).toBe(0);
});

test('a regex that is not global is refused, as matchAll refuses it', () => {
  expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
});

test('each regex is copied once, however many texts it reads', () => {
  const re = /\bsold out\b/g;
  const before = regexCopies();
  for (let i = 0; i < 100; i++) matchesOf(re, `Reply ${i}: the tour is sold out.`);
  expect(regexCopies() - before).toBe(1);
  // The caller's regex keeps its own state: a search started on it is not disturbed.
  re.lastIndex = 3;
  expect(matchesOf(re, 'sold out, sold out')).toHaveLength(2);
  expect(re.lastIndex).toBe(3);
});

test('replies read with the dead-end forms copy each form once, not once per reply', () => {
  detect('Sorry, the sled tours are all taken in March.');
  const before = regexCopies();
  for (let i = 0; i < 20; i++) detect(`Sorry, every kayak is out on day ${i}.`);
  expect(regexCopies()).toBe(before);
  expect(detect('Sorry, every kayak is out.').length).toBeGreaterThan(0);
});
