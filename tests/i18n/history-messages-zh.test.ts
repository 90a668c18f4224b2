// The history and storage layer under --lang zh: a refused --out/--into, a history that cannot be
// read, a session that cannot be saved — each said in Chinese, in the one "cs-drill: …" style,
// from real files in temp dirs. The English wording of each is pinned by the tests next to them.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';
import { isRoot } from '../helpers/unprivileged.js';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `cs-drill-zhmsg-${prefix}-`));
const home = tmp('home');
const dir = tmp('out');
writeFileSync(join(dir, 'taken.csv'), 'a,b\n');
writeFileSync(join(dir, 'notes.txt'), 'not a history\n');
mkdirSync(join(dir, 'folder'));
writeFileSync(join(dir, 'real.jsonl'), '');
symlinkSync(join(dir, 'real.jsonl'), join(dir, 'link.jsonl'));
writeFileSync(join(dir, 'a.jsonl'), '');

async function zh(args: string[], env: Record<string, string> = {}) {
  const r = await runInProcess([...args, '--lang', 'zh'], {
    cwd: dir,
    env: { CS_DRILL_HOME: home, ...env },
  });
  return r;
}

/** One style, and nothing a Chinese reader cannot read: no English words, no error names. */
function expectChinese(stderr: string): void {
  expect(stderr).toMatch(/^cs-drill: /);
  // Paths and the names a person types (commands, options, variables) stay as they are.
  const text = stderr
    .replace(/^cs-drill: /gm, '')
    .replace(/[^\s：（）；，]*\/[^\s：（）；，]*/g, '')
    .replace(/--[a-z]+|cs-drill|CS_DRILL_HOME|FIFO|Ana|uid \d+|ls -l/g, '');
  expect(text, stderr).not.toMatch(/[A-Za-z]{3,}/);
  // Chinese sentences take full-width punctuation.
  expect(text, stderr).not.toMatch(/[\u4e00-\u9fff][;:(),]|[;:(),][\u4e00-\u9fff]/);
}

describe('--out and --into refused, in Chinese', () => {
  const CASES: [kind: string, args: string[], says: RegExp][] = [
    [
      'an existing file without --force',
      ['export', '--format', 'csv', '--out', 'taken.csv'],
      /taken\.csv：--out 给出的文件已经存在（加上 --force 才会替换它）/,
    ],
    [
      'a directory that does not exist',
      ['export', '--format', 'csv', '--out', join('gone', 'x.csv')],
      /x\.csv：--out 给出的文件所在的目录不存在（请先创建这个目录）/,
    ],
    [
      'a directory',
      ['export', '--format', 'csv', '--out', 'folder'],
      /folder：--out 给出的文件是一个目录；cs-drill 只写普通文件（请给出这个目录里的一个文件名）/,
    ],
    [
      'a symbolic link',
      ['history', 'merge', 'a.jsonl', '--into', 'link.jsonl'],
      /link\.jsonl：--into 给出的是符号链接；cs-drill 不通过链接写入（请给出真正的文件）/,
    ],
    [
      'a file that is not a history',
      ['history', 'merge', 'a.jsonl', '--into', 'notes.txt'],
      /notes\.txt：--into 给出的文件看起来不是 cs-drill 练习记录（第一行不是练习记录）（请检查文件名，或加上 --force 仍然合并进去）/,
    ],
    [
      "a file of cs-drill's own data",
      ['export', '--format', 'csv', '--out', join(home, 'other.csv')],
      /other\.csv：--out 给出的文件在 cs-drill 自己的数据目录里，那里的文件只由 cs-drill 写入（请写到别的地方）/,
    ],
  ];

  it.each(CASES)('%s', async (_kind, args, says) => {
    const r = await zh(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(says);
    expectChinese(r.stderr);
  });

  it('the same refusals stay English without --lang zh', async () => {
    const r = await runInProcess(['export', '--format', 'csv', '--out', 'taken.csv'], {
      cwd: dir,
      env: { CS_DRILL_HOME: home },
    });
    expect(r.stderr).toContain('taken.csv: --out already exists (add --force to replace it)');
  });
});

describe('a history that cannot be read, in Chinese', () => {
  it('a directory where the history should be', async () => {
    const h = tmp('dir-history');
    mkdirSync(join(h, 'history.jsonl'));
    const r = await zh(['history'], { CS_DRILL_HOME: h });
    expect(r.code, r.stderr).not.toBe(0);
    expect(r.stderr).toContain(
      'history.jsonl：无法读取练习记录：它是一个目录（请把它移到别处，或让 CS_DRILL_HOME 指向存放你的练习记录的目录）',
    );
    expectChinese(r.stderr);
  });

  it('a FIFO where the history should be (no hang)', async (ctx) => {
    const h = tmp('fifo-history');
    if (spawnSync('mkfifo', [join(h, 'history.jsonl')]).status !== 0) return ctx.skip();
    const r = await zh(['stats'], { CS_DRILL_HOME: h });
    expect(r.stderr).toContain('history.jsonl：无法读取练习记录：它是命名管道（FIFO）');
    expectChinese(r.stderr);
  });

  it('a symbolic link out of the home directory', async () => {
    const h = tmp('link-history');
    symlinkSync('/dev/null', join(h, 'history.jsonl'));
    const r = await zh(['history'], { CS_DRILL_HOME: h });
    expect(r.stderr).toContain(
      'history.jsonl：这是指向 /dev/null 的符号链接，在你的主目录之外；cs-drill 不跟随它（请用真正的文件或目录替换这个链接，或把 CS_DRILL_HOME 设为它）',
    );
    expectChinese(r.stderr);
  });

  it.skipIf(isRoot)('a history the user may not read', async () => {
    const h = tmp('denied-history');
    writeFileSync(join(h, 'history.jsonl'), '');
    chmodSync(join(h, 'history.jsonl'), 0o000);
    const r = await zh(['history'], { CS_DRILL_HOME: h });
    expect(r.stderr).toContain('history.jsonl：无法读取练习记录：没有权限');
    expectChinese(r.stderr);
  });
});

describe('a session that cannot be saved, in Chinese', () => {
  const set = fixturePath('drills/good-set.yaml');
  const sheet = fixturePath('sheets/class/ana.yaml');
  const mounts: string[] = [];
  afterAll(() => {
    for (const m of mounts) spawnSync('umount', [m]);
  });

  async function record(h: string) {
    const r = await zh(['assess', set, '--answers', sheet, '--record'], { CS_DRILL_HOME: h });
    expect(r.code, r.stderr).toBe(3);
    const fallback = /已另存到 (\S+\.jsonl)/.exec(r.stderr)?.[1];
    expect(fallback, r.stderr).toBeDefined();
    expect(JSON.parse(readFileSync(fallback!, 'utf8'))).toMatchObject({ user: 'Ana' });
    return r.stderr;
  }

  it('the history path is a directory', async () => {
    const h = tmp('dir-save');
    mkdirSync(join(h, 'history.jsonl'));
    const stderr = await record(h);
    expect(stderr).toMatch(/^cs-drill: 无法记录 Ana 的练习：练习记录的路径是一个目录；已另存到 /m);
    expectChinese(stderr);
  });

  it('the history is a link to a device outside the home directory', async () => {
    const h = tmp('link-save');
    symlinkSync('/dev/full', join(h, 'history.jsonl'));
    const stderr = await record(h);
    expect(stderr).toContain(
      '：这是指向 /dev/full 的符号链接，在你的主目录之外；cs-drill 不跟随它',
    );
    expectChinese(stderr);
  });

  it('a read-only file system', async (ctx) => {
    const h = tmp('ro-save');
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,ro', 'tmpfs', h]).status !== 0)
      return ctx.skip();
    mounts.push(h);
    const stderr = await record(h);
    expect(stderr).toContain('无法记录 Ana 的练习：练习记录所在的文件系统是只读的；已另存到 ');
    expectChinese(stderr);
  });

  it.skipIf(isRoot)('a history directory the user may not write', async () => {
    const h = tmp('denied-save');
    chmodSync(h, 0o500);
    const stderr = await record(h);
    expect(stderr).toContain('无法记录 Ana 的练习：没有写入练习记录文件的权限；已另存到 ');
    expectChinese(stderr);
  });
});
