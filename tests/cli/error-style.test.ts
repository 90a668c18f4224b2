// One error style: every error a person sees starts "cs-drill: " (in Chinese too), never
// Commander's "error: …", never a raw system error name; a word no command takes, an unknown
// command or option is said with what was meant — in both languages.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errnoProblem } from '../../src/render/messages/errno.js';
import { formatProblemIn } from '../../src/render/messages/problems.js';
import { runInProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cs-drill-errors-'));
writeFileSync(join(dir, 'plain.txt'), 'a file, not a folder\n');
writeFileSync(join(dir, 'taken.yaml'), 'id: taken\n');
mkdirSync(join(dir, 'folder'));

/** Every kind of error a person can meet, each with what its message must say. */
const KINDS: [kind: string, args: string[], says: RegExp][] = [
  ['unknown command', ['strat'], /^cs-drill: unknown command 'strat'\n\(Did you mean start\?\)/],
  [
    'unknown option',
    ['list', '--jsn'],
    /^cs-drill: unknown option '--jsn'\n\(Did you mean --json\?\)/,
  ],
  ['missing argument', ['start'], /^cs-drill: missing required argument 'set'/],
  [
    'invalid choice',
    ['export', '--format', 'xls'],
    /^cs-drill: option '--format <format>' argument 'xls' is invalid/,
  ],
  [
    'invalid value',
    ['start', 'listening', '--limit', '0'],
    /^cs-drill: option '--limit <n>' argument '0' is invalid/,
  ],
  [
    'option without value',
    ['stats', '--user'],
    /^cs-drill: option '--user <name>' argument missing/,
  ],
  [
    'too many arguments',
    ['regrade', 'a', 'b', '1', 'c'],
    /^cs-drill: too many arguments for 'regrade'/,
  ],
  [
    'stray word',
    ['export', 'csvv'],
    /^cs-drill: "export" takes no argument "csvv" \(did you mean `cs-drill export --format csv`\?\)/,
  ],
  [
    'unknown subcommand',
    ['history', 'shwo'],
    /^cs-drill: "history" has no subcommand "shwo" \(did you mean `cs-drill history show`\?\)/,
  ],
  [
    'required option',
    ['export'],
    /^cs-drill: --format is required: one of csv, json, jsonl, md, html/,
  ],
  [
    'unknown set',
    ['start', 'listnening'],
    /^cs-drill: there is no drill set "listnening" \(did you mean "listening"\?/,
  ],
  [
    'no such file (ENOENT)',
    ['report', join(dir, 'none.json')],
    /none\.json: cannot read: no such file or directory/,
  ],
  [
    'a directory that does not exist',
    ['export', '--format', 'csv', '--out', join(dir, 'gone', 'x.csv')],
    /--out is in a directory that does not exist \(create the directory first\)/,
  ],
  [
    'a file in the path (ENOTDIR)',
    ['export', '--format', 'csv', '--out', join(dir, 'plain.txt', 'x.csv')],
    /a part of the path is not a directory \(check the path\)/,
  ],
  [
    'a directory (EISDIR)',
    ['check', '--file', join(dir, 'folder')],
    /folder: is a directory, not a file/,
  ],
  [
    'already exists (EEXIST)',
    ['new', 'taken', '--out', join(dir, 'taken.yaml')],
    /taken\.yaml: already exists \(choose another name, or add --force/,
  ],
];

const ZH: [kind: string, args: string[], says: RegExp][] = [
  ['unknown command', ['strat'], /^cs-drill: 未知的命令“strat”\n（你是不是想输入 start？）/],
  [
    'unknown option',
    ['list', '--jsn'],
    /^cs-drill: 未知的选项“--jsn”\n（你是不是想输入 --json？）/,
  ],
  [
    'stray word',
    ['export', 'csvv'],
    /^cs-drill: export 不接受参数“csvv”（你是不是想用 `cs-drill export --format csv`？）/,
  ],
  [
    'unknown subcommand',
    ['history', 'shwo'],
    /^cs-drill: history 没有子命令“shwo”（你是不是想用 `cs-drill history show`？）/,
  ],
  ['required option', ['export'], /^cs-drill: 必须给出 --format：csv、json、jsonl、md、html 之一/],
  [
    'a file in the path (ENOTDIR)',
    ['export', '--format', 'csv', '--out', join(dir, 'plain.txt', 'x.csv')],
    /路径中有一部分不是目录（请检查路径）/,
  ],
];

function expectOneStyle(stderr: string): void {
  expect(stderr).toMatch(/^cs-drill: /);
  expect(stderr).not.toMatch(/^(error|错误)[:：]/m);
  expect(stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('one error style', () => {
  it.each(KINDS)('%s: "cs-drill: …", plain words, exit 2', async (_kind, args, says) => {
    const r = await runInProcess(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expectOneStyle(r.stderr);
    expect(r.stderr).toMatch(says);
  });

  it.each(ZH)('in Chinese, %s: the same prefix, Chinese words', async (_kind, args, says) => {
    const r = await runInProcess([...args, '--lang', 'zh'], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expectOneStyle(r.stderr);
    expect(r.stderr).toMatch(says);
  });

  it('a system error name in a problem is printed as words with a fix, in both languages', () => {
    const denied = {
      code: 'unreadable',
      file: '/srv/drills/lost+found',
      message: 'cannot read this folder: EACCES',
    };
    expect(formatProblemIn(denied, 'en')).toBe(
      '/srv/drills/lost+found: cannot read this folder: permission denied (check its permissions (ls -l), or use a path you may read and write)',
    );
    expect(formatProblemIn(denied, 'zh-Hans')).toBe(
      '/srv/drills/lost+found：无法读取这个文件夹：没有权限（请检查它的权限（ls -l），或换一个可以读写的路径）',
    );
    // Its data keeps the name (for --json and logs).
    expect(denied.message).toBe('cannot read this folder: EACCES');
  });

  it('a file error that escapes a command becomes a problem with its path, not an unexpected error', () => {
    let caught: unknown;
    try {
      readFileSync(join(dir, 'none.txt'));
    } catch (error) {
      caught = error;
    }
    const p = errnoProblem(caught);
    expect(p).toMatchObject({ code: 'file-error', file: join(dir, 'none.txt') });
    expect(formatProblemIn(p!, 'en')).toBe(
      `${join(dir, 'none.txt')}: cannot open it: no such file or directory (check the path)`,
    );
    expect(errnoProblem(new Error('plain'))).toBeUndefined();
  });
});

describe('several arguments: a verdict for each', () => {
  it('check "a" "b" judges each reply, the clean ones too; exit 1 when any is flagged', async () => {
    const r = await runInProcess(['check', "That's not my job.", 'Let me look into it for you.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^reply 1: That's not my job\.\n {2}\d+-\d+ {2}passing the buck/);
    expect(r.stdout).toContain('reply 2: Let me look into it for you.\n  no forbidden phrases\n');
    const json = JSON.parse(
      (
        await runInProcess([
          'check',
          '--json',
          "That's not my job.",
          'Let me look into it for you.',
        ])
      ).stdout,
    );
    expect(json.flagged).toBe(true);
    expect(json.replies.map((r: { flagged: boolean }) => r.flagged)).toEqual([true, false]);
    const clean = await runInProcess(['check', 'Thank you for waiting.', 'How can I help?']);
    expect(clean.code).toBe(0);
  });

  it('check --whole still reads the arguments as one reply', async () => {
    const r = await runInProcess(['check', '--whole', '--json', 'Sorry.', "That's not my job."]);
    expect(JSON.parse(r.stdout).replies).toHaveLength(1);
  });

  it('classify "Q1" "Q2" gives one verdict per question, in Chinese too', async () => {
    const r = await runInProcess(['classify', '--lang', 'zh', '你吃饭了吗', '发生了什么？']);
    const verdicts = r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith(' '));
    expect(verdicts).toEqual(['封闭式 你吃饭了吗', '开放式 发生了什么？']);
  });
});
