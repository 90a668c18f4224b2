// The fast sheet reader reads exactly what the YAML parser reads, or gives the sheet to it:
// checked on sheets as the template writes them and on thousands of generated near-misses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSimpleSheet } from '../../src/answers/sheet-lines.js';
import { parseSheet } from '../../src/answers/sheet-parse.js';
import { parseYaml } from '../../src/drills/yaml-source.js';
import { mulberry32 } from '../../src/session/select-items.js';
import { runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';

function yamlValue(text: string): unknown {
  const parsed = parseYaml(text, 'sheet.yaml');
  return parsed.ok ? parsed.source.value : { failed: parsed.problems.map((p) => p.code) };
}

// Values near the edge of what the fast reader takes: numbers, nulls, booleans, dates, quotes
// and escapes, colons, comments, brackets, indicators, tabs, Chinese text.
const VALUES = [
  'b',
  '[a, c]',
  '[]',
  '[ ]',
  '[a,c]',
  '[a, "b c", \'d\']',
  '[1, 2, 3]',
  '[a, , c]',
  '[a, c,]',
  '[a b]',
  '[null, true]',
  '[a, [b]]',
  '[a',
  '""',
  "''",
  '"So you waited \\"two\\" weeks?"',
  '"tab\\there \\u00e9 \\/ done"',
  '"\\x41 and \\e"',
  "'it''s fine'",
  "'unclosed",
  '"unclosed',
  'Sure, I can help with that.',
  "I'm sorry: that is late",
  'Let me check. Is that right?',
  'note:',
  'time 10:30',
  'http://example.com',
  'C# and F#',
  'value # a comment',
  'value#not a comment',
  'a [b] c',
  '{a: b}',
  '- a',
  '-a',
  '? a',
  '& anchor',
  '*alias',
  '!tag x',
  '| block',
  '> folded',
  '%x',
  '@x',
  '`x',
  '0',
  '7',
  '007',
  '12',
  '-3',
  '+3',
  '1e3',
  '0x1f',
  '.5',
  '.inf',
  '1.0',
  '2024-01-02',
  '~',
  'null',
  'Null',
  'NULL',
  'true',
  'False',
  'yes',
  'no',
  'on',
  '您好，请问有什么可以帮您？',
  '這不是我的工作。',
  '好的：马上',
  'a\tb',
  '  spaced out  ',
  '',
  '# only a comment',
  '"trailing"  # c',
  '"trailing"x',
  '[a] # c',
  '[a]x',
];
const KEYS = [
  'item-1',
  'Item_2',
  'sheet',
  'name',
  'answers',
  '1',
  '1a',
  'true',
  'null',
  '__proto__',
  'constructor',
  'two words',
  '"quoted"',
  'a:b',
  '-x',
];

/** What most sheets hold: the generator picks these most of the time. */
const USUAL = [
  'b',
  '[a, c]',
  '[]',
  '""',
  '"So you waited \\"two\\" weeks?"',
  'Sure, I can help with that.',
  '7',
  '您好，请问有什么可以帮您？',
  "'it''s fine'",
  'value # a comment',
];

function generated(r: () => number): string {
  const any = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const pick = <T>(list: readonly T[]): T =>
    list === (VALUES as readonly unknown[]) && r() < 0.85 ? (any(USUAL) as T) : any(list);
  const lines = ['# Answer sheet', 'sheet: 1', `name: ${pick(VALUES)}`];
  const indent = r() < 0.9 ? '  ' : pick([' ', '    ', '\t']);
  lines.push(r() < 0.9 ? 'answers:' : pick(['answers: b', 'answers:  # c', 'Answers:', '- x']));
  const count = 1 + Math.floor(r() * 6);
  for (let i = 0; i < count; i++) {
    const key = r() < 0.8 ? `item-${i}` : pick(KEYS);
    const roll = r();
    if (roll < 0.15) {
      lines.push(`${indent}${key}:${r() < 0.8 ? '' : '  # list'}`);
      const deeper = r() < 0.9 ? `${indent}  ` : pick(['', indent, `${indent}   `]);
      for (let k = 0; k < 3; k++) lines.push(`${deeper}-${r() < 0.9 ? ' ' : ''}${pick(VALUES)}`);
    } else if (roll < 0.2) {
      lines.push(`${pick(['', ' ', indent, `${indent}  `])}${key}: ${pick(VALUES)}`);
    } else if (roll < 0.25) {
      lines.push(pick(['---', '...', '%YAML 1.2', '', '   ', `${indent}# comment`, '#']));
    } else {
      lines.push(`${indent}${key}:${r() < 0.95 ? ' ' : ''}${pick(VALUES)}`);
    }
  }
  if (r() < 0.2) lines.push(`${pick(KEYS)}: ${pick(VALUES)}`);
  return `${lines.join(r() < 0.97 ? '\n' : '\r\n')}${r() < 0.9 ? '\n' : ''}`;
}

describe('the fast sheet reader', () => {
  it('reads what the YAML parser reads, or leaves the sheet to it (generated sheets)', () => {
    const r = mulberry32(17);
    let read = 0;
    for (let n = 0; n < 4000; n++) {
      const text = generated(r);
      const fast = readSimpleSheet(text);
      if (fast === undefined) continue;
      read++;
      expect({ text, value: fast }).toEqual({ text, value: yamlValue(text) });
      expect(Object.keys(fast)).toEqual(Object.keys(yamlValue(text) as object));
    }
    // The generator is near the edge on purpose; many sheets must still be read fast.
    expect(read).toBeGreaterThan(400);
  });

  it('reads sheets as `cs-drill template` writes them, in both languages', async () => {
    for (const [set, lang] of [
      [fixturePath('sheets/all-kinds-set.yaml'), 'en'],
      ['paraphrasing', 'zh-Hans'],
      ['roleplay', 'zh-Hans'],
      ['self-check', 'en'],
    ] as const) {
      const template = await runCli(['template', set, '--lang', lang]);
      expect(template.code).toBe(0);
      const fast = readSimpleSheet(template.stdout);
      expect(fast).toBeDefined();
      expect(fast).toEqual(yamlValue(template.stdout));
    }
  });

  it('leaves hostile sheets to the parser', () => {
    for (const name of ['alias-bomb.yaml', 'duplicate-keys.yaml', 'proto-keys.yaml', 'tags.yaml'])
      expect(readSimpleSheet(readFileSync(fixturePath(`hostile/${name}`), 'utf8'))).toBeUndefined();
  });

  it('still says where a problem is, through the parser', () => {
    const parsed = parseSheet(
      'sheet: 1\nname: Ana\n\nanswers:\n  item-1: b\n  item-2: [a]\n',
      'a.yaml',
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.sheet.answers).toEqual({ 'item-1': 'b', 'item-2': ['a'] });
      expect(parsed.sheet.locate(['answers', 'item-2'])).toEqual({ line: 6, col: 11 });
      expect(parsed.sheet.locate(['answers', 'item-2'], 'key')).toEqual({ line: 6, col: 3 });
    }
  });
});
