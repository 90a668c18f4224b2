// The history under hostile conditions: a full disk, a read-only file system, a directory
// where the file should be. The result must never be lost: fallback file, exit code 3.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';

const sheet = fixturePath('sheets/class/ana.yaml');
const set = fixturePath('drills/good-set.yaml');
const mounts: string[] = [];

/** A small tmpfs of our own (root can mount one here; elsewhere the test says why it skips). */
function tmpfs(options: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-fs-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status !== 0)
    return undefined;
  mounts.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of mounts) spawnSync('umount', [dir]);
});

function expectSavedElsewhere(r: { code: number | null; stderr: string }) {
  expect(r.code).toBe(3);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  const fallback = /saved (?:in|to) (\S+\.jsonl)/.exec(r.stderr)?.[1];
  expect(fallback, r.stderr).toBeDefined();
  const record = JSON.parse(readFileSync(fallback!, 'utf8').trim());
  expect(record).toMatchObject({ user: 'Ana', setId: 'sample', mode: 'batch' });
}

describe('recording a session when the history cannot be written', () => {
  it('a history that is a link to a device (/dev/full) is refused, not written: fallback file, exit 3', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-full-'));
    symlinkSync('/dev/full', join(home, 'history.jsonl'));
    const r = await runCli(['assess', set, '--answers', sheet, '--record'], {
      env: { CS_DRILL_HOME: home },
    });
    expect(r.stderr).toMatch(/is a symbolic link to \/dev\/full, outside your home directory/);
    expectSavedElsewhere(r);
  });

  it('disk full on a real (tiny) file system', async (ctx) => {
    const home = tmpfs('size=4k');
    if (!home) return ctx.skip();
    spawnSync('dd', ['if=/dev/zero', `of=${join(home, 'filler')}`, 'bs=1k', 'count=64'], {
      stdio: 'ignore',
    });
    const r = await runCli(['assess', set, '--answers', sheet, '--record'], {
      env: { CS_DRILL_HOME: home },
    });
    expectSavedElsewhere(r);
  });

  it('read-only file system: saved to a fallback file, exit 3', async (ctx) => {
    const home = tmpfs('size=64k,ro');
    if (!home) return ctx.skip();
    const r = await runCli(['assess', set, '--answers', sheet, '--record'], {
      env: { CS_DRILL_HOME: home },
    });
    expectSavedElsewhere(r);
  });

  it('a directory where the history file should be: saved to a fallback file, exit 3', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-dir-'));
    mkdirSync(join(home, 'history.jsonl'));
    const r = await runCli(['assess', set, '--answers', sheet, '--record'], {
      env: { CS_DRILL_HOME: home },
    });
    expect(r.stderr).toMatch(/is a directory/);
    expectSavedElsewhere(r);
    expect(existsSync(join(home, 'history.jsonl'))).toBe(true);
  });
});
