// bin/cs-drill.cjs runs `start` from its own bundle (dist/start.cjs) and leaves what that does
// not read to Commander: the binary must say what the command surface says, either way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runInProcess, tmpHome } from '../helpers/cli.js';

describe('`start` from its own bundle', () => {
  it.each([
    ['start', 'listening'],
    ['start', 'no-such-set', '--fast'],
    ['start', 'listening', '--lang', 'zh', '--tag', 'no-such-tag'],
    ['start', 'listening', '--limit', '0'],
    ['start', 'listening', '--feedback', 'always'],
    ['start', '--help'],
    ['start'],
  ])('%j: the output and exit code of the command surface', async (...argv) => {
    const env = { CS_DRILL_HOME: tmpHome() };
    const binary = await runCli(argv, { env });
    const surface = await runInProcess(argv, { env });
    expect(binary.stderr + binary.stdout).not.toBe('');
    expect(binary).toEqual({ code: surface.code, stdout: surface.stdout, stderr: surface.stderr });
  });
});

describe('the direct `start` bundle before its first prompt', () => {
  it('loads no node:crypto (a score of modules): the session id is made with the record', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'start.cjs'), 'utf8');
    expect(bundle).not.toMatch(/require\("(?:node:)?crypto"\)/);
    expect(bundle).toContain('getBuiltinModule("node:crypto")');
  });
});
