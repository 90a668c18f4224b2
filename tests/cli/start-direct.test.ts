// bin/cs-drill.cjs runs `start` from its own bundle (dist/start.cjs) and leaves what that does
// not read to Commander: the binary must say what the command surface says, either way.
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess, tmpHome } from '../helpers/cli.js';

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
