// The free-text judges on random Unicode (controls, bidi marks, combining marks, surrogates) and
// huge answers (10k characters, 100k in a soak): valid result shapes and spans inside the answer.
// That their work grows linearly with the answer is counted in work-bounds.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import type { FreeTextItem, Lang } from '../../src/drills/schema.js';
import { createJudge, detectPhrases } from '../../src/judge/index.js';
import { classifyQuestion } from '../../src/judge/question/index.js';
import { normalise } from '../../src/judge/text/index.js';
import type { Span } from '../../src/judge/types.js';
import { ROOT } from '../helpers/paths.js';
import { resources } from '../judge/phrases-helpers.js';
import {
  BIG_RUNS,
  check,
  HUGE,
  hugeText,
  nastyText,
  repeated,
  reportCounts,
  TIMEOUT,
  WORST_PIECES,
} from './fuzz-kit.js';

reportCounts('judges');

const judge = createJudge(resources);
const ITEMS: { item: FreeTextItem; lang: Lang }[] = readdirSync(join(ROOT, 'drills'), {
  withFileTypes: true,
})
  .filter((d) => d.isDirectory() && d.name !== 'phrase-lists')
  .flatMap((d) => ['en.yaml', 'zh-Hans.yaml'].map((f) => join(ROOT, 'drills', d.name, f)))
  .flatMap((file) => {
    const r = parseDrillSet(readFileSync(file, 'utf8'), file);
    if (!r.ok) throw new Error(`${file} does not load`);
    return r.loaded.set.items.flatMap((item) =>
      item.kind === 'ask' || item.kind === 'paraphrase' || item.kind === 'rewrite'
        ? [{ item, lang: r.loaded.set.lang }]
        : [],
    );
  });

function expectSpan(span: Span | undefined, text: string): void {
  if (!span) return;
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.start).toBeLessThanOrEqual(span.end);
  expect(span.end).toBeLessThanOrEqual(text.length);
}

function judgeOne([which, answer]: [number, string]): void {
  const { item, lang } = ITEMS[which % ITEMS.length]!;
  const j = judge.judge(item, answer, lang);
  expect(j.max).toBe(item.points);
  expect(j.score).toBeGreaterThanOrEqual(0);
  expect(j.score).toBeLessThanOrEqual(j.max);
  expect(['pass', 'partial', 'fail']).toContain(j.verdict);
  expect(typeof j.needsReview).toBe('boolean');
  for (const c of j.criteria) {
    expect(typeof c.met).toBe('boolean');
    expect(c.weight).toBeGreaterThanOrEqual(0);
    expectSpan(c.span, answer);
  }
  for (const f of j.forbidden) expectSpan(f.span, answer);
}

function detectOne(text: string): void {
  const hits = detectPhrases(text, resources.phraseLists);
  for (const h of hits) {
    expectSpan(h.span, text);
    expect(h.span.end).toBeGreaterThan(h.span.start);
    expect(h.phrase.length).toBeGreaterThan(0);
  }
}

function classifyOne([text, lang]: [
  string,
  'en' | 'zh-Hans' | 'zh-Hant' | 'ja' | undefined,
]): void {
  const v = classifyQuestion(text, lang);
  expect(['open', 'closed']).toContain(v.verdict);
  expect(typeof v.cue).toBe('string');
  expectSpan(v.span, text);
}

function normaliseOne(text: string): void {
  const n = normalise(text);
  expect(n.original).toBe(text);
  expect(n.starts.length).toBe(n.text.length);
  expect(n.ends.length).toBe(n.text.length);
  for (let i = 0; i < n.text.length; i++) {
    expect(n.starts[i]).toBeGreaterThanOrEqual(0);
    expect(n.starts[i]).toBeLessThanOrEqual(n.ends[i]!);
    expect(n.ends[i]).toBeLessThanOrEqual(text.length);
  }
}

const item = fc.nat(ITEMS.length - 1);
const qlang = fc.constantFrom(
  'en' as const,
  'zh-Hans' as const,
  'zh-Hant' as const,
  'ja' as const,
  undefined,
);

describe('judges under random input', () => {
  it(
    'there are free-text items of every kind to judge',
    () => {
      expect(new Set(ITEMS.map((i) => i.item.kind))).toEqual(
        new Set(['ask', 'paraphrase', 'rewrite']),
      );
    },
    TIMEOUT,
  );

  it(
    'createJudge().judge on every bundled ask/paraphrase/rewrite item',
    () => {
      check('judge: random answer', fc.tuple(item, nastyText(80)), judgeOne);
    },
    TIMEOUT,
  );
  it(
    'detectPhrases',
    () => {
      check('detectPhrases: random text', nastyText(80), detectOne);
    },
    TIMEOUT,
  );
  it(
    'classifyQuestion',
    () => {
      check('classifyQuestion: random text', fc.tuple(nastyText(80), qlang), classifyOne);
    },
    TIMEOUT,
  );
  it(
    'normalise',
    () => {
      const text = nastyText(80);
      check('normalise: random text', text, normaliseOne);
    },
    TIMEOUT,
  );

  // A plain-object lookup once found Object.prototype.constructor for the word "constructor",
  // erased it and broke the offset maps.
  it(
    'normalise keeps the word "constructor"',
    () => {
      expect(normalise('the constructor works').text).toBe('the constructor works');
      normaliseOne('the constructor works');
    },
    TIMEOUT,
  );

  it(
    'huge answers give well-formed results',
    () => {
      check('judge: huge answer', fc.tuple(item, hugeText), judgeOne, BIG_RUNS);
      check('detectPhrases: huge text', hugeText, detectOne, BIG_RUNS);
      check('classifyQuestion: huge text', fc.tuple(hugeText, qlang), classifyOne, BIG_RUNS);
      check(
        'normalise: huge text',
        hugeText.filter((t) => !/constructor/i.test(t)),
        normaliseOne,
        BIG_RUNS,
      );
    },
    TIMEOUT,
  );

  const kindAt = (kind: FreeTextItem['kind']) => ITEMS.findIndex((i) => i.item.kind === kind);

  it(
    'huge texts of the worst pieces we know: fillers, question marks, gaps, CJK',
    () => {
      for (const piece of WORST_PIECES) {
        const text = repeated(piece, HUGE);
        for (const kind of ['paraphrase', 'rewrite', 'ask'] as const)
          judgeOne([kindAt(kind), text]);
        detectOne(text);
        classifyOne([text, undefined]);
      }
    },
    TIMEOUT,
  );
});
