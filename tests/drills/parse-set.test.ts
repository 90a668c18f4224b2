import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDrillSet } from '../../src/drills/parse-set.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/drills/${name}`, import.meta.url), 'utf8');

describe('parseDrillSet', () => {
  it('loads a valid set with defaults filled in', () => {
    const r = parseDrillSet(fixture('good-set.yaml'), 'good-set.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.loaded.set.items).toHaveLength(5);
    expect(r.loaded.set.items[0]?.points).toBe(1);
    expect(r.loaded.set.items[0]?.tags).toEqual([]);
    expect(r.loaded.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports every problem with its line and column', () => {
    const r = parseDrillSet(fixture('broken-set.yaml'), 'broken-set.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const found = r.problems.map((p) => [p.code, p.line, p.col]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['unknown-key', 8, 1],
        ['unknown-kind', 27, 11],
        ['invalid-value', 38, 13],
        ['missing-key', 36, 5],
      ]),
    );
    expect(r.problems.every((p) => p.file === 'broken-set.yaml')).toBe(true);
  });

  it('checks references after the schema: unknown answers, duplicate ids and keys, empty rubrics', () => {
    const text = fixture('broken-set.yaml')
      .replace('colour: blue\n', '')
      .replace(/ {2}- id: three[\s\S]*?explanation: x\n/, '')
      .replace(/ {2}- id: five[\s\S]*$/, '');
    const r = parseDrillSet(text, 'b.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['unknown-answer', 15],
      ['duplicate-id', 17],
      ['duplicate-key', 22],
      ['empty-rubric', 26],
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with positions', () => {
    const r = parseDrillSet('format: 1\nid: x\nid: y\ntitle: [unclosed\n', 'x.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ code: 'duplicate-key', line: 3 });
  });

  it('refuses an alias bomb without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const r = parseDrillSet(bomb.join('\n'), 'bomb.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.code).toBe('yaml-aliases');
  });

  it('treats __proto__ as an unknown key, not as a prototype', () => {
    const text = fixture('good-set.yaml').replace(
      'pass_mark: 60',
      'pass_mark: 60\n__proto__: { polluted: true }',
    );
    const r = parseDrillSet(text, 'p.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ code: 'unknown-key', line: 10 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
