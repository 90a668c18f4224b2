import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runInProcess } from '../helpers/cli.js';
import { waitFor } from '../helpers/wait.js';

const BAD = [
  'format: 1',
  'id: t',
  'lang: en',
  'title: T',
  'description: d',
  'intro: i',
  'skills: [listening]',
  'pass_mark: 170',
  'items:',
  '  - id: greet',
  '    kind: choise',
  '    prompt: p',
  '  - id: pick',
  '    kind: choice',
  '    prompt: Which?',
  '    options:',
  '      - { key: a, text: A }',
  '      - { key: b, text: B }',
  '    answer: a',
  '    explanaton: x',
  '',
].join('\n');

function setFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cs-drill-validate-')), 'set.yaml');
  writeFileSync(file, text);
  return file;
}

describe('validate: plain words, items by id, did you mean', () => {
  it('names items by id, words bounds plainly and suggests near keys and kinds, in both languages', async () => {
    // Run beside the file: the path is shown as given, wherever the checkout is.
    const cwd = dirname(setFile(BAD));
    const file = 'set.yaml';
    const en = await runInProcess(['validate', file], { cwd });
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(`${file}:8:12: pass_mark: 170 is too big: at most 100`);
    expect(en.stdout).toContain(
      `${file}:11:11: item "greet".kind: unknown kind "choise" (did you mean "choice"?`,
    );
    expect(en.stdout).toContain(
      `${file}:20:5: item "pick": unknown key "explanaton" (did you mean "explanation"?)`,
    );
    expect(en.stdout).not.toMatch(/Too big|items\[\d\]/);
    const zh = await runInProcess(['validate', file, '--lang', 'zh'], { cwd });
    expect(zh.stdout).toContain(`${file}:8:12：pass_mark：170 太大，最多 100`);
    expect(zh.stdout).toContain('（你是不是想写 "explanation"？）');
  });

  it('a bad indent is reported at the over-indented line, in plain words', async () => {
    const file = setFile(BAD.replace('    prompt: Which?', '     prompt: Which?'));
    const r = await runInProcess(['validate', file]);
    expect(r.stdout).toMatch(/:15:\d+: this line is not lined up with the lines at its level/);
    expect(r.stdout).not.toMatch(/Implicit keys|compact mappings/);
  });

  it('--watch keeps validating after a save that replaces the file (atomic save)', async () => {
    const file = setFile(BAD);
    const child = spawn(process.execPath, [BIN, 'validate', '--watch', file], {
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), LANG: 'en_US.UTF-8' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    try {
      await waitFor('the first run', () => out.includes('explanaton'));
      // Two atomic saves, as editors do them: a new file renamed over the old one.
      let mark = 0;
      for (const fix of ['explanaton', 'kind: choise']) {
        const text = readFileSync(file, 'utf8').replace(
          fix,
          fix === 'explanaton' ? 'explanation' : 'kind: choice',
        );
        mark = out.length;
        writeFileSync(`${file}.tmp`, text);
        renameSync(`${file}.tmp`, file);
        await waitFor(`a run after saving ${fix}`, () => out.slice(mark).includes('pass_mark'), {
          describe: () => err,
        });
      }
      // A save can start two runs (the rename, then the write): wait for the run that saw both
      // saves — each run starts with the pass-mark problem — then only the pass mark is left.
      const lastRun = () => out.slice(out.lastIndexOf('pass_mark'));
      await waitFor('a run that saw both saves', () => !/choise|explanaton/.test(lastRun()), {
        describe: () => out.slice(mark),
      });
      expect(lastRun()).toContain('pass_mark');
    } finally {
      child.kill();
    }
  });
});
