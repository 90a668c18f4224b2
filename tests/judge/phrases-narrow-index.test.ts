// Work the phrase index saves (counted, never timed): a reply without CJK characters looks its
// words up only in the part of a list's index it can meet — for the Chinese list, nothing.
import { expect, test } from 'vitest';
import {
  candidates,
  partWordReads,
  sequenceCandidates,
  sequenceSlotChecks,
  textWordReads,
  wordLookups,
} from '../../src/judge/phrases/buckets.js';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { foldForPhrases } from '../../src/judge/phrases/phrase-patterns.js';
import { resources } from './phrases-helpers.js';

const list = (lang: string) => {
  const found = resources.phraseLists.find((l) => l.lang === lang);
  if (!found) throw new Error(`no ${lang} list`);
  return found;
};
const lookupsFor = (lang: string, text: string) => {
  const t = foldForPhrases(text).text;
  const before = wordLookups();
  candidates(list(lang), t);
  sequenceCandidates(list(lang), t);
  return wordLookups() - before;
};

test('an English reply looks up no word in the Chinese list, a Chinese one does', () => {
  expect(lookupsFor('zh-Hans', 'It is not my job, google it on the app, 100 times')).toBe(0);
  expect(lookupsFor('zh-Hans', '这不是我的工作')).toBeGreaterThan(0);
  // The English list is asked as before.
  expect(lookupsFor('en', 'It is not my job')).toBeGreaterThan(0);
});

test('the Chinese list still finds its phrases, and the English list English ones', () => {
  const acts = (text: string) => detectPhrases(text, resources.phraseLists).map((h) => h.act);
  expect(acts('这不是我的工作')).not.toEqual([]);
  expect(acts('Not my job, 这不是我的工作')).not.toEqual([]);
  expect(acts('That is not my job')).not.toEqual([]);
});

test("a sequence's first-slot wordings whose opening word the reply lacks are not searched for", () => {
  const text = 'Penalties are dealt with by another team.';
  const t = foldForPhrases(text).text;
  const found = sequenceCandidates(list('en'), t).find(
    (c) => c.entry.id === 'g-other-unit-handles',
  );
  if (!found) throw new Error('the sequence is no candidate');
  const all = found.seq.slots[0] ?? [];
  expect(found.firsts.length).toBeGreaterThan(0);
  expect(found.firsts.length).toBeLessThan(all.length);
  // Those kept keep the slot's order; each opens with a word of the reply.
  expect(all.filter((a) => found.firsts.includes(a))).toEqual(found.firsts);
  const words = new Set(t.split(/[^a-z]+/));
  for (const a of found.firsts) expect(words.has(a.split(/[^a-z]+/)[0] as string)).toBe(true);
  // And the phrase is still found.
  expect(detectPhrases(text, resources.phraseLists).map((h) => h.category)).toContain(
    'passing-the-buck',
  );
});

test('a sequence is tried only where each slot has a wording all of whose words the reply has', () => {
  const seqFor = (text: string) =>
    sequenceCandidates(list('en'), foldForPhrases(text).text).find(
      (c) => c.entry.id === 'g-other-unit-handles',
    );
  // "a" opens "a different team", but the reply has neither "different" nor "team".
  expect(seqFor('Penalties are dealt with by a clerk.')).toBeUndefined();
  // "go" opens "go through" and "go to", but the reply has neither "through" nor "to".
  expect(seqFor('You go and it is dealt with by another team.')?.firsts).toEqual(['dealt with by']);
});

test("a reply's common words reach few sequence slots: each wording is found by its rarest word", () => {
  const reached = (text: string) => {
    const before = sequenceSlotChecks();
    const found = sequenceCandidates(list('en'), foldForPhrases(text).text);
    return { checks: sequenceSlotChecks() - before, ids: found.map((c) => c.entry.id) };
  };
  // Keyed by their opening words ("you", "have", "the", "is"), the slots checked were 171 and 280.
  const story = reached(
    'So you have been waiting for two weeks and nobody called you back, is that right?',
  );
  expect(story.checks).toBeLessThan(120);
  expect(story.ids).toEqual([]);
  const buck = reached('I am sorry, it is not my job. You will have to call the other team.');
  expect(buck.checks).toBeLessThan(180);
  expect(buck.ids).toEqual(['g-you-will-need-to']);
});

test("a reply's words are read once for every list's patterns and sequences", () => {
  const acts = (text: string) => detectPhrases(text, resources.phraseLists).map((h) => h.act);
  acts('Not my job, 这不是我的工作'); // every list indexed
  const before = textWordReads();
  expect(acts('It is not my job, you will have to call the other team.')).not.toEqual([]);
  expect(textWordReads() - before).toBe(1);
});

test("indexing a list reads each pattern part's and each sequence wording's words once", () => {
  const en = list('en');
  // A copy is a list not indexed yet.
  const fresh = structuredClone(en);
  const parts = fresh.entries.reduce(
    (n, e) =>
      n +
      e.patterns.reduce((m, p) => m + p.parts.length, 0) +
      e.sequences.reduce((m, s) => m + s.slots.reduce((k, alts) => k + alts.length, 0), 0),
    0,
  );
  const before = partWordReads();
  const t = foldForPhrases('It is not my job, you will have to call the other team.').text;
  const found = candidates(fresh, t).map((c) => c.entry.id);
  const sequences = sequenceCandidates(fresh, t).map((c) => c.entry.id);
  // Before, the words of a sequence's first-slot wordings were read three times, the others twice.
  expect(partWordReads() - before).toBeLessThanOrEqual(parts);
  expect(partWordReads() - before).toBeGreaterThan(0);
  // And the copy's index finds what the list's does.
  expect(found).toEqual(candidates(en, t).map((c) => c.entry.id));
  expect(sequences).toEqual(sequenceCandidates(en, t).map((c) => c.entry.id));
});

test("a word no list needs is never looked up: lookups go by the ids a reply's words have", () => {
  // Made-up words: no pattern or sequence of any list has them.
  expect(lookupsFor('en', 'Zorvath quindle, plexoram snerdwick!')).toBe(0);
  // Each of a reply's words is looked up once per index at most, whatever else it holds.
  const plain = 'It is not my job';
  const padded = 'It is not my job, zorvath quindle plexoram snerdwick vombrel';
  expect(lookupsFor('en', padded)).toBe(lookupsFor('en', plain));
});
