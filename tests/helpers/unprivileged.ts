// Permission tests run as root switch to an unprivileged user for the command; that user must
// be able to reach the checkout (a clone inside a 0700 folder is out of its reach).
import { spawnSync } from 'node:child_process';
import { BIN, ROOT } from './cli.js';

export const isRoot = process.getuid?.() === 0;

/** As root: can `uid` run the built binary from this checkout? (Otherwise the test is skipped.) */
export function canRunAs(uid: number): boolean {
  if (!isRoot) return false;
  const r = spawnSync(process.execPath, [BIN, '--version'], {
    cwd: ROOT,
    uid,
    gid: uid,
    env: { PATH: process.env.PATH ?? '' },
  });
  if (r.status !== 0)
    console.warn(`skipped: user ${uid} cannot run ${BIN} (the checkout is out of its reach)`);
  return r.status === 0;
}
