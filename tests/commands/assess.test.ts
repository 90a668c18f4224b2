import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/formats/csv.js';
import { runInProcess, tmpHomeDir } from './assess-helpers.js';

const SET = 'tests/fixtures/drills/good-set.yaml';
const CLASS = 'tests/fixtures/sheets/class';
const ANA = `${CLASS}/ana.yaml`;

/** A small RFC 4180 reader, to check the CSV the way a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('cs-drill assess', () => {
  it('scores one sheet as a table with the breakdown, exit 0 when the trainee passed', async () => {
    const r = await runInProcess(['assess', SET, '--answers', ANA]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ana  5/5 (100%) PASSED (pass mark 60%)');
    expect(r.stdout).toMatch(/pick-many\s+multi\s+2\/2\s+pass/);
    expect(r.stdout).toContain('1 sheet scored: 1 passed, 0 not passed (pass mark 60%)');
    expect(r.stderr).toBe('');
  });

  it('scores a directory of good and broken sheets: a slip costs that answer only, an unreadable sheet is skipped with every problem, exit 1', async () => {
    const r = await runInProcess(['assess', SET, '--answers', CLASS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Ana  5/5');
    expect(r.stdout).toContain('Bo  1.67/5 (33.4%) NOT PASSED');
    expect(r.stdout).toMatch(/steps\s+order\s+0\/1\s+missing/);
    // Cy wrote "a, c" without brackets and "stepz": read; "z" is no option: that item only scores 0.
    expect(r.stdout).toContain('Cy  4/5 (80%) PASSED');
    expect(r.stdout).toMatch(/pick-one\s+choice\s+0\/1\s+invalid\s+.*"z" is not one of its keys/);
    expect(r.stdout).toContain(
      '3 sheets scored: 2 passed, 1 not passed (pass mark 60%); 2 skipped',
    );
    expect(r.stdout).toContain('1 answer could not be read and scored zero');
    expect(r.stderr).toContain(`${CLASS}/cy.yaml: 1 answer not scored (the rest of the sheet is):`);
    expect(r.stderr).toContain(
      `${CLASS}/cy.yaml:5:13: item "pick-one": "z" is not one of its keys (write one key: a, b)`,
    );
    expect(r.stderr).toContain(
      `${CLASS}/cy.yaml:7:3: item "stepz" is not in set "sample"; read as "steps"`,
    );
    expect(r.stderr).toContain(
      `${CLASS}/dee.json:5:28: a list opened with "[" is not closed (end the list with "]")`,
    );
    expect(r.stderr).toContain(
      `${CLASS}/eve.yaml:2:6: this sheet is for set "listening", not "sample"`,
    );
    expect(r.stderr).not.toContain('notes.txt');
  });

  it('gives JSON with per-item breakdown, missing answers and a skipped list', async () => {
    const r = await runInProcess(['assess', SET, '--answers', CLASS, '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toEqual({
      set: 'sample',
      pass_mark: 60,
      scored: 3,
      passed: 2,
      failed: 1,
      skipped: 2,
      invalid: 1,
      needs_review: 0,
    });
    expect(json.skipped.map((s: { file: string }) => s.file)).toEqual([
      `${CLASS}/dee.json`,
      `${CLASS}/eve.yaml`,
    ]);
    expect(json.skipped[0].problems.map((p: { code: string }) => p.code)).toEqual([
      'yaml-syntax',
      'yaml-syntax',
    ]);
    const cy = json.trainees[2];
    expect(cy).toMatchObject({ name: 'Cy', score: 4, invalid: ['pick-one'], missing: ['rate'] });
    expect(cy.items[0]).toMatchObject({ id: 'pick-one', invalid: true, score: 0 });
    const bo = json.trainees[1];
    expect(bo).toMatchObject({
      name: 'Bo',
      score: 1.67,
      max: 5,
      percent: 33.4,
      passed: false,
      missing: ['steps', 'rate'],
    });
    expect(bo.items.find((i: { id: string }) => i.id === 'pick-many')).toMatchObject({
      score: 1,
      verdict: 'partial',
      missing: false,
      needs_review: false,
      criteria: [
        { id: 'a', met: true, label: 'Calm down' },
        { id: 'b', met: true, label: 'Let me help you' },
        { id: 'c', met: false, label: "That's not my job" },
        { id: 'd', met: true, label: "I'm sorry" },
      ],
      feedback: ["✗ missed: That's not my job"],
    });
    expect(json.set.items[1]).toMatchObject({
      id: 'pick-many',
      kind: 'multi',
      max: 2,
      options: ['a', 'b', 'c', 'd'],
    });
  });

  it('gives CSV (one row per trainee and item) that parses back', async () => {
    const r = await runInProcess(['assess', SET, '--answers', CLASS, '--format', 'csv']);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header?.slice(0, 3)).toEqual(['file', 'name', 'session_id']);
    expect(rows).toHaveLength(15);
    const col = (name: string) => header!.indexOf(name);
    const bo = rows.filter((row) => row[col('name')] === 'Bo');
    expect(bo.map((row) => [row[col('item')], row[col('score')], row[col('missing')]])).toEqual([
      ['pick-one', '0', 'false'],
      ['pick-many', '1', 'false'],
      ['steps', '0', 'true'],
      ['sort', '0.67', 'false'],
      ['rate', '0', 'true'],
    ]);
    expect(bo[0]?.[col('trainee_percent')]).toBe('33.4');
    expect(bo[0]?.[col('breakdown')]).toBe('✗ Right answer: I am worried');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
  });

  it('streams JSON Lines and JUnit XML with escaped text', async () => {
    const jsonl = await runInProcess(['assess', SET, '--answers', CLASS, '--format', 'jsonl']);
    const lines = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(
      ['trainee', 'trainee', 'trainee', 'skipped', 'skipped', 'summary'].sort(
        (a, b) => order(a) - order(b),
      ),
    );
    const junit = await runInProcess(['assess', SET, '--answers', CLASS, '--format', 'junit']);
    expect(junit.stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="cs-drill assess sample">/,
    );
    expect(junit.stdout).toContain(
      '<testsuite name="Bo" tests="6" failures="5" errors="0" skipped="0">',
    );
    expect(junit.stdout).toContain(
      '<failure message="partial: 1/2" type="partial">✗ missed: That&apos;s not my job</failure>'.replace(
        '&apos;',
        "'",
      ),
    );
    expect(junit.stdout).toContain(
      '<failure message="33.4% is below the pass mark of 60%" type="pass-mark"/>',
    );
    expect(junit.stdout).toContain(
      '<error message="answer sheet skipped: 2 problem(s)" type="invalid-sheet">',
    );
    expect(junit.stdout.trimEnd().endsWith('</testsuites>')).toBe(true);
    expect(junit.code).toBe(1);
  });

  it('reads a sheet on stdin, and --pass-mark decides', async () => {
    const sheet = readFileSync(join(CLASS, 'bo.json'), 'utf8');
    const low = await runInProcess(
      ['assess', SET, '--answers', '-', '--pass-mark', '30', '--format', 'json'],
      { stdin: sheet },
    );
    expect(low.code).toBe(0);
    expect(JSON.parse(low.stdout).trainees[0]).toMatchObject({
      file: '<stdin>',
      name: 'Bo',
      passed: true,
      pass_mark: 30,
    });
    const high = await runInProcess(['assess', SET, '--answers', '-'], { stdin: sheet });
    expect(high.code).toBe(1);
    const nameless = await runInProcess(['assess', SET, '--answers', '-'], {
      stdin: sheet.replace('"name": "Bo",', ''),
    });
    expect(nameless.code).toBe(2);
    expect(nameless.stderr).toContain('the sheet does not say whose it is');
  });

  it('exits 2 when nothing could be scored or the usage is wrong', async () => {
    const cases: [string[], RegExp][] = [
      [['assess', SET, '--answers', `${CLASS}/dee.json`], /no sheet could be scored/],
      [
        ['assess', SET, '--answers', 'no/such/dir'],
        /no\/such\/dir: cannot read: no such file or directory/,
      ],
      [['assess', SET, '--answers', tmpHomeDir()], /no answer sheets/],
      [
        ['assess', SET, '--answers', ANA, '--pass-mark', '120'],
        /expected a percentage from 0 to 100/,
      ],
      [
        ['assess', SET, '--answers', ANA, '--format', 'xml'],
        /Allowed choices are table, json, csv, jsonl, junit/,
      ],
      [['assess', SET], /required option '--answers/],
      [['assess', SET, '--answers', '-'], /nothing came in on standard input/],
    ];
    for (const [args, message] of cases) {
      const r = await runInProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('draws a progress bar on a terminal only', async () => {
    const tty = await runInProcess(['assess', SET, '--answers', CLASS, '--format', 'csv'], {
      tty: true,
    });
    expect(tty.stderr).toContain('5/5 sheets');
    const pipe = await runInProcess(['assess', SET, '--answers', CLASS, '--format', 'csv']);
    expect(pipe.stderr).not.toContain('sheets\u001b');
    expect(pipe.stderr).not.toContain('\r');
  });

  it('--record appends batch sessions that regrade and report then read', async () => {
    const home = tmpHomeDir();
    const r = await runInProcess(
      ['assess', SET, '--answers', CLASS, '--record', '--format', 'json'],
      { home },
    );
    expect(r.stderr).toContain(`recorded 3 sessions in ${join(home, 'history.jsonl')}`);
    const history = readFileSync(join(home, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(history.map((h) => [h.user, h.mode, h.score])).toEqual([
      ['Ana', 'batch', 5],
      ['Bo', 'batch', 1.67],
      ['Cy', 'batch', 4],
    ]);
    const bo = JSON.parse(r.stdout).trainees[1].session_id as string;

    const regraded = await runInProcess(
      ['regrade', bo.slice(0, 8), 'pick-one', '1', '--note', 'accepted on appeal'],
      { home },
    );
    expect(regraded).toMatchObject({
      code: 0,
      stdout: `regraded pick-one in session ${bo}: 0 → 1 of 1\n`,
    });
    const line = JSON.parse(readFileSync(join(home, 'regrades.jsonl'), 'utf8'));
    expect(line).toMatchObject({
      schema: 1,
      sessionId: bo,
      itemId: 'pick-one',
      score: 1,
      note: 'accepted on appeal',
      by: 'trainer',
    });
    expect(typeof line.at).toBe('string');

    const bad: [string[], string, RegExp][] = [
      [['regrade', 'nope-nope', 'pick-one', '1'], 'unknown-session', /no session "nope-nope"/],
      [['regrade', bo, 'nope', '1'], 'unknown-item', /has no item "nope"/],
      [
        ['regrade', bo, 'pick-many', '3'],
        'too-high',
        /3 is more than item "pick-many" is worth \(2\)/,
      ],
      [['regrade', bo, 'pick-many', '-1'], 'negative', /expected a number of 0 or more/],
    ];
    for (const [args, label, message] of bad) {
      const out = await runInProcess(args, { home });
      expect(out.code, label).toBe(2);
      expect(out.stderr, label).toMatch(message);
    }

    const report = await runInProcess(['report', join(home, 'history.jsonl'), '--format', 'json'], {
      home,
    });
    const stats = JSON.parse(report.stdout);
    expect(stats).toMatchObject({ set: 'sample', attempts: 3 });
    // Bo's pick-one now counts as right (the regrade): Ana and Bo have it, Cy's was invalid.
    expect(stats.items[0]).toMatchObject({ id: 'pick-one' });
    expect(stats.items[0].facility).toBeCloseTo(66.67, 1);
  });
});

function order(type: string): number {
  return { trainee: 0, skipped: 1, summary: 2 }[type] ?? 3;
}
