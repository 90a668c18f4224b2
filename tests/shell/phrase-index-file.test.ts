// dist/drills/phrase-index.json, the detector's word indexes of the bundled lists made by the
// build, is used only with the lists it was made from, and only whole: otherwise the indexes
// are built, as without it. Counted (indexes built), never timed.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { indexBuilds } from '../../src/judge/phrases/buckets.js';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { compiledResourcesFile, loadBundledResources } from '../../src/shell/bundled-judge.js';
import { phraseIndexFile } from '../../src/shell/phrase-index-file.js';
import { ROOT } from '../helpers/paths.js';

const replies = [
  '推荐您去护国寺小吃店（护国寺总店）用餐。您是对的——真讨厌。',
  'I really just do not know, that is not my job, google it.',
  'That is not my problem. Calm down and read the FAQ.',
  'これは私の担当ではありません。',
  '这不是我的工作，你自己去问客服吧。',
  'Sure, the Riverside hotel has free parking. Would you like me to book it?',
];

/** The detector's hits on the replies with the lists of `packageRoot`, and the indexes built. */
function judged(packageRoot: string) {
  const before = indexBuilds();
  const { phraseLists } = loadBundledResources(packageRoot);
  const hits = replies.map((r) => detectPhrases(r, phraseLists));
  return { hits, builds: indexBuilds() - before };
}

/** A package with the bundled lists (as `lists` changes their text) and `index` as its index file. */
function packageWith(index: (bytes: Buffer) => Buffer | undefined, lists = (t: string) => t) {
  const root = mkdtempSync(join(tmpdir(), 'cs-drill-phrase-index-'));
  const listsFile = compiledResourcesFile(root);
  mkdirSync(dirname(listsFile), { recursive: true });
  writeFileSync(listsFile, lists(readFileSync(compiledResourcesFile(ROOT), 'utf8')));
  const bytes = index(readFileSync(phraseIndexFile(ROOT)));
  if (bytes) writeFileSync(phraseIndexFile(root), bytes);
  return root;
}

// First in this file (a process of its own): the first replies meet word ids no index took yet.
test("the bundled lists use the build's indexes and judge as with built ones", () => {
  const prebuilt = judged(ROOT);
  expect(prebuilt.builds).toBe(0);
  const built = judged(packageWith(() => undefined));
  expect(built.builds).toBeGreaterThan(0);
  expect(prebuilt.hits).toEqual(built.hits);
  expect(prebuilt.hits.flat().length).toBeGreaterThan(3);
});

test('own lists (other bytes than the index was made from) have their indexes built', () => {
  // The same lists written otherwise, and lists with one entry fewer.
  const spaced = (t: string) => JSON.stringify(JSON.parse(t), null, 1);
  const fewer = (t: string) => {
    const parsed = JSON.parse(t);
    parsed.phraseLists[0].entries.splice(0, 1);
    return JSON.stringify(parsed);
  };
  for (const lists of [spaced, fewer]) {
    const withIndex = judged(packageWith((b) => b, lists));
    const without = judged(packageWith(() => undefined, lists));
    expect(withIndex.builds).toBe(without.builds);
    expect(withIndex.builds).toBeGreaterThan(0);
    expect(withIndex.hits).toEqual(without.hits);
  }
});

test.each([
  ['cut short', (b: Buffer) => b.subarray(0, b.length / 2)],
  ['a changed byte', (b: Buffer) => Buffer.from(b).fill(0x37, b.length - 900, b.length - 899)],
  ['empty', () => Buffer.alloc(0)],
  ['not JSON', () => Buffer.from('{"stamp": \n[')],
  ['a directory', undefined],
])('a damaged index file (%s) is never fatal: the indexes are built', (_, damage) => {
  const root = packageWith((b) => damage?.(b));
  if (!damage) mkdirSync(phraseIndexFile(root));
  const expected = judged(packageWith(() => undefined));
  const result = judged(root);
  expect(result.builds).toBe(expected.builds);
  expect(result.hits).toEqual(expected.hits);
});
