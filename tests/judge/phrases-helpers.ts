import { join } from 'node:path';
import { expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { work } from '../../src/judge/phrases/phrase-patterns.js';
import { loadJudgeResources } from '../../src/shell/phrase-list-files.js';

export const root = join(import.meta.dirname, '..', '..');
export const resources = loadJudgeResources(join(root, 'drills'));
export const detect = (text: string) => detectPhrases(text, resources.phraseLists);
export const flagged = (text: string) =>
  detect(text).map((h) => text.slice(h.span.start, h.span.end));

/** Matching steps the detector takes on `text` (its work, counted instead of timed). */
export function stepsFor(text: string): number {
  const before = work.steps;
  detect(text);
  return work.steps - before;
}

/** Steps on `unit` repeated to n and to 10n characters: linear work grows about tenfold. */
export function growth(unit: string, n: number): number {
  const make = (len: number) => unit.repeat(Math.ceil(len / unit.length)).slice(0, len);
  return stepsFor(make(10 * n)) / Math.max(1, stepsFor(make(n)));
}

/** Each reply is flagged (lists only) with the act given beside it. */
export function flagsEach(rows: [string, string][]): void {
  test.each(rows)('%s → %s', (text, act) => {
    expect(detect(text).map((h) => h.act)).toContain(act);
  });
}

/** Each reply is flagged (lists only) with `act`. */
export function flagsAs(act: string, texts: string[]): void {
  flagsEach(texts.map((text): [string, string] => [text, act]));
}

/** The near misses: no list hit at all. */
export function staysClean(texts: string[]): void {
  test.each(texts)('%s stays clean', (text) => {
    expect(detect(text)).toEqual([]);
  });
}

/** The acts found by lists and reply model together, as `check` judges a reply. */
export const actsWithModel = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).map((h) => h.act);

/** Each reply is flagged (lists and model) with `act`. */
export function modelFlags(act: string, rows: string[]): void {
  test.each(rows.map((r) => [r]))(`${act}: %s`, (text) => {
    expect(actsWithModel(text)).toContain(act);
  });
}

/** Each reply is flagged (lists or model), whatever act names it. */
export function modelFlagsSome(why: string, rows: string[]): void {
  test.each(rows.map((r) => [r]))(`${why}: %s`, (text) => {
    expect(actsWithModel(text)).not.toEqual([]);
  });
}

/** The near misses: nothing flagged, by lists or model. */
export function modelClean(why: string, rows: string[]): void {
  test.each(rows.map((r) => [r]))(`${why}: %s`, (text) => {
    expect(actsWithModel(text)).toEqual([]);
  });
}
