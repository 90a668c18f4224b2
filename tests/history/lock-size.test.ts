// The history lock's text (its owner: pid and host) is short enough for ext4 to keep a symbolic
// link's target in the inode itself, even on a host with a long name like an EC2 machine's
// default: the lock then takes no data block, whose making and freeing cost each append
// ~60 µs and, on a file system that discards freed blocks, ~2 ms.
import { lstatSync, mkdtempSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { acquireLockSync } from '../../src/history/lock.js';

const LONG_HOST = 'ip-172-31-22-123.eu-west-1.compute.internal';

vi.mock('node:os', async (actual) => {
  const real = await actual<typeof import('node:os')>();
  return { ...real, hostname: () => LONG_HOST };
});

it('a lock made on a host with a long name fits in its inode (no data block)', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cs-drill-lock-size-')), 'history.jsonl');
  const release = acquireLockSync(file);
  const lock = `${file}.lock`;
  const text = readlinkSync(lock, 'utf8');
  expect(text.split('\n').slice(0, 2)).toEqual([String(process.pid), LONG_HOST]);
  // ext4 keeps a target shorter than 60 bytes in the inode (a "fast" symbolic link).
  expect(Buffer.byteLength(text)).toBeLessThan(60);
  expect(lstatSync(lock).blocks).toBe(0);
  release();
});
