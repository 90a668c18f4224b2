import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExamples } from '../../src/drills/check-examples.js';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import { createJudge } from '../../src/judge/index.js';
import { runCli } from '../helpers/cli.js';
import { resources } from '../judge/phrases-helpers.js';

const set = (modelAnswer: string) => `format: 1
id: model-check
lang: en
title: Model answers
description: A set whose model answer is judged.
intro: Restate the customer.
skills: [paraphrasing]
items:
  - id: restate-bags
    kind: paraphrase
    prompt: Restate.
    explanation: Facts, feeling, check.
    customer: Two of my three suitcases did not arrive on the flight from Guangzhou this morning.
    criteria:
      - id: bags
        label: Two suitcases missing
        any: [two, suitcases, bags]
      - id: flight
        label: The Guangzhou flight
        any: [guangzhou, flight]
    model_answer: ${modelAnswer}
`;

describe('validate judges every model answer', () => {
  const judge = createJudge(resources);
  const problems = (modelAnswer: string) => {
    const r = parseDrillSet(set(modelAnswer), 'm.yaml');
    if (!r.ok) throw new Error('set does not parse');
    return checkExamples(r.loaded.set, judge);
  };

  it('accepts a model answer with full marks', () => {
    expect(
      problems(
        "I can see how worrying that is — two of your three suitcases didn't come off the Guangzhou flight this morning. Is that right?",
      ),
    ).toEqual([]);
  });

  it('reports a model answer that misses, or gets a fact wrong, with why', () => {
    const wrong = problems(
      "I can see how worrying that is — two of your suitcases didn't come off the flight from Beijing. Is that right?",
    );
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({
      code: 'model-answer-score',
      path: ['items', 0, 'model_answer'],
    });
    expect(wrong[0]?.message).toMatch(/flight \(contradicted: "Beijing"\)/);
    expect(problems('Two suitcases are missing.')[0]?.code).toBe('model-answer-score');
  });

  it('names the file and line of the model answer on the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-model-'));
    const file = join(dir, 'm.yaml');
    writeFileSync(file, set('Two suitcases are missing.'));
    const r = await runCli(['validate', file], { cwd: dir });
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/m\.yaml:21:\d+: .*model answer scores/);
  });
});
