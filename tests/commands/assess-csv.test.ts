// Issue 16, spreadsheet answer sheets: `template --format csv` writes a sheet that opens in a
// spreadsheet; `assess` reads one row per trainee, one column per item, with the same
// forgiving reading and the same problem reports (file:row:column) as YAML sheets.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/formats/csv-read.js';
import { ROOT } from '../helpers/cli.js';
import { runInProcess } from './assess-helpers.js';

const SET = join(ROOT, 'tests/fixtures/sheets/all-kinds-set.yaml');

/** A class's rows under the template's own header and instruction rows. */
async function classSheet(rows: string[], opts: { bom?: boolean } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-csv-'));
  const file = join(dir, 'class.csv');
  const t = await runInProcess([
    'template',
    SET,
    '--format',
    'csv',
    '--out',
    file,
    ...(opts.bom ? ['--bom'] : []),
  ]);
  expect(t.code).toBe(0);
  writeFileSync(file, `${readFileSync(file, 'utf8')}${rows.join('\r\n')}\r\n`);
  return file;
}

describe('the CSV reader', () => {
  it('reads RFC 4180: quoted commas, doubled quotes, line breaks inside a cell, rows numbered as shown', () => {
    const read = readCsv('name,a\r\n"Li, Wei","say ""hi""\nthen go"\r\n\r\nBo,x\n');
    expect(read).toEqual({
      ok: true,
      delimiter: ',',
      records: [
        { row: 1, cells: ['name', 'a'] },
        { row: 2, cells: ['Li, Wei', 'say "hi"\nthen go'] },
        { row: 4, cells: ['Bo', 'x'] },
      ],
    });
    expect(readCsv('name;a\nBo;"x, y"\n')).toMatchObject({
      delimiter: ';',
      records: [{ cells: ['name', 'a'] }, { cells: ['Bo', 'x, y'] }],
    });
    expect(readCsv('name,a\nBo,"never closed\n')).toMatchObject({ ok: false, row: 2, col: 2 });
  });
});

describe('template --format csv', () => {
  it('writes a header of item ids and one instruction row that names the set; --bom for Excel', async () => {
    const file = await classSheet([], { bom: true });
    const text = readFileSync(file, 'utf8');
    expect(
      text.startsWith('\uFEFFname,pick-one,pick-many,steps,sort,opener,restate,rephrase,rate\r\n'),
    ).toBe(true);
    const rows = readCsv(text.slice(1));
    expect(rows.ok && rows.records[1]?.cells[0]).toMatch(/^# set: all-kinds \| lang: en \| hash: /);
    expect(rows.ok && rows.records[1]?.cells[0]).toContain(
      `cs-drill assess ${SET} --answers ${file}`,
    );
    const zh = await runInProcess(['template', SET, '--format', 'csv', '--lang', 'zh']);
    expect(zh.stdout).toContain('在这一行下面每位学员写一行');
    const notCsv = await runInProcess(['template', SET, '--bom']);
    expect(notCsv.code).toBe(2);
  });

  it('says how to answer in a cell, not in YAML: commas, plain text, a reply per line; statements listed', async () => {
    const cells = async (args: string[]) => {
      const r = await runInProcess(['template', ...args, '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      const read = readCsv(r.stdout);
      return read.ok ? (read.records[1]?.cells.slice(1) ?? []) : [];
    };
    const en = await cells([SET]);
    expect(en).toHaveLength(8);
    for (const cell of en) expect(cell).not.toMatch(/bracket|in quotes|"\|"/);
    expect(en[1]).toContain('(a, b, c), separated by commas');
    expect(en[2]).toContain('type all 3 keys in the right order, separated by commas');
    expect(en[3]).toMatch(
      /per statement below, in their order, separated by commas\n {3}1\) It arrived on Monday\n {3}2\) I'm fed up$/,
    );
    expect(en[4]).toContain('type your answer into the cell as it is, no quotes needed');
    expect(en[7]).toMatch(/1 \(disagree\) to 5 \(agree\); not scored\n {3}1\) I like people/);
    const zh = await cells([SET, '--lang', 'zh']);
    for (const cell of zh) expect(cell).not.toMatch(/方括号|引号里|“\|”/);
    expect(zh[1]).toContain('在单元格里写出所有适用选项的代号（a、b、c），用逗号隔开');
    expect(zh[5]).toContain('把答案直接写在单元格里，不用加引号');
    const play = await cells(['roleplay']);
    expect(play.join('\n')).toContain('one reply per line within the cell (Alt+Enter');
    expect(play.join('\n')).not.toContain('write one reply per line');
    const playZh = await cells(['roleplay', '--lang', 'zh']);
    expect(playZh.join('\n')).toContain('在单元格里每行写一句');
    // The YAML sheet keeps its own wording.
    const yaml = await runInProcess(['template', SET]);
    expect(yaml.stdout).toContain('in brackets: [x, y]');
  });
});

describe('assess reads CSV sheets', () => {
  it('scores one trainee per row, forgiving like YAML, each problem at file:row:column', async () => {
    const file = await classSheet([
      'Ana,B,"a, c","why, ask, time","Fact, feeling","What happened, and how can I help?","So you waited two weeks and you are fed up, is that right?","Let me find someone who can help.","4, 5"',
      'Bo,z,"a,c",,,"What can I help you with today?",,,"6, 3"',
      ',b,,,,,,,',
      '',
    ]);
    const r = await runInProcess(['assess', SET, '--answers', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const by = Object.fromEntries(
      json.trainees.map((t: { name: string; file: string; score: number }) => [t.name, t]),
    );
    expect(Object.keys(by)).toEqual(['Ana', 'Bo']);
    expect(by.Ana.file).toBe(`${file}:3`);
    expect(by.Ana.items.find((i: { id: string }) => i.id === 'pick-one').score).toBe(1);
    expect(by.Ana.items.find((i: { id: string }) => i.id === 'pick-many').score).toBe(2);
    expect(by.Bo.items.find((i: { id: string }) => i.id === 'pick-many').score).toBe(2);
    expect(r.stderr).toContain(`${file}:4:2: item "pick-one": "z" is not one of its keys`);
    expect(r.stderr).toContain(
      `${file}:4:9: item "rate": rating "6" is not a whole number from 1 to 5`,
    );
    expect(r.stderr).toContain(
      `${file}:5:1: the sheet does not say whose it is (write the trainee's name in the "name" column of row 5)`,
    );
    const zh = await runInProcess(['assess', SET, '--answers', file, '--lang', 'zh']);
    expect(zh.stderr).toContain(`${file}:4:2：题目 "pick-one"："z" 不是它的选项`);
    expect(zh.stderr).toContain(
      `${file}:5:1：答题卡没有写是谁的（在第 5 行的 "name" 列写上学员姓名）`,
    );
    // The KIND column: Chinese names in a Chinese table, the codes in English and in JSON.
    const kinds = (out: string) => [...out.matchAll(/^ {2}pick-many +(\S+)/gm)].map((m) => m[1]);
    expect(kinds(zh.stdout)).toEqual(['多选', '多选']);
    expect(zh.stdout).toMatch(/^ {2}rate +量表/m);
    const en = await runInProcess(['assess', SET, '--answers', file]);
    expect(kinds(en.stdout)).toEqual(['multi', 'multi']);
    const zhJson = await runInProcess([
      'assess',
      SET,
      '--answers',
      file,
      '--lang',
      'zh',
      '--format',
      'json',
    ]);
    expect(JSON.parse(zhJson.stdout).trainees[0].items[1].kind).toBe('multi');
  });

  it('a wrong cell is fixed in the cell: the hint has no brackets, quotes or "- ", in both languages', async () => {
    const file = await classSheet(['Cy,b,"a, z",why,fact,,,,4']);
    const en = await runInProcess(['assess', SET, '--answers', file]);
    expect(en.stderr).toContain(
      `${file}:3:3: item "pick-many": "z" is not one of its keys (type the keys that apply, separated by commas, e.g. a, b)`,
    );
    expect(en.stderr).toContain(
      '(type all 3 keys (why, ask, time) in the right order, separated by commas)',
    );
    expect(en.stderr).toContain('separated by commas in the order of the statements)');
    expect(en.stderr).not.toMatch(/\[|in quotes/);
    const zh = await runInProcess(['assess', SET, '--answers', file, '--lang', 'zh']);
    expect(zh.stderr).toContain(
      `${file}:3:3：题目 "pick-many"："z" 不是它的选项（写出所有适用的选项，用逗号隔开，例如 a, b）`,
    );
    expect(zh.stderr).toContain('（每条陈述写一个 1 到 5 之间的整数，用逗号隔开）');
    expect(zh.stderr).not.toContain('[');
    // The same slip in a YAML sheet keeps the YAML wording.
    const yaml = join(file, '..', 'cy.yaml');
    writeFileSync(
      yaml,
      'set: all-kinds\nname: Cy\nanswers:\n  pick-many: [a, z]\n  pick-one: [a, b]\n',
    );
    const y = await runInProcess(['assess', SET, '--answers', yaml, '--lang', 'zh']);
    expect(y.stderr).toContain('（写出所有适用的选项，例如 [a, b]）');
    expect(y.stderr).toContain('题目 "pick-one"（单选）的答案格式不对');
  });

  it('--check lists the same problems without scoring; a column that is no item is said once', async () => {
    const file = await classSheet(['Ana,b', 'Bo,z']);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('name,', 'Timestamp,name,')
        .replace(/\r\n(Ana|Bo),/g, '\r\n2026-12-01,$1,'),
    );
    const check = await runInProcess(['assess', SET, '--answers', file, '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${file}:4: Bo`);
    expect(check.stdout).toContain(`${file}:4:3: item "pick-one": "z" is not one of its keys`);
    const r = await runInProcess(['assess', SET, '--answers', file]);
    expect(r.stderr.match(/"Timestamp" is not in set/g)).toHaveLength(1);
  });

  it('a folder holds YAML and CSV sheets side by side', async () => {
    const file = await classSheet(['Ana,b']);
    const dir = join(file, '..');
    writeFileSync(join(dir, 'cy.yaml'), 'set: all-kinds\nname: Cy\nanswers:\n  pick-one: b\n');
    const r = await runInProcess(['assess', SET, '--answers', dir, '--format', 'json']);
    expect(JSON.parse(r.stdout).trainees.map((t: { name: string }) => t.name)).toEqual([
      'Ana',
      'Cy',
    ]);
  });
});
