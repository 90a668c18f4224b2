// Findings 9 and 10 where a real process matters: a closed stdin, devices that never end, and a
// FIFO with a writer that never finishes — each stops with a message, and signals still act.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { tmpDir } from './in-process.js';

const SET = join(ROOT, 'tests/fixtures/drills/good-set.yaml');

function cli(args: string[], opts: { shell?: string } = {}) {
  const env = { PATH: process.env.PATH ?? '', CS_DRILL_HOME: tmpDir('home'), NO_COLOR: '1' };
  const child = opts.shell
    ? spawn('sh', ['-c', `exec "${process.execPath}" "${BIN}" ${opts.shell}`], { cwd: ROOT, env })
    : spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

/** Opens the FIFO for writing once a reader is waiting on it (ENXIO until then). */
async function writerFor(fifo: string): Promise<number> {
  for (;;) {
    try {
      return openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

describe('reading input that never ends', () => {
  it('check <&- (stdin closed) is a usage error, not a clean reply', async () => {
    const r = await cli([], { shell: 'check <&-' }).done;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing to check');
  });

  it('--answers /dev/zero stops at once with a message (exit 2)', async () => {
    const r = await cli(['assess', SET, '--answers', '/dev/zero']).done;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dev/zero: is not a text file (it contains NUL bytes)');
  });

  it('report /dev/zero is a clear error, not a stack trace', async () => {
    const r = await cli(['report', '/dev/zero']).done;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dev/zero: is not a text file');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'a FIFO as the sheet: %s while it is being read ends the run (exit %i)',
    async (sig, code) => {
      const fifo = join(tmpDir('fifo'), 'sheet.yaml');
      execFileSync('mkfifo', [fifo]);
      const run = cli(['assess', SET, '--answers', fifo]);
      const fd = await writerFor(fifo);
      writeSync(fd, 'sheet: 1\nname: Ana\n');
      run.child.kill(sig);
      const r = await run.done;
      closeSync(fd);
      expect(r.code).toBe(code);
      expect(r.stderr).toContain('stopped while reading');
    },
  );
});
