import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CorpusFlag, CorpusReport } from '../../src/eval/corpus.js';
import { parseReplyRow } from '../../src/eval/phrases.js';
import { corpusProblems, guardFigures } from '../../src/eval/train-guards.js';
import { leaveRoundsOut } from '../../src/eval/train-loro.js';
import { MODEL_FILE, SETS, type TrainRun, trainAndGuard } from '../../src/eval/train-main.js';
import { trainReplyModel } from '../../src/eval/train-reply-model.js';
import { chooseThresholds, crossValidate } from '../../src/eval/train-threshold.js';
import type { ReplyModel } from '../../src/judge/phrases/reply-model.js';
import { resources, root } from './phrases-helpers.js';

/**
 * A project root in a temp dir: the real phrase lists and shipped model, the labelled sets and
 * corpus lines given, and nothing else.
 */
function project(sets: Record<string, object[]>, corpus: string[] = [], realJudged: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-train-'));
  const lists = join(dir, 'drills', 'phrase-lists');
  mkdirSync(lists, { recursive: true });
  for (const f of [
    'forbidden.en.yaml',
    'forbidden.zh-Hans.yaml',
    'forbidden.ja.yaml',
    'reply-model.json',
  ])
    copyFileSync(join(root, 'drills', 'phrase-lists', f), join(lists, f));
  mkdirSync(join(dir, 'eval'));
  for (const [file, rows] of Object.entries(sets))
    writeFileSync(join(dir, 'eval', file), rows.map((r) => JSON.stringify(r)).join('\n'));
  const corpora = join(dir, 'corpora');
  mkdirSync(corpora);
  writeFileSync(join(corpora, 'multiwoz-agent-replies.en.txt'), `${corpus.join('\n')}\n`);
  writeFileSync(
    join(dir, 'eval', 'corpus-flags.en.tsv'),
    ['label\treply', ...realJudged.map((r) => `real\t${r}`)].join('\n'),
  );
  const run = (over: Partial<TrainRun> = {}) => {
    const out: string[] = [];
    const written = trainAndGuard(
      {
        root: dir,
        corpora,
        sets: Object.keys(sets),
        heldOut: [],
        options: {},
        leaveOneOut: false,
        show: false,
        ...over,
      },
      (s) => out.push(s),
    );
    return { written, out: out.join(''), model: readFileSync(join(dir, MODEL_FILE), 'utf8') };
  };
  return { dir, run, shipped: readFileSync(join(dir, MODEL_FILE), 'utf8') };
}

const en = (text: string, flag: boolean, category?: string) => ({
  lang: 'en',
  text,
  flag,
  ...(category ? { category } : {}),
});

// A taboo reply no phrase list holds, which only the shipped model catches.
const modelOnly = 'That order is not something I am going to deal with.';

const refusals = [
  'I am not dealing with that parcel any further.',
  'We are not sorting out that refund for you.',
  'I am not looking at that booking again today.',
].map((t) => en(t, true, 'refusal'));
const clean = [
  'Your table for four is booked for eight tonight.',
  'The parcel left the depot this morning and should arrive tomorrow.',
  'The pool opens at seven and towels are at the desk.',
].map((t) => en(t, false));

describe('npm run train-model: reproducible weights', () => {
  test('the same rows in any order give the same weights', () => {
    const rows = [...refusals, ...clean].map((r) => ({ text: r.text, flag: r.flag }));
    const m = trainReplyModel(rows, resources.phraseLists, { bits: 14, keep: 800 });
    expect(
      trainReplyModel([...rows].reverse(), resources.phraseLists, { bits: 14, keep: 800 }),
    ).toEqual(m);
    expect(
      trainReplyModel(
        [rows[3], rows[0], rows[5], rows[1], rows[4], rows[2]].flatMap((r) => (r ? [r] : [])),
        resources.phraseLists,
        { bits: 14, keep: 800 },
      ),
    ).toEqual(m);
  });

  test('training files listed in another order write the same model file', () => {
    const p = project({ 'a.jsonl': refusals, 'b.jsonl': clean });
    const first = p.run({ sets: ['a.jsonl', 'b.jsonl'] });
    const second = p.run({ sets: ['b.jsonl', 'a.jsonl'] });
    expect(first.written).toBe(true);
    expect(second.model).toBe(first.model);
    expect(first.model).not.toBe(p.shipped);
  });
});

describe('npm run train-model -- --norm-step=k', () => {
  test('each row moves its log-odds by at most k times the rate: the weights stay small', () => {
    const rows = [...refusals, ...clean].map((r) => ({ text: r.text, flag: r.flag }));
    const largest = (normStep?: number) =>
      Math.max(
        ...trainReplyModel(rows, resources.phraseLists, {
          bits: 14,
          keep: 800,
          ...(normStep ? { normStep } : {}),
        }).flag.weight.map(Math.abs),
      );
    const plain = largest();
    expect(largest(8)).toBeLessThan(plain);
    expect(largest(1)).toBeLessThan(largest(8));
  });
});

describe('npm run train-model -- --model-out=<file>', () => {
  test('the model is written there even when the guards drop; the shipped file stays', () => {
    const p = project({ 'guard.jsonl': [en(modelOnly, true, 'dismissal'), ...clean] });
    const out = join(p.dir, 'measured.json');
    const { written, model } = p.run({ options: { keep: 1 }, modelOut: out });
    expect(written).toBe(false);
    expect(model).toBe(p.shipped);
    expect(JSON.parse(readFileSync(out, 'utf8')).flag.index).toHaveLength(1);
  });
});

describe('npm run train-model -- --corpus-weight=n', () => {
  test('each real reply trained on n times moves the weights; 1 is the default', () => {
    const corpus = ['We are not doing that today.', '', 'Your room is ready.', ''];
    const p = project({ 'a.jsonl': refusals, 'b.jsonl': clean }, corpus);
    const plain = p.run().model;
    expect(p.run({ corpusWeight: 1 }).model).toBe(plain);
    expect(p.run({ corpusWeight: 3 }).model).not.toBe(plain);
  });
});

describe('npm run train-model: guards', () => {
  test('a model that loses flags in a language, every set summed, is not written; the set is marked', () => {
    const p = project({ 'guard.jsonl': [en(modelOnly, true, 'dismissal'), ...clean] });
    // A model of one weight flags nothing: the set the shipped model caught drops, and English with it.
    const { written, out, model } = p.run({ options: { keep: 1 } });
    expect(written).toBe(false);
    expect(model).toBe(p.shipped);
    expect(out).toMatch(/guard\.jsonl +4 +100\.0 \/ 100\.0 +- +\/ +0\.0 +DROPPED/);
    expect(out).toMatch(
      /not written[^\n]*\n {2}en, every set summed: 100\.0 \/ 100\.0 with the shipped model, +- +\/ +0\.0 trained now/,
    );
  });

  test('the guard sums each language over every set; a set alone may lose what another gains', () => {
    const zh = { lang: 'zh-Hans', text: '您的包裹已经发出，明天送到。', flag: false };
    const sets = new Map([
      ['a.jsonl', [parseReplyRow(en(modelOnly, true, 'dismissal')), parseReplyRow(zh)]],
      ['b.jsonl', clean.map(parseReplyRow)],
    ]);
    // The lists alone before, the shipped model after: set a gains its model-only flag.
    const g = guardFigures(
      sets,
      resources.phraseLists,
      undefined,
      resources.replyModel as ReplyModel,
    );
    expect(g.sets.map((s) => [s.set, s.before.fn, s.after.fn])).toEqual([
      ['a.jsonl', 1, 0],
      ['b.jsonl', 0, 0],
    ]);
    expect(g.langs.map((l) => [l.set, l.before.n, l.before.fn, l.after.fn, l.dropped])).toEqual([
      ['en', 4, 1, 0, false],
      ['zh-Hans', 1, 0, 0, false],
    ]);
  });

  test('real text: what the shipped model lost too is no drop; one more judged-false flag is', () => {
    const flag = (reply: string, label: 'real' | 'false'): CorpusFlag => ({
      line: 1,
      reply,
      found: '',
      label,
    });
    const report = (flags: CorpusFlag[], lostReal: string[]): CorpusReport => ({
      name: 'c.txt',
      replies: 10,
      flags,
      lostReal,
    });
    // Twenty real flags and one or two false: within the 10% bar.
    const real = [...'abcdefghijklmnopqrst'].map((r) => flag(r, 'real'));
    const shipped = report([...real, flag('y', 'false')], ['x']);
    expect(corpusProblems(report([...real, flag('y', 'false')], ['x']), shipped)).toEqual([]);
    expect(
      corpusProblems(report([...real, flag('y', 'false'), flag('z', 'false')], ['x']), shipped),
    ).toEqual(['c.txt: 2 judged-false flags, 1 with the shipped model']);
    expect(
      corpusProblems(report([...real.slice(1), flag('y', 'false')], ['x', 'a']), shipped),
    ).toEqual(['c.txt: 1 judged-real replies no longer flagged']);
  });

  test('a model that loses a judged-real corpus flag is not written', () => {
    const p = project(
      { 'guard.jsonl': clean },
      [modelOnly, ...clean.map((r) => r.text)],
      [modelOnly],
    );
    const { written, out, model } = p.run({ options: { keep: 1 } });
    expect(written).toBe(false);
    expect(model).toBe(p.shipped);
    expect(out).toContain('multiwoz-agent-replies.en.txt: 1 judged-real replies no longer flagged');
  });

  test('a set the lists alone judge stays as it was, so the model is written with its figures', () => {
    const listed = en('Calm down, that is just how it is.', true, 'dismissal');
    const p = project({ 'guard.jsonl': [listed, ...clean] });
    const { written, out } = p.run({ options: { keep: 1 } });
    expect(written).toBe(true);
    expect(out).toMatch(/guard\.jsonl +4 +100\.0 \/ 100\.0 +100\.0 \/ 100\.0\n/);
    expect(out).toContain('guards hold');
  });
});

describe('npm run train-model: the training sets', () => {
  test('every set listed is there, and none is a held-out blind round', () => {
    for (const f of SETS) expect(existsSync(join(root, 'eval', f)), f).toBe(true);
    // Fold B (every other round from 12f on) and the rounds not yet run measure the model honestly.
    const heldOut = [...'fhjlnprtvxz', 'ab', 'ad', 'af', 'ah', 'aj', 'al', 'an', 'ap', 'ar', 'as'];
    heldOut.push('au', 'aw', 'ay', 'ba', 'bc', 'be', 'bg', 'bi', 'bk', 'bm', 'bo');
    const rounds = SETS.flatMap((f) => /^blind-2026-12([a-z]*)\//.exec(f)?.[1] ?? []);
    expect(rounds.filter((r) => heldOut.includes(r))).toEqual([]);
    expect(rounds).toContain('bl');
    // A blind round joins after its one honest run, recorded in its FIRST-RUN.md (since 12c).
    for (const f of SETS.filter((f) => /^blind-2026-12(?:[c-z]|[ab][a-z])\//.test(f)))
      expect(existsSync(join(root, 'eval', f.split('/')[0] as string, 'FIRST-RUN.md')), f).toBe(
        true,
      );
    expect(new Set(SETS).size).toBe(SETS.length);
  });
});

describe('npm run train-model -- --no-write', () => {
  test('the guards are checked and reported, and the model file is left as it was', () => {
    const p = project({ 'a.jsonl': refusals, 'b.jsonl': clean });
    const dry = p.run({ dryRun: true });
    expect(dry.written).toBe(true);
    expect(dry.out).toContain('guards hold');
    expect(dry.out).toContain('not written (--no-write)');
    expect(dry.model).toBe(p.shipped);
    // The same run without it writes a new model: the dry run held it back.
    expect(p.run().model).not.toBe(p.shipped);
  });
});

describe('npm run train-model: thresholds from cross-validation', () => {
  test('per language, the lowest threshold keeping the precision on held-out rows, else the highest', () => {
    const f = (lang: string, threshold: number, tp: number, fp: number) => ({
      lang,
      threshold,
      tp,
      fp,
      fn: 0,
    });
    expect(
      chooseThresholds([
        f('en', 0.9, 90, 10),
        f('en', 0.95, 97, 3),
        f('en', 0.99, 98, 1),
        f('zh-Hans', 0.9, 80, 5),
        f('zh-Hans', 0.99, 70, 4),
      ]),
    ).toEqual({ en: 0.95, 'zh-Hans': 0.99 });
  });

  test('every row is judged once per threshold, by the model of the other folds', () => {
    const rows = [...refusals, ...clean].map((r) => ({ text: r.text, flag: r.flag }));
    const figures = crossValidate(rows, resources.phraseLists, { bits: 14, keep: 800 });
    for (const fig of figures) expect(fig.tp + fig.fn).toBe(refusals.length);
    expect(new Set(figures.map((fig) => fig.lang))).toEqual(new Set(['en']));
  });
});

describe('npm run train-model -- --rounds=…: leave one round out', () => {
  test('each round is judged by a model trained without it, per language, then summed', () => {
    const row = (text: string, flag: boolean) => ({
      ...en(text, flag, flag ? 'refusal' : undefined),
    });
    const sets = new Map([
      [
        'blind-2026-12q/replies.jsonl',
        [row(refusals[0]?.text ?? '', true), row(clean[0]?.text ?? '', false)],
      ],
      [
        'blind-2026-12r/replies.jsonl',
        [row(refusals[1]?.text ?? '', true), row(clean[1]?.text ?? '', false)],
      ],
      ['other.jsonl', [row(refusals[2]?.text ?? '', true), row(clean[2]?.text ?? '', false)]],
    ]);
    const trainedOn: string[][] = [];
    const out: string[] = [];
    leaveRoundsOut(
      ['12q', '12r'],
      sets,
      (rows) => {
        trainedOn.push(rows.map((r) => r.text));
        return rows.map((r) => ({ text: r.text, flag: r.flag }));
      },
      [],
      resources.phraseLists,
      resources.replyModel,
      { bits: 14, keep: 800 },
      (s) => out.push(s),
    );
    const text = out.join('');
    expect(text).toContain('round 12q held out');
    expect(text).toContain('round 12r held out');
    expect(text).toMatch(/rounds 12q, 12r held out in turn, summed[^\n]*\n[^\n]*\n {2}en +4 /);
    // The model for 12q trained on 12r and the other set only; the one for 12r on 12q and the other.
    expect(trainedOn.slice(0, 2).flat()).toEqual([
      refusals[1]?.text,
      clean[1]?.text,
      refusals[2]?.text,
      clean[2]?.text,
    ]);
    expect(trainedOn.slice(2).flat()).not.toContain(refusals[1]?.text);
  });
});
