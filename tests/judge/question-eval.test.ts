import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalQuestions, parseQuestionRows } from '../../src/eval/questions.js';

const rows = parseQuestionRows(
  readFileSync(new URL('../../eval/questions.jsonl', import.meta.url), 'utf8'),
);

describe('question eval set', () => {
  it('has at least 200 rows, 35 per language', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en', 'ja']) {
      expect(rows.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(35);
    }
  });

  it('keeps the classifier above its accuracy floor, overall and per language', () => {
    const reports = evalQuestions(rows);
    const all = reports.find((r) => r.lang === 'all');
    expect(all?.n).toBe(rows.length);
    expect(all?.accuracy).toBeGreaterThanOrEqual(0.99);
    for (const r of reports)
      expect(r.accuracy, `${r.lang}: ${JSON.stringify(r.misses)}`).toBeGreaterThanOrEqual(0.98);
  });
});

describe('blind question set (eval/questions-blind.jsonl, labelled before the rules were tuned)', () => {
  it('stays above its floor', () => {
    const blind = parseQuestionRows(
      readFileSync(new URL('../../eval/questions-blind.jsonl', import.meta.url), 'utf8'),
    );
    expect(blind.length).toBe(160);
    const all = evalQuestions(blind).find((r) => r.lang === 'all');
    expect(all?.accuracy, JSON.stringify(all?.misses)).toBeGreaterThanOrEqual(0.97);
  });
});

describe('blind round 3 (eval/questions-blind3.jsonl, committed before its first run)', () => {
  it('stays above its tuned floor; the first run read 87.5%', () => {
    const blind = parseQuestionRows(
      readFileSync(new URL('../../eval/questions-blind3.jsonl', import.meta.url), 'utf8'),
    );
    expect(blind.length).toBe(120);
    const all = evalQuestions(blind).find((r) => r.lang === 'all');
    expect(all?.accuracy, JSON.stringify(all?.misses)).toBeGreaterThanOrEqual(0.98);
  });
});

describe('therapist-style questions (eval/questions-mi.jsonl, labelled by MITI before any run)', () => {
  it('stays above its floor; the first run read 60/60', () => {
    const mi = parseQuestionRows(
      readFileSync(new URL('../../eval/questions-mi.jsonl', import.meta.url), 'utf8'),
    );
    expect(mi.length).toBe(60);
    const all = evalQuestions(mi).find((r) => r.lang === 'all');
    expect(all?.accuracy, JSON.stringify(all?.misses)).toBeGreaterThanOrEqual(0.97);
  });
});
