// CSV formula payloads through assess and export, and hostile set names given to the commands
// that take one: exact exit codes and messages.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { resolveSet } from '../../src/shell/catalogue.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { makeRecord } from '../helpers/records.js';

/** RFC 4180 records → cells (quoted cells unquoted), enough to look at each cell's first character. */
function csvCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const FORMULA_START = /^[=+\-@\t\r\n]/;
const PAYLOADS = [
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|" /C calc"!A0',
  '-1+1',
  '@SUM(1+1)*cmd|" /C calc"!A0',
];
const ALL_KINDS = join(ROOT, 'tests/fixtures/sheets/all-kinds-set.yaml');

describe('CSV formula payloads come out neutralised with a leading apostrophe', () => {
  const home = mkdtempSync(join(tmpdir(), 'cs-drill-csv-'));
  const env = { CS_DRILL_HOME: home };

  it('assess --format csv: trainee names and answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-csv-sheets-'));
    PAYLOADS.forEach((name, i) => {
      const answers = {
        'pick-one': 'b',
        opener: `${name} what can I help with?`,
        rephrase: `${name} let me help`,
      };
      writeFileSync(
        join(dir, `s${i}.json`),
        JSON.stringify({ sheet: 1, set: 'all-kinds', name, answers }),
      );
    });
    const r = await runCli(['assess', ALL_KINDS, '--answers', dir, '--format', 'csv', '--record'], {
      env,
    });
    expect(r.code).toBe(1);
    const rows = csvCells(r.stdout);
    const header = rows[0]!;
    const name = header.indexOf('name');
    expect(new Set(rows.slice(1).map((row) => row[name]))).toEqual(
      new Set(PAYLOADS.map((p) => `'${p}`)),
    );
    for (const row of rows.slice(1))
      for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
  });

  it('export --format csv (sessions and items), including tab- and CR-led cells from a history line', async () => {
    const file = join(home, 'history.jsonl');
    const item = {
      ...makeRecord().items[0]!,
      id: 'opener',
      kind: 'ask' as const,
      answer: '\t=1+1',
    };
    writeFileSync(
      file,
      `${[
        makeRecord({ id: 'r-tab', user: 'ana', setTitle: '\r=2+2', items: [item] }),
        makeRecord({
          id: 'r-at',
          user: 'ana',
          setId: '@SUM(1)',
          items: [{ ...item, answer: '-1+1' }],
        }),
      ]
        .map((r) => JSON.stringify(r))
        .join('\n')}\n`,
      { flag: 'a' },
    );
    for (const args of [['--items'], []]) {
      const r = await runCli(['export', '--format', 'csv', '--user', 'ana', ...args], { env });
      expect(r.code).toBe(0);
      const rows = csvCells(r.stdout);
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
      if (args.length)
        expect(rows.flat()).toEqual(expect.arrayContaining(["'\t=1+1", "'-1+1", "'@SUM(1)"]));
    }
    for (const user of PAYLOADS) {
      const r = await runCli(['export', '--format', 'csv', '--items', '--user', user], { env });
      expect(r.code).toBe(0);
      const rows = csvCells(r.stdout);
      expect(rows[1]![rows[0]!.indexOf('user')]).toBe(`'${user}`);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
    }
  });
});

describe('hostile set names given to start, template, assess and try', () => {
  const home = mkdtempSync(join(tmpdir(), 'cs-drill-names-'));
  const env = { CS_DRILL_HOME: home };
  const noFile = (name: string) =>
    `cs-drill: no drill file at "${name}" (give a set id from \`cs-drill list\` or the path of an existing .yaml file)\n`;
  const commands = (set: string) => [
    ['start', set],
    ['template', set],
    ['assess', set, '--answers', '.'],
    ['try', set, 'item', 'answer'],
  ];

  it('../ paths, absolute paths and directories that are not drill files: exit 2, no file written', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cs-drill-names-cwd-'));
    for (const name of ['../x', '../../../../etc/passwd.yaml', '/nonexistent/set.yaml']) {
      for (const args of commands(name)) {
        const r = await runCli(args, { env, cwd });
        expect(r, args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: noFile(name) });
      }
    }
    for (const args of [...commands('/tmp'), ...commands('./')]) {
      const r = await runCli(args, { env, cwd });
      const path = args[1] === './' ? cwd : '/tmp';
      expect(r, args.join(' ')).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `cs-drill: ${path}: is a directory, not a file\n`,
      });
    }
  });

  it('an existing non-drill file named by path is refused with a short message, not its content', async () => {
    const r = await runCli(['template', '/etc/passwd'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^cs-drill: \/etc\/passwd:1:1: this is not a drill set \(no items, title or format\)/,
    );
    expect(r.stderr.length).toBeLessThan(300);
  });

  it('a ../ path that IS a drill file loads: the trainee named it, and it is read like any path', async () => {
    const cwd = join(mkdtempSync(join(tmpdir(), 'cs-drill-names-up-')), 'inner');
    mkdirSync(cwd);
    writeFileSync(join(cwd, '..', 'mine.yaml'), (await import('node:fs')).readFileSync(ALL_KINDS));
    const r = await runCli(['template', '../mine.yaml'], { env, cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('set: "all-kinds"');
  });

  it('names with spaces, very long names and escapes: unknown set, exit 2, quoted and cut short', async () => {
    const spaced = await runCli(['start', 'my set'], { env });
    expect(spaced).toMatchObject({
      code: 2,
      stderr: 'cs-drill: there is no drill set "my set" (`cs-drill list` shows the sets)\n',
    });
    const long = await runCli(['template', 'a'.repeat(5000)], { env });
    expect(long).toMatchObject({
      code: 2,
      stderr: `cs-drill: there is no drill set "${'a'.repeat(80)}…" (\`cs-drill list\` shows the sets)\n`,
    });
    const esc = await runCli(['try', 'x\u001b]0;pwned\u0007', 'item', 'answer'], { env });
    expect(esc).toMatchObject({
      code: 2,
      stderr:
        'cs-drill: there is no drill set "x\\u001b]0;pwned\\u0007" (`cs-drill list` shows the sets)\n',
    });
  });

  it('a NUL byte cannot reach the CLI (the OS refuses such an argument); in-process it is an unknown set', async () => {
    await expect(runCli(['start', 'a\u0000b'])).rejects.toThrow(/null bytes/);
    const catalogue = { entries: [], problems: [], warnings: [] };
    for (const name of ['a\u0000b', '../a\u0000b.yaml']) {
      const error = await resolveSet(catalogue, name, 'en', ROOT).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).problems[0]!.message).toMatch(
        /^(there is no drill set|no drill file at) ".*\\u0000b/,
      );
    }
  });
});
