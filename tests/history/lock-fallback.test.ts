// Where symbolic links cannot be made (Windows without the privilege, FAT: EPERM), the history
// lock is a file created with O_EXCL holding the same owner text, and appends go on as before.
import * as fs from 'node:fs';
import { existsSync, lstatSync, mkdtempSync, readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { acquireLockSync } from '../../src/history/lock.js';
import { appendRecord } from '../../src/history/store.js';
import { makeRecord } from '../helpers/records.js';

vi.mock('node:fs', async (actual) => {
  const real = await actual<typeof import('node:fs')>();
  return {
    ...real,
    symlinkSync: vi.fn(() => {
      throw Object.assign(new Error('EPERM: operation not permitted, symlink'), { code: 'EPERM' });
    }),
  };
});

it('falls back to an O_EXCL lock file when the file system refuses symbolic links', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cs-drill-lock-fallback-')), 'history.jsonl');
  const release = acquireLockSync(file);
  const lock = `${file}.lock`;
  expect(lstatSync(lock).isFile()).toBe(true);
  expect(readFileSync(lock, 'utf8').split('\n').slice(0, 2)).toEqual([
    String(process.pid),
    hostname(),
  ]);
  expect(() => acquireLockSync(file, { waitMs: 0, pollMs: 1 })).toThrow(/history/);
  release();
  expect(existsSync(lock)).toBe(false);
  for (const id of ['a', 'b']) appendRecord(file, makeRecord({ id }));
  expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  // The refusal is remembered: later locks go straight to the file.
  expect(vi.mocked(fs.symlinkSync).mock.calls.length).toBe(1);
});
