// Drill text, answers, names and arguments carrying terminal escapes (colour, cursor moves, OSC 0
// title, OSC 8 link, C1 controls, BEL, backspace, CR, bidi overrides): what cs-drill prints never
// contains a control byte or a payload from them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliRun, ROOT, runCli } from '../helpers/cli.js';

const SET = 'tests/fixtures/hostile/escapes/escape-set.yaml';
const DIR = 'tests/fixtures/hostile/escapes';
/** Any C0 control but newline, DEL, any C1 control, and the bidi controls. */
const CONTROL =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Payloads of the injected OSC/DCS sequences: stripping the ESC alone would leave these. */
const PAYLOAD = /pwned|evil\.example|\]8;;|\]0;/;
const ANSWER = 'How can I \u001b]0;pwned-answer\u0007help\u001b[31m you\u009b2J today\u202e?';

function expectClean(r: CliRun): void {
  for (const [name, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    expect(text, name).not.toMatch(CONTROL);
    expect(text, name).not.toMatch(PAYLOAD);
  }
  expect(r.stderr).not.toMatch(/\n\s+at |unexpected error/);
}

describe('escape sequences from files and answers never reach the terminal', () => {
  const home = mkdtempSync(join(tmpdir(), 'cs-drill-esc-'));
  const env = { CS_DRILL_HOME: home, NO_COLOR: '1' };

  it('validate: the set is valid', async () => {
    const r = await runCli(['validate', SET], { env });
    expect(r.code).toBe(0);
    expectClean(r);
  });

  it('list shows the title without its escapes', async () => {
    const r = await runCli(['list', '--drills', DIR], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^escapes\s+Title red\s+en\s+2\s/m);
    expectClean(r);
  });

  it('try: a choice item and a free-text answer full of escapes', async () => {
    const choice = await runCli(['try', SET, 'pick', 'b'], { env });
    expect(choice.code).toBe(0);
    expect(choice.stdout).toContain('Pick one');
    expectClean(choice);
    const free = await runCli(['try', SET, 'ask-it', ANSWER], { env });
    expect(free.code).toBe(0);
    expect(free.stdout).toContain('Offers help');
    expect(free.stdout).toContain('How can I help you today');
    expectClean(free);
  });

  it('check: a reply with escapes is flagged, the escapes are not printed', async () => {
    const r = await runCli(['check', "I don't know\u001b]0;pwned\u0007, calm down\u001b[2J"], {
      env,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('dismissal');
    expectClean(r);
  });

  it('validate: a key made of escapes is quoted with them spelled out (\\u001b), not sent raw', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-esc-key-'));
    writeFileSync(join(dir, 'bad.yaml'), 'format: 1\n"k\\e]0;pwned-key\\a\\e[31m": 1\n');
    const r = await runCli(['validate', 'bad.yaml'], { env, cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'bad.yaml:2:1: unknown key "k\\u001b]0;pwned-key\\u0007\\u001b[31m"',
    );
    expect(r.stdout).not.toMatch(CONTROL);
  });

  it('assess table and history show: answers with escapes are scored and shown clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-esc-sheet-'));
    const sheet = join(dir, 'ana.json');
    writeFileSync(
      sheet,
      JSON.stringify({
        sheet: 1,
        set: 'escapes',
        name: 'Ana',
        answers: { pick: 'a', 'ask-it': ANSWER },
      }),
    );
    const table = await runCli(['assess', SET, '--answers', sheet, '--record'], { env });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Ana {2}2\/2 \(100%\) PASSED/);
    expectClean(table);
    const list = await runCli(['history', '--user', 'Ana', '--json'], { env });
    const id = (JSON.parse(list.stdout) as { id: string }[])[0]!.id;
    const show = await runCli(['history', 'show', id, '--user', 'Ana', '--drills', DIR], { env });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Title red');
    expect(show.stdout).toContain('How can I help you today');
    expectClean(show);
  });

  it('a sheet naming a set made of escapes: the skip reason spells them out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-esc-set-'));
    writeFileSync(
      join(dir, 's.yaml'),
      'sheet: 1\nset: "x\\e]0;pwned-set\\a"\nname: Ana\nanswers: {}\n',
    );
    const r = await runCli(['assess', join(ROOT, SET), '--answers', 's.yaml'], { env, cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      's.yaml:2:6: this sheet is for set "x\\u001b]0;pwned-set\\u0007", not "escapes"',
    );
    expect(r.stderr).not.toMatch(CONTROL);
  });
});
