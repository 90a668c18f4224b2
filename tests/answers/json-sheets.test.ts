// Findings 10 and 11 for JSON sheets: duplicate keys are refused like YAML's (JSON.parse would
// keep the last: {"name":"ana","name":"bo"} recorded as bo), and a problem in a big JSON sheet
// is located by one linear scan, never by parsing the sheet again as YAML.
import { describe, expect, it, vi } from 'vitest';
import { checkSheet, parseSheet } from '../../src/answers/sheet-parse.js';
import { loadFixtureSet } from '../helpers/fixtures.js';

const yamlParses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/drills/yaml-source.js', async (actual) => {
  const real = await actual<typeof import('../../src/drills/yaml-source.js')>();
  return {
    ...real,
    parseYaml: (...args: Parameters<typeof real.parseYaml>) => {
      yamlParses.count++;
      return real.parseYaml(...args);
    },
  };
});

describe('JSON sheets', () => {
  it('a key given twice is refused, with its line and column, at any depth', () => {
    const text =
      '{\n  "sheet": 1,\n  "name": "ana",\n  "name": "bo",\n  "answers": {"pick-one": "a", "pick-one": "b"}\n}\n';
    const r = parseSheet(text, 'ana.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.line, p.col, p.message])).toEqual([
      ['duplicate-key', 4, 3, 'key "name" is given twice (JSON would keep only the last)'],
      ['duplicate-key', 5, 32, 'key "pick-one" is given twice (JSON would keep only the last)'],
    ]);
  });

  it('keys spelled with escapes are compared by what they say', () => {
    const r = parseSheet('{"name": "ana", "n\\u0061me": "bo", "answers": {}}', 'a.json');
    expect(r.ok).toBe(false);
  });

  it('the same key in two different objects is fine', () => {
    const r = parseSheet('{"name": "ana", "answers": {"a": {"x": 1}, "b": {"x": 2}}}', 'a.json');
    expect(r.ok).toBe(true);
  });

  it('a problem deep in a 4.8 MB JSON sheet is located without parsing it as YAML', () => {
    const loaded = loadFixtureSet();
    const filler = Array.from({ length: 60_000 }, (_, i) => `    "note-${i}": "${'x'.repeat(60)}"`);
    const lines = [
      '{',
      '  "sheet": 1,',
      '  "name": "Ana",',
      '  "answers": {',
      ...filler.map((l) => `${l},`),
      '    "pick-one": 7',
      '  }',
      '}',
    ];
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(4.5 * 1024 * 1024);
    yamlParses.count = 0;
    const raw = parseSheet(text, 'big.json');
    expect(raw.ok).toBe(true);
    if (!raw.ok) return;
    const checked = checkSheet(raw.sheet, loaded);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.sheet.warnings[0]).toMatchObject({ code: 'unknown-item', line: 5, col: 5 });
    expect(checked.sheet.invalid.find((p) => p.code === 'not-an-option')).toMatchObject({
      line: lines.length - 2,
      col: 17,
    });
    expect(yamlParses.count).toBe(0);
  });
});
