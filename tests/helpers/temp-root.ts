// vitest globalSetup: the temporary folders the tests make (os.tmpdir() reads TMPDIR, and the
// test processes inherit it) all go under one folder for this run, removed when the run ends, so
// a run leaves nothing behind in the system's temporary folder and two runs at once share none.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function tempRoot(): () => void {
  const before = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'cs-drill-tests-'));
  // mkdtemp makes it 0700; the permission tests run commands as an unprivileged user, who must
  // pass through it to the folders they are given (traverse only: it cannot list the others).
  chmodSync(root, 0o711);
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      // A folder a test left unreadable: the run's result stands; say what was left.
      console.warn(`tests: could not remove ${root}: ${(error as Error).message}`);
    }
  };
}
