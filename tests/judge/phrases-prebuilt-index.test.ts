// The word index the build makes of the bundled lists (derived data, read back when a list is
// first met) finds what the index built from the lists' entries finds, and no index is built.
// Counted, never timed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { indexBuilds } from '../../src/judge/phrases/buckets.js';
import { detectPhrases, type PhraseList } from '../../src/judge/phrases/index.js';
import { adoptIndexes, prebuiltIndexes } from '../../src/judge/phrases/prebuilt-indexes.js';
import { resources, root } from './phrases-helpers.js';

const listsText = JSON.stringify(resources.phraseLists);
/** A fresh copy of the bundled lists, as the run time reads them: none of it indexed yet. */
const freshLists = () => JSON.parse(listsText) as PhraseList[];
const indexesText = JSON.stringify(prebuiltIndexes(freshLists()));

const corpus = (file: string) =>
  readFileSync(join(root, 'eval', 'corpus-sample', file), 'utf8')
    .split('\n')
    .slice(1, 150)
    .map((row) => row.split('\t')[3] ?? '');
/** Each entry's wordings, alone and after another reply, and real replies of both languages. */
const replies = [
  ...resources.phraseLists.flatMap((l) =>
    l.entries.flatMap((e) => [
      ...e.patterns.slice(0, 3).map((p) => p.source),
      ...e.sequences.map((s) => s.slots.map((slot) => slot[0]).join(' ')),
    ]),
  ),
  ...corpus('multiwoz.en.tsv'),
  ...corpus('crosswoz.zh-Hans.tsv'),
  '推荐您去护国寺小吃店（护国寺总店）用餐。您是对的——真讨厌。',
  'I really just do not know, that is not my job, google it.',
].filter((r) => r.trim() !== '');

/** The detector's hits on every reply, and how many lists it indexed from their entries. */
function judged(lists: PhraseList[]) {
  const before = indexBuilds();
  const hits = replies.map((r) => detectPhrases(r, lists));
  return { hits, builds: indexBuilds() - before };
}

test('the prebuilt indexes find what built ones find, and no index is built', () => {
  const built = judged(freshLists());
  expect(built.builds).toBeGreaterThan(0);
  const lists = freshLists();
  adoptIndexes(lists, JSON.parse(indexesText));
  const prebuilt = judged(lists);
  expect(prebuilt.builds).toBe(0);
  expect(prebuilt.hits.flat().length).toBeGreaterThan(replies.length / 2);
  expect(prebuilt.hits).toEqual(built.hits);
});

test('indexes offered for other lists are not used: they are built, and judge as before', () => {
  const own = freshLists();
  // A trainer's own English list: one entry fewer.
  const en = own.find((l) => l.lang === 'en') as PhraseList;
  en.entries.splice(3, 1);
  const unchanged = freshLists();
  unchanged.find((l) => l.lang === 'en')?.entries.splice(3, 1);
  const expected = judged(unchanged);
  adoptIndexes(own, JSON.parse(indexesText));
  const result = judged(own);
  // The English list's parts are built; the others still match their indexes.
  expect(result.builds).toBe(2);
  expect(result.hits).toEqual(expected.hits);
});

test.each([
  ['not a list of indexes', { indexes: true }],
  ['an index of no list', [{ list: 7, entries: null, data: {} }]],
  ['entries the list lacks', [{ list: 1, entries: [10_000], data: {} }]],
  ['data without its parts', [{ list: 1, entries: null, data: { words: [] } }]],
  ['data of another kind', [{ list: 1, entries: null, data: 'index' }]],
])('damaged indexes (%s) are left out: the lists are built and judge as before', (_, damaged) => {
  const expected = judged(freshLists());
  const lists = freshLists();
  expect(() => adoptIndexes(lists, damaged)).not.toThrow();
  const result = judged(lists);
  expect(result.builds).toBe(expected.builds);
  expect(result.hits).toEqual(expected.hits);
});
