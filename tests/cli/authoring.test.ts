import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runInProcess } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cs-drill-author-'));

describe("the drill author's workflow", () => {
  it.each(['en', 'zh'])(
    '`new --lang %s` writes a set that validates as it is, examples included',
    async (lang) => {
      const file = join(tmp(), 'first.yaml');
      const made = await runInProcess(['new', 'first-set', '--lang', lang, '--out', file]);
      expect(made.code).toBe(0);
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/^# yaml-language-server: \$schema=.*schema\/drill-set\.schema\.json/);
      for (const kind of [
        'choice',
        'multi',
        'order',
        'classify',
        'ask',
        'paraphrase',
        'rewrite',
        'scale',
      ])
        expect(text).toContain(`kind: ${kind}`);
      const checked = await runInProcess(['validate', file]);
      expect(checked.stdout).toBe('');
      expect(checked.code).toBe(0);
    },
  );

  it('`new --kinds` keeps only those kinds, and refuses to overwrite', async () => {
    const file = join(tmp(), 'two.yaml');
    await runInProcess(['new', 'two', '--kinds', 'choice,rewrite', '--out', file]);
    expect(readFileSync(file, 'utf8').match(/kind: \w+/g)).toEqual([
      'kind: choice',
      'kind: rewrite',
    ]);
    const again = await runInProcess(['new', 'two', '--out', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    const bad = await runInProcess(['new', 'x', '--kinds', 'essay']);
    expect(bad.stderr).toMatch(/unknown kind "essay"/);
  });

  it('validate reports an example the judge disagrees with, with its line', async () => {
    const file = join(tmp(), 'ex.yaml');
    await runInProcess(['new', 'ex', '--kinds', 'ask', '--out', file]);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '{ answer: "Did the parcel arrive?", expect: fail }',
        '{ answer: "Did the parcel arrive?", expect: pass }',
      ),
    );
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('Did the parcel arrive?')) + 1;
    const r = await runInProcess(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `ex\\.yaml:${line}:\\d+: item "example-ask": example \\d+ judged fail .*expected pass`,
      ),
    );
  });

  it('`try` prints the full breakdown of one answer, and JSON with --json', async () => {
    const file = join(tmp(), 't.yaml');
    await runInProcess(['new', 't', '--out', file]);
    const r = await runInProcess([
      'try',
      file,
      'example-paraphrase',
      'Your',
      'phone',
      'stopped',
      'charging',
      'after',
      'two',
      'days;',
      'I',
      'understand',
      'how',
      'stressful.',
      'Is',
      'that',
      'right?',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ Correct');
    expect(r.stdout).toMatch(/✓ the phone stopped charging — “charging”/);
    expect(r.stdout).toMatch(/✓ ends by checking your understanding/);
    const json = JSON.parse(
      (await runInProcess(['try', file, 'example-order', 'ask,why,time', '--json'])).stdout,
    );
    expect(json).toMatchObject({ id: 'example-order', verdict: 'partial' });
    const wrong = await runInProcess(['try', file, 'example-choice', 'z']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/"z" is not an option/);
  });

  it('completion scripts load in bash and complete commands, options and set ids', async () => {
    const script = (await runInProcess(['completion', 'bash'])).stdout;
    const dir = tmp();
    writeFileSync(join(dir, 'c.bash'), script);
    expect(spawnSync('bash', ['-n', join(dir, 'c.bash')]).status).toBe(0);
    writeFileSync(join(dir, 'cs-drill'), `#!/bin/sh\nexec node ${BIN} "$@"\n`, { mode: 0o755 });
    const complete = (line: string) => {
      const words = line.split(' ');
      const r = spawnSync(
        'bash',
        [
          '-c',
          `source ${join(dir, 'c.bash')}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _cs_drill; printf '%s\\n' "\${COMPREPLY[@]}"`,
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
        },
      );
      return r.stdout.split('\n').filter(Boolean);
    };
    expect(complete('cs-drill st')).toEqual(expect.arrayContaining(['start', 'stats']));
    expect(complete('cs-drill start lis')).toContain('listening');
    expect(complete('cs-drill start listening --sh')).toEqual(['--shuffle']);
    for (const shell of ['zsh', 'fish'])
      expect((await runInProcess(['completion', shell])).stdout).toContain('cs-drill');
    expect((await runInProcess(['completion', 'tcsh'])).code).toBe(2);
  });
});
