// Runaway work (backtracking, quadratic loops, expanded aliases) is caught by counting work,
// never by timing it: the counts are the same on a quiet machine and on a busy one.
// The work helper must load before the code it counts (see tests/helpers/work.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { expectLinearWork, workOf } from '../helpers/work.js';
import { repeated, WORST_PIECES } from './fuzz-kit.js';

const { parseDrillSet } = await import('../../src/drills/parse-set.js');
const { createJudge, detectPhrases } = await import('../../src/judge/index.js');
const { classifyQuestion } = await import('../../src/judge/question/index.js');
const { normalise } = await import('../../src/judge/text/index.js');
const { resources } = await import('../judge/phrases-helpers.js');
const { loadFixtureSet } = await import('../helpers/fixtures.js');

const YAML_AND_SRC = ['/src/', '/node_modules/yaml/'];

describe('work counted, not timed', () => {
  it('the counter tells linear work from quadratic work', () => {
    const linear = (t: string) => {
      let c = 0;
      for (let i = 0; i < t.length; i++) c += t.charCodeAt(i);
      return c;
    };
    const quadratic = (t: string) => {
      let c = 0;
      for (let i = 0; i < t.length; i++) for (let j = 0; j < i; j++) c += t.charCodeAt(j);
      return c;
    };
    const here = ['/work-bounds.test.ts'];
    const text = (n: number) => 'a'.repeat(n);
    expectLinearWork('linear', text, linear, { n: 100, where: here });
    expect(() => expectLinearWork('quadratic', text, quadratic, { n: 100, where: here })).toThrow(
      /grew/,
    );
  });

  it('the judges: work on the worst pieces grows linearly from 1k to 10k characters', () => {
    // Every piece in one text, each repeated to a tenth of the length: a piece that costs
    // quadratic work still makes the whole text's work grow a hundredfold.
    const text = (n: number) => WORST_PIECES.map((p) => repeated(p, n / 10)).join('');
    const judge = createJudge(resources);
    const set = loadFixtureSet('sheets/all-kinds-set.yaml').set;
    const n = { n: 1000 };
    for (const item of set.items)
      if (item.kind === 'ask' || item.kind === 'paraphrase' || item.kind === 'rewrite')
        expectLinearWork(`judge ${item.kind}`, text, (t) => judge.judge(item, t, set.lang), n);
    expectLinearWork('detectPhrases', text, (t) => detectPhrases(t, resources.phraseLists), n);
    expectLinearWork('classifyQuestion', text, (t) => classifyQuestion(t), n);
    expectLinearWork('normalise', text, normalise, n);
  });

  it('the drill loader: work on deep nesting grows linearly from 1k to 10k levels', () => {
    const shapes: Record<string, (n: number) => string> = {
      brackets: (n) => '['.repeat(n),
      'closed brackets': (n) => `items: ${'['.repeat(n)}${']'.repeat(n)}`,
      braces: (n) => `${'{a: '.repeat(n)}${'}'.repeat(n)}`,
      dashes: (n) => `${'- '.repeat(n)}x`,
      'long lines': (n) => `intro: ${'x'.repeat(n * 10)}\n`,
    };
    for (const [name, shape] of Object.entries(shapes))
      expectLinearWork(name, shape, (text) => parseDrillSet(text, 'deep.yaml'), {
        n: 1000,
        where: YAML_AND_SRC,
      });
  });

  it('an alias bomb is refused, not expanded: nine levels cost little more than five', () => {
    const bomb = (levels: number) =>
      Array.from({ length: levels }, (_, i) => {
        const name = String.fromCharCode(97 + i);
        const value = i === 0 ? '"lol"' : `*${String.fromCharCode(96 + i)}`;
        return `${name}: &${name} [${Array(9).fill(value).join(', ')}]`;
      }).join('\n');
    const codes = (levels: number) => {
      const r = parseDrillSet(bomb(levels), 'bomb.yaml');
      return r.ok ? [] : r.problems.map((p) => p.code);
    };
    expect(codes(9)).toContain('yaml-aliases');
    expect(bomb(9)).toBe(
      readFileSync(join(ROOT, 'tests/fixtures/hostile/alias-bomb.yaml'), 'utf8')
        .replace(/^#.*\n/, '')
        .trimEnd(),
    );
    codes(5); // warm-up
    const five = workOf(() => codes(5), YAML_AND_SRC);
    const nine = workOf(() => codes(9), YAML_AND_SRC);
    // Expanded, nine levels would cost 9^4 = 6561 times five levels; refused, about 9/5 times.
    expect(nine, `work ${five} at five levels, ${nine} at nine`).toBeLessThan(five * 4);
  });
});
