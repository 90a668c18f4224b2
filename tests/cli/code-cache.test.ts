// dist/start.cjs on Node 20 is compiled from the code its last run cached (src/shell/code-cache.ts):
// taken only for the very same file, written as the process exits, never from a directory
// another user could write to. Whether V8 took the cache is read from lastLoad, never timed.

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, LAZY_IMPORT, lastLoad, requireCached } from '../../src/shell/code-cache.js';
import { ROOT } from '../helpers/cli.js';

/** Loads `file` as bin/cs-drill.cjs does, then runs what it left for the exit as the exit would. */
function load(file: string, dir: string): { answer: () => Promise<string> } {
  const before = new Set(process.listeners('exit'));
  const exports = requireCached(file, dir) as { answer: () => Promise<string> };
  for (const l of process.listeners('exit').filter((l) => !before.has(l))) {
    process.removeListener('exit', l);
    (l as () => void)();
  }
  return exports;
}

function bundle(dir: string, word: string): string {
  writeFileSync(join(dir, 'lazy.mjs'), `export const word = ${JSON.stringify(word)};\n`);
  const file = join(dir, 'bundle.cjs');
  writeFileSync(
    file,
    `const { join } = require('node:path');\nexports.answer = async () => join('a', (await import('./lazy.mjs')).word);\n`,
  );
  return file;
}

describe('the code cache of a CommonJS bundle', () => {
  it('is written by the first run and taken by the next; the bundle works either way', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-cc-'));
    const dir = cacheDir(home) as string;
    const file = bundle(home, 'first');
    expect(await load(file, dir).answer()).toBe(join('a', 'first'));
    expect(lastLoad.used).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(await load(file, dir).answer()).toBe(join('a', 'first'));
    expect(lastLoad.used).toBe(true);
    expect(lastLoad.written).toBe('');
  });

  it('is not taken for a rebuilt bundle, whose cache replaces the old one', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-cc-'));
    const dir = cacheDir(home) as string;
    const file = bundle(home, 'first');
    load(file, dir);
    const old = readdirSync(dir);
    writeFileSync(file, 'exports.answer = async () => "rebuilt";\n');
    expect(await load(file, dir).answer()).toBe('rebuilt');
    expect(lastLoad.used).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)).not.toEqual(old);
  });

  it('keeps a cache for each of two installs side by side, each taken by its next run', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-cc-'));
    const dir = cacheDir(home) as string;
    const installs = ['global', 'project'].map((name) => {
      const at = join(home, name);
      mkdirSync(at);
      return bundle(at, name);
    });
    for (const file of installs) load(file, dir);
    expect(readdirSync(dir)).toHaveLength(2);
    for (const file of installs) {
      await load(file, dir).answer();
      expect(lastLoad.used).toBe(true);
    }
  });

  it('is kept only in a directory no one else may write to', () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-cc-'));
    const open = join(home, `cs-drill-code-cache-${process.getuid?.() ?? 'user'}`);
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(cacheDir(home)).toBeUndefined();
    chmodSync(open, 0o700);
    expect(cacheDir(home)).toBe(open);
    const file = join(home, 'plain.cjs');
    writeFileSync(file, 'exports.answer = async () => "plain";\n');
    expect(requireCached(file, undefined)).toHaveProperty('answer');
    expect(lastLoad.used).toBe(false);
  });
});

describe('a bundle loaded from the code cache in a new process', () => {
  it('still imports lazily, quietly', () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-cc-'));
    const file = bundle(home, 'lazy');
    const script = `const c = require(${JSON.stringify(join(ROOT, 'dist', 'code-cache.cjs'))});
c.requireCached(${JSON.stringify(file)}, ${JSON.stringify(home)}).answer().then((w) => console.log(c.lastLoad.used, w));`;
    const runs = [1, 2].map(() =>
      spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }),
    );
    expect(runs.map((r) => r.stdout.trim())).toEqual([
      `false ${join('a', 'lazy')}`,
      `true ${join('a', 'lazy')}`,
    ]);
    expect(runs.map((r) => r.stderr)).toEqual(['', '']);
  });

  it('the lazy imports of dist/start.cjs and dist/list.cjs are all ones it hands to its loader', () => {
    for (const name of ['start.cjs', 'list.cjs']) {
      const source = readFileSync(join(ROOT, 'dist', name), 'utf8');
      const lazy = source.match(LAZY_IMPORT) ?? [];
      expect(lazy.length).toBeGreaterThan(0);
      expect(source.match(/\bimport\(/g)).toHaveLength(lazy.length);
    }
  });
});
