import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

/** Restatements in the trainee's own forms: checks, feelings, the story told back, sides. */
const judge = createJudge(resources);

test('en: "you got to" a place is where the customer arrived, not an order', () => {
  const item = restatementItem('We reached the Oak Street depot at 5 and the van was locked.', [
    ['depot', ['Oak Street depot', 'the depot']],
    ['locked', ['van was locked', 'locked']],
  ]);
  const arrived = judge.judge(
    item,
    "So you got to the Oak Street depot at 5 and the van was locked. That's so frustrating. Is that right?",
    'en',
  );
  expect(arrived.forbidden).toEqual([]);
  const order = judge.judge(
    item,
    "The van was locked at the Oak Street depot. You've got to call ahead. That's frustrating. Is that right?",
    'en',
  );
  expect(order.forbidden.length).toBeGreaterThan(0);
});

test('en: a closing "Anything …?" asking for more is a check, an offer of help is not', () => {
  const item = restatementItem('My blender stopped working after two days.', [
    ['broke', ['stopped working']],
    ['days', ['two days', '2 days']],
  ]);
  const asks = (closing: string) =>
    judge
      .judge(item, `So the blender stopped working after two days, how annoying. ${closing}`, 'en')
      .criteria.find((c) => c.id === 'check-question')?.met;
  expect(asks("Anything I've left out?")).toBe(true);
  expect(asks('Anything else I should write down?')).toBe(true);
  expect(asks('Anything else I can help you with?')).toBe(false);
  expect(asks('Have I got that straight?')).toBe(true);
  expect(asks('Am I on track?')).toBe(true);
  expect(asks('Is that okay with you?')).toBe(false);
  expect(asks('Does that help?')).toBe(false);
});

test('en: facts said together in one clause are no swap of the clauses they were told in', () => {
  const item = restatementItem(
    'We checked in at Birch Lodge on Monday with our dog and room 8 that we had reserved had no heating.',
    [
      ['lodge', ['Birch Lodge']],
      ['room', ['room 8']],
      ['problem', ['no heating', 'no heat', 'cold room']],
      ['dog', ['our dog', 'the dog']],
    ],
  );
  const j = judge.judge(
    item,
    'Room 8 at Birch Lodge, reserved ahead, no heat when you checked in Monday with the dog. That sounds miserable. Did I miss anything?',
    'en',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
  expect(j.verdict).toBe('pass');
});

test('en: a compound participle of feeling after a frame is the feeling acknowledged', () => {
  const item = restatementItem('My visa papers are stuck at the embassy.', [
    ['stuck', ['stuck at the embassy', 'held at the embassy']],
  ]);
  const feeling = (s: string) =>
    judge.judge(item, s, 'en').criteria.find((c) => c.id === 'feeling')?.met;
  expect(feeling("Your papers are stuck at the embassy. That's gut-wrenching. Right?")).toBe(true);
  expect(feeling("Your papers are stuck at the embassy. That's well-organised. Right?")).toBe(
    false,
  );
});

test('en: bad news about the case told back in a restatement is the story, not a refusal', () => {
  const item = restatementItem('They told me at the door that the sailing was cancelled.', [
    ['cancelled', ['sailing was cancelled', 'sailing cancelled']],
    ['door', ['at the door']],
  ]);
  const hits = (s: string) => judge.judge(item, s, 'en').forbidden.map((h) => h.category);
  expect(
    hits('So at the door you heard the boat trip was cancelled. How upsetting. Right?'),
  ).toEqual([]);
  expect(
    hits("So the sailing was off, told at the door. I can't do anything about it. Right?"),
  ).toContain('refusal');
});

test('en: the other side of the same thing contradicts the fact; "come back" is no side', () => {
  const customer = 'The left hinge of my new wardrobe snapped after a week, so I came back in.';
  const any = ['hinge snapped', 'broken hinge'];
  const said = (s: string) => factStatus(judge, customer, any, s, 'en');
  expect(said('So the right hinge snapped after a week. Right?')).toBe('contradicted');
  expect(said('So the left hinge snapped after a week and you came back. Right?')).toBe('met');
  expect(said('So the hinge snapped and you had to come back in. Right?')).toBe('met');
});
