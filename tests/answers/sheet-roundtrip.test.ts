import { describe, expect, it } from 'vitest';
import { checkSheet, parseSheet } from '../../src/answers/sheet-parse.js';
import { type AssessDeps, assessSheet } from '../../src/commands/trainer/score-sheet.js';
import {
  renderJsonTemplate,
  renderYamlTemplate,
} from '../../src/commands/trainer/sheet-template.js';
import { ANSWERS, allKinds, fillAllKinds, realJudge } from './sheet-helpers.js';

const loaded = allKinds();
const deps = (): AssessDeps => ({
  setFor: () => ({ loaded }),
  judge: realJudge(),
  now: () => new Date('2026-11-24T10:00:00Z'),
  newId: () => 'session-1',
  defaultName: () => undefined,
});

async function score(text: string, file = 'ana.yaml') {
  const outcome = await assessSheet({ file, text }, deps());
  if (outcome.kind !== 'scored')
    throw new Error(outcome.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return outcome;
}

describe('answer sheets: template → fill → assess', () => {
  it('writes a YAML template with every prompt, the allowed keys and an empty slot of the right shape', () => {
    const t = renderYamlTemplate(loaded);
    expect(t).toContain(`set: "all-kinds"\nlang: "en"\nhash: "${loaded.hash}"\nname: ""`);
    expect(t).toContain(
      '  # 1. Which is a feeling? (choice, 1 point)\n  #    a = The parcel is late\n  #    b = I am worried\n  #    → write one key: a, b\n  pick-one:\n',
    );
    expect(t).toContain('pick-many: []');
    expect(t).toContain("  sort:\n    - # It arrived on Monday\n    - # I'm fed up\n");
    expect(t).toContain(
      "#    the customer says: “I've waited two weeks and nobody calls me back!”",
    );
    expect(t).toContain('→ one rating per statement, 1 (disagree) to 5 (agree); not scored');
  });

  it('an untouched template scores zero with every item missing, not as errors', async () => {
    const { record, missing } = await score(
      renderYamlTemplate(loaded).replace('name: ""', 'name: "Empty"'),
    );
    expect(missing).toEqual(loaded.set.items.map((i) => i.id));
    expect(record).toMatchObject({ score: 0, passed: false, mode: 'batch', user: 'Empty' });
  });

  it('round-trips a filled YAML sheet for every item kind through the real judge', async () => {
    const { record, missing, warnings } = await score(fillAllKinds(renderYamlTemplate(loaded)));
    expect(missing).toEqual([]);
    expect(warnings).toEqual([]);
    const byId = Object.fromEntries(record.items.map((i) => [i.id, i]));
    expect(byId['pick-one']).toMatchObject({ answer: 'b', score: 1, verdict: 'pass' });
    expect(byId['pick-many']).toMatchObject({ answer: ['a', 'c'], score: 2 });
    expect(byId.steps).toMatchObject({
      answer: ['why', 'time', 'ask'],
      score: 0.5,
      verdict: 'partial',
    });
    expect(byId.sort).toMatchObject({ answer: ['fact', 'fact'], score: 0.5 });
    expect(byId.opener).toMatchObject({ answer: ANSWERS.opener, verdict: 'pass' });
    expect(byId.restate).toMatchObject({ answer: ANSWERS.restate, verdict: 'pass' });
    expect(byId.rephrase).toMatchObject({ answer: ANSWERS.rephrase, verdict: 'pass' });
    expect(byId.rate).toMatchObject({ answer: [5, 4], scale: { total: 9, band: 'high' } });
    expect(record).toMatchObject({
      setId: 'all-kinds',
      setHash: loaded.hash,
      user: 'Ana',
      plan: loaded.set.items.map((i) => i.id),
    });
  });

  it('round-trips a JSON sheet to the same scores', async () => {
    const json = JSON.parse(renderJsonTemplate(loaded));
    expect(json.answers).toEqual({
      'pick-one': null,
      'pick-many': [],
      steps: [],
      sort: [null, null],
      opener: '',
      restate: '',
      rephrase: '',
      rate: [null, null],
    });
    expect(json.help['pick-one']).toContain('write one key: a, b');
    Object.assign(json, { name: 'Ana' });
    Object.assign(json.answers, {
      'pick-one': 'b',
      'pick-many': ['a', 'c'],
      steps: ['why', 'time', 'ask'],
      sort: ['fact', 'fact'],
      opener: ANSWERS.opener,
      restate: `${ANSWERS.restate}\n`,
      rephrase: ANSWERS.rephrase,
      rate: ['5', 4],
    });
    const fromJson = await score(JSON.stringify(json, null, 2), 'ana.json');
    const fromYaml = await score(fillAllKinds(renderYamlTemplate(loaded)));
    expect(fromJson.record.items.map((i) => [i.id, i.score, i.verdict])).toEqual(
      fromYaml.record.items.map((i) => [i.id, i.score, i.verdict]),
    );
  });
});

describe('answer sheets: problems with positions', () => {
  const filled = fillAllKinds(renderYamlTemplate(loaded));
  const lineOf = (text: string, needle: string) =>
    text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('reads slips forgivingly, marks each answer still wrong invalid at its line with the fix, scores the rest', () => {
    const broken = filled
      .replace('pick-one: b', 'pick-one: z')
      .replace('pick-many: [a, c]', 'pick-many: A, c')
      .replace('steps: [why, time, ask]', 'steps: [why, time]')
      .replace("- fact # I'm fed up", "- sad # I'm fed up")
      .replace('- fact # It arrived on Monday', '- Fact # It arrived on Monday')
      .replace(`opener: "${ANSWERS.opener}"`, 'opener: [what, can, I, do]')
      .replace('- 4 # I keep calm', '- 9 # I keep calm')
      .replace('  rephrase:', '  rephrse:');
    const parsed = parseSheet(broken, 'ana.yaml');
    if (!parsed.ok) throw new Error('should parse');
    const check = checkSheet(parsed.sheet, loaded);
    if (!check.ok) throw new Error('should be scored');
    const { invalid, warnings, answers } = check.sheet;
    expect(invalid.map((p) => [p.code, p.line, p.message, p.hint])).toEqual([
      [
        'not-an-option',
        lineOf(broken, 'pick-one: z'),
        'item "pick-one": "z" is not one of its keys',
        'write one key: a, b',
      ],
      [
        'wrong-count',
        lineOf(broken, 'steps: [why, time]'),
        'item "steps": expected 3 answers, found 2',
        'write all 3 keys in order: [why, ask, time] rearranged',
      ],
      [
        'not-an-option',
        lineOf(broken, '  sort:') + 1,
        'item "sort": "sad" is not one of its keys',
        'one category per statement, each one of fact, feeling',
      ],
      [
        'wrong-shape',
        lineOf(broken, 'opener: [what'),
        'item "opener" (ask): expected text',
        'write the answer as text, in quotes',
      ],
      [
        'out-of-range',
        lineOf(broken, '  rate:') + 1,
        'item "rate": rating "9" is not a whole number from 1 to 5',
        'one whole number from 1 to 5 per statement',
      ],
    ]);
    expect(invalid.every((p) => p.file === 'ana.yaml')).toBe(true);
    // "A, c" without brackets and in another case is the list [a, c]; the typo'd id is read as its item.
    expect(answers.get('pick-many')).toEqual(['a', 'c']);
    expect(answers.get('rephrase')).toBe(ANSWERS.rephrase);
    expect(warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      [
        'item-guessed',
        lineOf(broken, 'rephrse:'),
        'item "rephrse" is not in set "all-kinds"; read as "rephrase"',
      ],
    ]);
  });

  it('reads keys, item ids and category names in any case, a list as "a, c", ratings as text', () => {
    const sheet = [
      'Name: Ana',
      'ANSWERS:',
      '  Pick-One: " B "',
      '  pick-many: "a，C"',
      '  steps: why, time, ask',
      '  sort: [Fact, FEELING]',
      '  rate: ["5", " 4 "]',
    ].join('\n');
    const parsed = parseSheet(sheet, 'ana.yaml');
    if (!parsed.ok) throw new Error('should parse');
    expect(parsed.sheet.name).toBe('Ana');
    const check = checkSheet(parsed.sheet, loaded);
    if (!check.ok) throw new Error('should be scored');
    expect(check.sheet.invalid).toEqual([]);
    expect(Object.fromEntries(check.sheet.answers)).toMatchObject({
      'pick-one': 'b',
      'pick-many': ['a', 'c'],
      steps: ['why', 'time', 'ask'],
      sort: ['fact', 'feeling'],
      rate: [5, 4],
    });
  });

  it('reads an unquoted answer holding ": " as text, with a warning at its line', () => {
    const sheet = 'name: Ana\nanswers:\n  opener: Hello: what can I do for you?\n  pick-one: b\n';
    const parsed = parseSheet(sheet, 'ana.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.sheet.answers.opener).toBe('Hello: what can I do for you?');
    expect(parsed.sheet.warnings).toMatchObject([{ code: 'colon-in-answer', line: 3 }]);
  });

  it('reports bad YAML, a wrong set, unknown keys and no answers; warns when the set has changed', async () => {
    const bad = parseSheet('name: Ana\nanswers:\n  pick-one: [b\n', 'bad.yaml');
    expect(bad.ok ? [] : bad.problems.map((p) => [p.code, p.file, p.line, p.message])).toEqual([
      ['yaml-syntax', 'bad.yaml', 3, 'a list opened with "[" is not closed'],
    ]);
    const wrongSet = await assessSheet(
      { file: 'w.yaml', text: filled.replace('set: "all-kinds"', 'set: "listening"') },
      deps(),
    );
    expect(wrongSet).toMatchObject({
      kind: 'skipped',
      problems: [
        {
          code: 'wrong-set',
          line: 7,
          message: 'this sheet is for set "listening", not "all-kinds"',
        },
      ],
    });
    // Misspelt sheet keys are read as the key they are nearest to; an unknown one is ignored.
    const keys = parseSheet('nmae: Ana\nanswer:\n  pick-one: b\ncolour: red\n', 'k.yaml');
    if (!keys.ok) throw new Error('should parse');
    expect(keys.sheet.name).toBe('Ana');
    expect(keys.sheet.answers).toEqual({ 'pick-one': 'b' });
    expect(keys.sheet.warnings?.map((p) => [p.code, p.line])).toEqual([
      ['key-guessed', 1],
      ['key-guessed', 2],
      ['unknown-key', 4],
    ]);
    const none = parseSheet('name: Ana\n', 'n.yaml');
    expect(none.ok ? [] : none.problems.map((p) => p.code)).toEqual(['no-answers']);
    const changed = await score(
      filled.replace(`hash: "${loaded.hash}"`, 'hash: "0000000000000000"'),
    );
    expect(changed.warnings).toMatchObject([{ code: 'set-changed', line: 9 }]);
  });

  it('takes a missing name from the file name, and refuses a sheet without one on stdin', async () => {
    const nameless = filled.replace('name: "Ana"', 'name: ""');
    const fromFile = await assessSheet(
      { file: 'sheets/li-wei.yaml', text: nameless },
      { ...deps(), defaultName: () => 'li-wei' },
    );
    expect(fromFile).toMatchObject({
      kind: 'scored',
      record: { user: 'li-wei' },
      warnings: [{ code: 'missing-name' }],
    });
    const fromStdin = await assessSheet({ file: '<stdin>', text: nameless }, deps());
    expect(fromStdin).toMatchObject({
      kind: 'skipped',
      problems: [{ code: 'missing-name', line: 10 }],
    });
  });
});
