// Hostile drill files: each has its exact outcome pinned, in the pure loader and through the CLI.
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import { MAX_YAML_DEPTH } from '../../src/drills/yaml-source.js';
import { runCli } from '../helpers/cli.js';

const hostile = (name: string) => join('tests/fixtures/hostile', name);
const load = (name: string) => parseDrillSet(readFileSync(hostile(name), 'utf8'), hostile(name));
const problemsOf = (name: string) => {
  const r = load(name);
  if (r.ok) throw new Error(`${name} loaded`);
  return r.problems.map((p) => ({ code: p.code, line: p.line, col: p.col, message: p.message }));
};
const NO_STACK = /\n\s+at |Error:|unexpected error/;

afterAll(() => {
  // Nothing parsed above may have reached Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('hostile YAML, pure loader', () => {
  // That refusing costs little work is counted in tests/fuzz/work-bounds.test.ts.
  it('an alias bomb (billion laughs) is refused, not expanded', () => {
    expect(problemsOf('alias-bomb.yaml')).toEqual([
      {
        code: 'yaml-aliases',
        line: 1,
        col: 1,
        message:
          'cannot read this YAML: Excessive alias count indicates a resource exhaustion attack',
      },
    ]);
  });

  it('__proto__ and constructor keys are unknown keys with positions; nothing is polluted', () => {
    expect(problemsOf('proto-keys.yaml')).toEqual([
      { code: 'unknown-key', line: 2, col: 1, message: 'unknown key "__proto__"' },
      { code: 'unknown-key', line: 20, col: 5, message: 'item "q1": unknown key "constructor"' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('duplicate keys are errors at the second occurrence, never last-one-wins', () => {
    expect(problemsOf('duplicate-keys.yaml')).toEqual([
      {
        code: 'duplicate-key',
        line: 8,
        col: 1,
        message: 'the key "title" is given twice at the same level',
      },
      {
        code: 'duplicate-key',
        line: 17,
        col: 5,
        message: 'the key "answer" is given twice at the same level',
      },
    ]);
  });

  it('!!js/function, !!python/object, custom and !!binary tags are refused (nothing runs); !!str is fine', () => {
    expect(problemsOf('tags.yaml')).toEqual([
      { code: 'yaml-tag', line: 4, col: 8, message: 'unsupported tag "!!js/function"' },
      {
        code: 'yaml-tag',
        line: 5,
        col: 14,
        message: 'unsupported tag "!!python/object/apply:os.system"',
      },
      { code: 'yaml-tag', line: 6, col: 8, message: 'unsupported tag "!custom"' },
      { code: 'yaml-tag', line: 7, col: 9, message: 'unsupported tag "!!binary"' },
    ]);
    expect(existsSync('/tmp/cs-drill-pwned')).toBe(false);
  });

  it(`nesting deeper than ${MAX_YAML_DEPTH} levels is refused where it starts, before yaml recurses`, () => {
    const cases: [string, number, number][] = [
      ['['.repeat(10_000), 1, MAX_YAML_DEPTH + 1],
      [`items: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, 1, MAX_YAML_DEPTH + 7],
      [`${'{a: '.repeat(10_000)}${'}'.repeat(10_000)}`, 1, 4 * MAX_YAML_DEPTH + 1],
      [`${'- '.repeat(10_000)}x`, 1, 2 * MAX_YAML_DEPTH + 1],
      [
        Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
        MAX_YAML_DEPTH + 1,
        MAX_YAML_DEPTH + 1,
      ],
    ];
    for (const [text, line, col] of cases) {
      const r = parseDrillSet(text, 'deep.yaml');
      expect(r.ok ? [] : r.problems).toEqual([
        {
          code: 'yaml-too-deep',
          file: 'deep.yaml',
          line,
          col,
          message: `lists and mappings are nested more than ${MAX_YAML_DEPTH} levels deep here`,
          hint: 'a drill file or answer sheet needs a few levels at most',
        },
      ]);
    }
  });
});

describe('hostile YAML through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-hostile-'));

  it('validate reports every hostile file with file:line:col and exits 1, no stack trace', async () => {
    const files = ['alias-bomb.yaml', 'proto-keys.yaml', 'duplicate-keys.yaml', 'tags.yaml'].map(
      hostile,
    );
    const r = await runCli(['validate', ...files]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'tests/fixtures/hostile/alias-bomb.yaml:1:1: cannot read this YAML: Excessive alias count indicates a resource exhaustion attack (remove the repeated aliases (*name))',
      'tests/fixtures/hostile/proto-keys.yaml:2:1: unknown key "__proto__" (check the spelling; `cs-drill schema` lists every key)',
      'tests/fixtures/hostile/proto-keys.yaml:20:5: item "q1": unknown key "constructor" (check the spelling; `cs-drill schema` lists every key)',
      'tests/fixtures/hostile/duplicate-keys.yaml:8:1: the key "title" is given twice at the same level (keep one of them)',
      'tests/fixtures/hostile/duplicate-keys.yaml:17:5: the key "answer" is given twice at the same level (keep one of them)',
      expect.stringMatching(
        /^tests\/fixtures\/hostile\/tags\.yaml:4:8: unsupported tag "!!js\/function"/,
      ),
      expect.stringMatching(
        /^tests\/fixtures\/hostile\/tags\.yaml:5:14: unsupported tag "!!python/,
      ),
      expect.stringMatching(/^tests\/fixtures\/hostile\/tags\.yaml:6:8: unsupported tag "!custom"/),
      expect.stringMatching(
        /^tests\/fixtures\/hostile\/tags\.yaml:7:9: unsupported tag "!!binary"/,
      ),
    ]);
    expect(r.stderr).toBe('4 file(s) checked: 9 problem(s) in 4 file(s)\n');
    expect(existsSync('/tmp/cs-drill-pwned')).toBe(false);
  });

  it('two 10k-deep files in one run: problems and exit 1 (before the fix Node aborted with a fatal OOM, exit 134)', async () => {
    writeFileSync(join(dir, 'deep1.yaml'), '['.repeat(10_000));
    writeFileSync(join(dir, 'deep2.yaml'), `items: ${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    const r = await runCli(['validate', 'deep1.yaml', 'deep2.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        `deep1.yaml:1:101: lists and mappings are nested more than ${MAX_YAML_DEPTH} levels deep here (a drill file or answer sheet needs a few levels at most)`,
        `deep2.yaml:1:107: lists and mappings are nested more than ${MAX_YAML_DEPTH} levels deep here (a drill file or answer sheet needs a few levels at most)`,
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('2 file(s) checked: 2 problem(s) in 2 file(s)\n');
  });

  it('a 50 MB drill file is refused by its size before it is read: exit 1 for validate, 2 for start', async () => {
    // A sparse file of zero bytes: were it read, the message would be about its content.
    writeFileSync(join(dir, 'big.yaml'), '');
    truncateSync(join(dir, 'big.yaml'), 50 * 1024 * 1024);
    const v = await runCli(['validate', 'big.yaml'], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toBe('big.yaml: file is too large (50.0 MB; the limit is 5 MB)\n');
    const s = await runCli(['start', './big.yaml'], { cwd: dir });
    expect(s.code).toBe(2);
    expect(s.stderr).toBe(
      `cs-drill: ${join(dir, 'big.yaml')}: file is too large (50.0 MB; the limit is 5 MB)\n`,
    );
    expect(s.stderr).not.toMatch(NO_STACK);
  });
});
