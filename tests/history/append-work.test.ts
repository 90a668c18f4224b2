// The work of one append, counted (no clock): what stays the same between appends in one
// process is asked once, an existing data directory is not created again, and the lock is
// made and removed in one system call each.
import * as fs from 'node:fs';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appendRecord } from '../../src/history/store.js';
import { makeRecord } from '../helpers/records.js';

vi.mock('node:os', async (actual) => {
  const real = await actual<typeof import('node:os')>();
  return { ...real, hostname: vi.fn(real.hostname) };
});
vi.mock('node:fs', async (actual) => {
  const real = await actual<typeof import('node:fs')>();
  return {
    ...real,
    mkdirSync: vi.fn(real.mkdirSync),
    fstatSync: vi.fn(real.fstatSync),
    lstatSync: vi.fn(real.lstatSync),
    openSync: vi.fn(real.openSync),
    writeSync: vi.fn(real.writeSync),
    symlinkSync: vi.fn(real.symlinkSync),
    unlinkSync: vi.fn(real.unlinkSync),
  };
});

const calls = () => ({
  hostname: vi.mocked(os.hostname).mock.calls.length,
  mkdir: vi.mocked(fs.mkdirSync).mock.calls.length,
  fstat: vi.mocked(fs.fstatSync).mock.calls.length,
  lstat: vi.mocked(fs.lstatSync).mock.calls.length,
  open: vi.mocked(fs.openSync).mock.calls.length,
  write: vi.mocked(fs.writeSync).mock.calls.length,
  symlink: vi.mocked(fs.symlinkSync).mock.calls.length,
  unlink: vi.mocked(fs.unlinkSync).mock.calls.length,
});

describe('one append, counted', () => {
  beforeEach(() => vi.clearAllMocks());

  it('asks the host name once per process and checks an existing directory without mkdir', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cs-drill-append-work-')), 'history.jsonl');
    appendRecord(file, makeRecord({ id: 'first' }));
    const before = calls();
    for (let i = 0; i < 10; i++) appendRecord(file, makeRecord({ id: `s${i}` }));
    const after = calls();
    expect(after.hostname).toBeLessThanOrEqual(1);
    expect(after.mkdir - before.mkdir).toBe(0);
    // Per append: the directory looked at once (the open itself refuses a link at the file),
    // the opened file once (a regular file, whose, how long).
    expect(after.lstat - before.lstat).toBe(10);
    expect(after.fstat - before.fstat).toBe(10);
    // The lock made whole by one symlink() and removed by one unlink(); one open and one write,
    // both the history's.
    expect(after.symlink - before.symlink).toBe(10);
    expect(after.unlink - before.unlink).toBe(10);
    expect(after.open - before.open).toBe(10);
    expect(after.write - before.write).toBe(10);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(11);
  });
});
