import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const blender = restatementItem(
  'I bought a blender at your Castle Street branch on Saturday and it stopped working on Sunday. I want my £60 back.',
  [
    ['bought', ['bought', 'Castle Street']],
    ['broke', ['stopped working', 'broke']],
    ['price', ['£60', '60']],
  ],
);
const place = (answer: string) =>
  judge.judge(blender, answer, 'en').criteria.find((c) => c.id === 'bought');

test('en: a fact met by another phrase, with its place named otherwise before the same head, is wrong', () => {
  const answer =
    'So you bought a blender at our Mill Lane branch on Saturday, it stopped working on Sunday and you want the £60 back. I understand how annoying that is. Is that right?';
  expect(place(answer)).toMatchObject({ status: 'contradicted', detail: 'wrong-place' });
  expect(judge.judge(blender, answer, 'en').verdict).toBe('fail');
});

test("en: the customer's name, or no name at all, before the head is right", () => {
  expect(
    place(
      'So you bought a blender at our Castle Street branch on Saturday and it broke on Sunday. Is that right?',
    )?.status,
  ).toBe('met');
  expect(
    place(
      'So you bought a blender at our branch on Saturday and it broke on Sunday. Is that right?',
    )?.status,
  ).toBe('met');
});
