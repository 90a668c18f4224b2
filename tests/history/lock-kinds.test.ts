// The history lock is a symbolic link holding its owner (pid, host, time): made whole in one
// system call. Locks of either kind — a link, or a file left by an older cs-drill — are read
// alike: a dead owner's is taken over, a live or fresh foreign one is waited on, then refused.
import {
  existsSync,
  lstatSync,
  lutimesSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLockSync } from '../../src/history/lock.js';
import { appendRecord } from '../../src/history/store.js';
import { makeRecord } from '../helpers/records.js';

const history = () => join(mkdtempSync(join(tmpdir(), 'cs-drill-lock-')), 'history.jsonl');
const owner = (pid: number, host: string) => `${pid}\n${host}\n${new Date().toISOString()}\n`;
/** No process has this pid (above Linux's and macOS's pid limits). */
const GONE = 999_999_999;
const ids = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).id);

describe('the history lock', () => {
  it('is a symbolic link naming this process while held, and gone once released', () => {
    const file = history();
    const release = acquireLockSync(file);
    const lock = `${file}.lock`;
    expect(lstatSync(lock).isSymbolicLink()).toBe(true);
    expect(readlinkSync(lock, 'utf8').split('\n').slice(0, 2)).toEqual([
      String(process.pid),
      hostname(),
    ]);
    expect(() => acquireLockSync(file, { waitMs: 0, pollMs: 1 })).toThrow(
      new RegExp(`pid ${process.pid} on ${hostname()}`),
    );
    release();
    expect(existsSync(lock)).toBe(false);
  });

  for (const kind of ['link', 'file'] as const) {
    const leave = (lock: string, text: string) =>
      kind === 'link' ? symlinkSync(text, lock) : writeFileSync(lock, text);

    it(`a ${kind} lock left by a process that is gone (this host) is taken over`, () => {
      const file = history();
      leave(`${file}.lock`, owner(GONE, hostname()));
      appendRecord(file, makeRecord({ id: 'after-crash' }));
      expect(ids(file)).toEqual(['after-crash']);
      expect(existsSync(`${file}.lock`)).toBe(false);
    });

    it(`a fresh ${kind} lock from another host is waited on, then refused; an old one is taken over`, () => {
      const file = history();
      const lock = `${file}.lock`;
      leave(lock, owner(GONE, 'elsewhere.example'));
      expect(() => acquireLockSync(file, { waitMs: 0, pollMs: 1 })).toThrow(
        /pid 999999999 on elsewhere\.example/,
      );
      const old = new Date('2020-01-01');
      if (kind === 'link') lutimesSync(lock, old, old);
      else utimesSync(lock, old, old);
      acquireLockSync(file, { waitMs: 0, pollMs: 1 })();
      expect(existsSync(lock)).toBe(false);
    });
  }

  it('a lock file still empty (its owner not yet written) is refused without a made-up owner', () => {
    const file = history();
    writeFileSync(`${file}.lock`, '');
    let message = '';
    try {
      acquireLockSync(file, { waitMs: 0, pollMs: 1 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('another cs-drill process is writing this history');
  });
});
