// "__proto__", "constructor" and "prototype" as keys of sheets and history lines, and
// "constructor" as a (valid) item id and skill: no pollution, and lookups find own entries only.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSheet, parseSheet } from '../../src/answers/sheet-parse.js';
import { parseRecordLine } from '../../src/history/parse-record.js';
import { summarise } from '../../src/session/record.js';
import { loadFixtureSet } from '../helpers/fixtures.js';
import { makeRecord } from '../helpers/records.js';

afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('prototype keys and names', () => {
  const protoIds = loadFixtureSet('hostile/proto-ids.yaml');

  it('a sheet that leaves out the item "constructor" has it missing, not Object.prototype.constructor', () => {
    const text = readFileSync('tests/fixtures/hostile/proto-ids-sheet.yaml', 'utf8');
    const parsed = parseSheet(text, 'sheet.yaml');
    if (!parsed.ok) throw new Error('sheet does not parse');
    const checked = checkSheet(parsed.sheet, protoIds);
    expect(checked).toMatchObject({ ok: true, sheet: { missing: ['constructor'] } });
  });

  it('__proto__, constructor and prototype keys in a sheet are unknown keys (JSON and YAML), nothing polluted', () => {
    const json = parseSheet(
      '{"__proto__": {"polluted": 1}, "sheet": 1, "set": "proto-ids", "name": "Ana", "answers": {"__proto__": {"polluted": 1}, "constructor": "a"}}',
      's.json',
    );
    // Unknown top-level keys are ignored with a warning; none of them reaches a prototype.
    expect(json.ok && json.sheet.warnings?.map((p) => [p.code, p.line, p.col, p.message])).toEqual([
      ['unknown-key', 1, 2, 'unknown key "__proto__" ignored'],
    ]);
    const yaml = parseSheet(
      'sheet: 1\nset: proto-ids\nname: Ana\nprototype: 1\nanswers:\n  __proto__: {polluted: 1}\n  other: b\n',
      's.yaml',
    );
    expect(yaml.ok && yaml.sheet.warnings?.map((p) => [p.code, p.line, p.message])).toEqual([
      ['unknown-key', 4, 'unknown key "prototype" ignored'],
    ]);
    const answers = parseSheet(
      'sheet: 1\nset: proto-ids\nname: Ana\nanswers:\n  __proto__: {polluted: 1}\n  other: b\n',
      's.yaml',
    );
    if (!answers.ok) throw new Error('sheet does not parse');
    const checked = checkSheet(answers.sheet, protoIds);
    expect(checked.ok && checked.sheet.warnings.map((p) => [p.code, p.line, p.message])).toEqual([
      ['unknown-item', 5, 'item "__proto__" is not in set "proto-ids"; its answer is not scored'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a history line with a __proto__ key is read as data, never merged into a prototype', () => {
    const line = JSON.stringify(makeRecord()).replace(
      /^\{/,
      '{"__proto__":{"polluted":true,"schema":99},',
    );
    const r = parseRecordLine(line);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const items = JSON.stringify(makeRecord()).replace(
      '"items":[{',
      '"items":[{"__proto__":{"criteria":[]},',
    );
    expect(parseRecordLine(items).ok).toBe(true);
    const noCriteria = JSON.stringify(makeRecord()).replace(
      '"criteria":[],',
      '"__proto__":{"criteria":[]},',
    );
    expect(parseRecordLine(noCriteria)).toEqual({
      ok: false,
      reason: 'damaged',
      message: 'record has no valid "items[0].criteria"',
    });
  });

  // A plain-object map once found Object.prototype.constructor here: the totals went onto the
  // global Object function and the session's skills came out as {}.
  it('summarise keeps the skill "constructor"', () => {
    const item = makeRecord().items[0]!;
    const { skills } = summarise([{ ...item, skill: 'constructor' }]);
    try {
      expect(JSON.parse(JSON.stringify(skills))).toEqual({ constructor: { score: 1, max: 1 } });
    } finally {
      delete (Object as unknown as Record<string, unknown>).score;
      delete (Object as unknown as Record<string, unknown>).max;
    }
  });
});
